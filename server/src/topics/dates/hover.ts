import { datelineOf } from './dateChecks';
import type { DocumentModel } from '../../analysis/model';
import { isoDate, longDate, weekdayName, weekdayOf, type CalendarDate } from '../../syntax/calendar';
import { compareDays, dateInterval } from '../../syntax/dateInterval';
import type { EditorialDate } from '../../syntax/editorialDates';
import { edtfOf } from './edtf';
import { dateInWords, intervalReading } from './reading';
import type { DateMention } from '../../syntax/textDates';
import { touches, type Span } from '../../syntax/span';
import type { LetterSyntax } from '../../syntax/tree';
import type { Language } from '../../syntax/vocabulary';

/**
 * Markdown for a hover on a date: the full date with its weekday and ISO form; for short forms
 * (`6/25/26`, `15 June`) the date they resolve to and why. Dates in the running text without a
 * year take the year of the letter's editorial date; dates in notes do not.
 */
export function dateHover(
  model: DocumentModel,
  offset: number,
): { markdown: string; span: Span } | undefined {
  const letter = model.letterAt(offset);
  if (!letter) return undefined;
  const { language } = model.words;
  const editorial = letter.editorialDate;
  if (editorial?.value && touches(editorial.span, offset) && offset < editorial.span.end) {
    return { markdown: editorialMarkdown(editorial.value, language), span: editorial.span };
  }
  const mention = letter.dates.find((candidate) => touches(candidate.span, offset));
  if (mention) return { markdown: mentionMarkdown(model, letter, mention), span: mention.span };
  // A dateline of a weekday and a place (`Monday. Sochi.`) has no date of its own: its weekday
  // word is hovered, the place is left to other hovers.
  const dateline = datelineOf(model, letter);
  if (dateline?.weekday === undefined || dateline.mention) return undefined;
  const name = weekdayName(language, dateline.weekday);
  const at = model.text.indexOf(name, dateline.span.start);
  const span = { start: at, end: at + name.length };
  if (at < 0 || span.end > dateline.span.end || !touches(span, offset)) return undefined;
  return { markdown: weekdayDatelineMarkdown(letter, dateline.weekday, language), span };
}

function weekdayDatelineMarkdown(letter: LetterSyntax, weekday: number, language: Language): string {
  const lines = [`**${weekdayName(language, weekday)}**: a dateline with a weekday and no date.`];
  const value = letter.editorialDate?.value;
  const { earliest, latest } = value ? dateInterval(value) : {};
  if (value?.form === 'point' && !value.circa && earliest && latest && compareDays(earliest, latest) === 0) {
    const actual = weekdayOf(earliest.year, earliest.month, earliest.day);
    lines.push(
      actual === weekday
        ? `The editorial date, ${longDate(earliest, language)}, falls on this weekday.`
        : `The editorial date, ${longDate(earliest, language)}, was a ${weekdayName(language, actual)}.`,
    );
  }
  return lines.join('\n\n');
}

function mentionMarkdown(model: DocumentModel, letter: LetterSyntax, mention: DateMention): string {
  const inBody = mention.span.start < letter.body.end;
  const letterYear = letter.editorialDate?.value?.date.year;
  const assumedYear =
    mention.date.year === undefined && inBody && letterYear !== undefined && mention.date.day !== undefined;
  const resolve = (date: CalendarDate): CalendarDate => (assumedYear ? { ...date, year: letterYear } : date);
  const language = model.words.language;
  const lines = [`**${range(resolve(mention.date), mention.until && resolve(mention.until), language)}**`];
  const iso = isoRange(resolve(mention.date), mention.until && resolve(mention.until));
  if (iso) lines.push(`ISO 8601: \`${iso}\``);
  if (mention.kind === 'numeric')
    lines.push(
      `\`${model.textOf(mention.span)}\` is written month first, as in all this edition's numeric dates.`,
    );
  if (assumedYear) lines.push(`The year is not written; it is taken from the letter's editorial date.`);
  else if (mention.date.year === undefined && mention.date.day !== undefined)
    lines.push('The year is not written.');
  return lines.join('\n\n');
}

/** The reading of an editorial date in words, its EDTF value, and the days it allows. */
function editorialMarkdown(value: EditorialDate, language: Language): string {
  const reading = dateInWords(value, language);
  const lines = [`Editorial date: **${reading}**`, `EDTF: \`${edtfOf(value)}\``];
  const days = intervalReading(value, language);
  if (days === undefined) lines.push('The editor could not date the letter.');
  else if (days !== reading) lines.push(`Days it allows: ${days}.`);
  return lines.join('\n\n');
}

function range(date: CalendarDate, until: CalendarDate | undefined, language: Language): string {
  if (!until) return longDate(date, language);
  return `${longDate(date, language)} \u2013 ${longDate(until, language)}`;
}

function isoRange(date: CalendarDate, until: CalendarDate | undefined): string | undefined {
  const first = isoDate(date);
  if (!first) return undefined;
  const last = until ? isoDate(until) : undefined;
  return last ? `${first}/${last}` : first;
}
