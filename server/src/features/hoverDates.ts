import type { DocumentModel } from '../analysis/model';
import { isoDate, longDate, type CalendarDate } from '../syntax/calendar';
import type { DateMention, EditorialDate } from '../syntax/dates';
import { touches, type Span } from '../syntax/span';
import type { LetterSyntax } from '../syntax/tree';

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
  const editorial = letter.editorialDate;
  if (editorial?.value && touches(editorial.inner, offset) && offset < editorial.span.end) {
    return { markdown: editorialMarkdown(editorial.value), span: editorial.span };
  }
  const mention = letter.dates.find((candidate) => touches(candidate.span, offset));
  if (!mention) return undefined;
  return { markdown: mentionMarkdown(model, letter, mention), span: mention.span };
}

function mentionMarkdown(model: DocumentModel, letter: LetterSyntax, mention: DateMention): string {
  const inBody = mention.span.start < letter.body.end;
  const letterYear = letter.editorialDate?.value?.date.year;
  const assumedYear =
    mention.date.year === undefined && inBody && letterYear !== undefined && mention.date.day !== undefined;
  const resolve = (date: CalendarDate): CalendarDate => (assumedYear ? { ...date, year: letterYear } : date);
  const lines = [`**${range(resolve(mention.date), mention.until && resolve(mention.until))}**`];
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

function editorialMarkdown(value: EditorialDate): string {
  const words: Record<EditorialDate['qualifier'], string> = {
    exact: 'Editorial date',
    uncertain: 'Editorial date, uncertain',
    notBefore: 'Editorial date: not before',
    notAfter: 'Editorial date: not after',
    after: 'Editorial date: after',
    before: 'Editorial date: before',
    circa: 'Editorial date: about',
  };
  const iso = isoRange(value.date, value.until);
  return [
    `${words[value.qualifier]} **${range(value.date, value.until)}**`,
    ...(iso ? [`ISO 8601: \`${iso}\``] : []),
  ].join('\n\n');
}

function range(date: CalendarDate, until: CalendarDate | undefined): string {
  if (!until) return longDate(date);
  return `${longDate(date)} \u2013 ${longDate(until)}`;
}

function isoRange(date: CalendarDate, until: CalendarDate | undefined): string | undefined {
  const first = isoDate(date);
  if (!first) return undefined;
  const last = until ? isoDate(until) : undefined;
  return last ? `${first}/${last}` : first;
}
