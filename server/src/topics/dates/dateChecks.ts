import { longDate, weekdayName, weekdayOf } from '../../syntax/calendar';
import { compareDays, dateInterval, type Day } from '../../syntax/dateInterval';
import type { EditorialDate } from '../../syntax/editorialDates';
import { weekdayIn, type DateMention } from '../../syntax/textDates';
import { continuesWrappedLine } from '../../syntax/lines';
import { weekdayOf as weekdayNamed, type Language } from '../../syntax/vocabulary';
import type { Span } from '../../syntax/span';
import type { LetterSyntax } from '../../syntax/tree';
import type { LetterInput, LetterText } from '../../analysis/letterProblems';
import type { DocumentModel } from '../../analysis/model';
import type { Problem } from '../../analysis/problems';
import type { LetterElsewhere } from './precedingLetter';
import { defectProblem } from './dateProblems';
import { dateInWords, dateReading } from './reading';

/** Longest line that still counts as a dateline (`Sent from Moscow, 3 June 1926`). */
const DATELINE_LENGTH = 60;

/**
 * The date problems of one letter: its editorial date, every date written in its body and notes
 * (malformed, impossible, a contradicting weekday), and its own dateline against its editorial
 * date. They depend on the letter's text only.
 */
export function letterDateProblems({ model, letter }: LetterInput): Problem[] {
  const problems: Problem[] = [];
  const editorial = letter.editorialDate;
  if (editorial && !editorial.closed) {
    problems.push({
      code: 'date.malformed',
      span: editorial.span,
      message: `The editorial date of letter ${letter.number} has no closing bracket.`,
      related: [],
      fixes: [
        {
          title: 'Close the bracket',
          replacements: [{ span: { start: editorial.span.end, end: editorial.span.end }, newText: ']' }],
          preferred: true,
        },
      ],
    });
  }
  const { language } = model.words;
  if (editorial?.defect) problems.push(defectProblem(editorial.defect, 'editorial', language));
  for (const mention of letter.dates) {
    const { defect } = mention;
    // A wrong weekday is reported on the weekday, every other defect on the whole date.
    if (defect)
      problems.push(
        defectProblem(defect, 'text', language, defect.kind === 'wrongWeekday' ? defect.span : mention.span),
      );
  }
  const dateline = datelineProblem(model, letter);
  if (dateline) problems.push(dateline);
  return problems;
}

/**
 * The letter's own dateline: the first short body line that holds only a date (or a weekday),
 * a place and the words of sending (`Sochi, 6/25/26`, `8/3 (Tuesday)`, `Monday. Sochi.`,
 * `Sent from Moscow, 3 June 1926`); `I received your letter of 12 September.` is not one.
 */
export function datelineOf(
  model: LetterText,
  letter: LetterSyntax,
): { span: Span; mention?: DateMention; weekday?: number } | undefined {
  let previous: Span | undefined;
  for (const line of letter.bodyLines) {
    const before = previous;
    previous = line;
    // A wrapped line of a sentence (`… postponed to` / `November and December 1927.`) is no dateline.
    if (
      before &&
      /^\r?\n?$/.test(model.text.slice(before.end, line.start)) &&
      continuesWrappedLine(model.text, { ...before, blank: false })
    )
      continue;
    const text = model.textOf(line).trim();
    if (text.length > DATELINE_LENGTH || /^\d+\)/.test(text)) continue;
    const mention = letter.dates.find((date) => date.span.start >= line.start && date.span.end <= line.end);
    const rest = withoutMarkers(model.text, line, letter, mention ? [mention.span] : []);
    const weekday = weekdayIn(rest, model.words.language);
    if (!mention && weekday === undefined) continue;
    if (!onlyPlaceAndSending(rest, model.words.language)) continue;
    return mention
      ? { span: mention.span, mention }
      : { span: line, ...(weekday === undefined ? {} : { weekday }) };
  }
  return undefined;
}

/** The text of `line` with its date and its note markers (`Sochi, 6/25/26 3`) blanked out. */
function withoutMarkers(text: string, line: Span, letter: LetterSyntax, spans: readonly Span[]): string {
  const cut = [
    ...spans,
    ...letter.markers
      .filter((marker) => marker.span.start >= line.start && marker.span.end <= line.end)
      .map((marker) => marker.span),
  ].sort((a, b) => a.start - b.start);
  let rest = '';
  let from = line.start;
  for (const span of cut) {
    rest += text.slice(from, span.start) + ' ';
    from = span.end;
  }
  return rest + text.slice(from, line.end);
}

function onlyPlaceAndSending(rest: string, language: Language): boolean {
  const words = rest
    .replace(/\b\d{1,2}:\d{2}\s*[AP]\.\s?M\./gi, ' ')
    .split(/[\s,.;:()[\]]+/)
    .filter(Boolean);
  // The language's words of sending (`sent`, `from`, `on`, …), and weekdays where they are written in lower case.
  const sending = language.datelineWords;
  return (
    words.length <= 6 &&
    words.every(
      (word) => /^\p{Lu}/u.test(word) || sending.includes(word) || weekdayNamed(language, word) !== undefined,
    )
  );
}

/**
 * The letter's dateline against its editorial date: a written day outside the days the editorial
 * date allows, or a weekday none of them falls on. Estimates and doubted dates are not held to it.
 */
function datelineProblem(model: LetterText, letter: LetterSyntax): Problem | undefined {
  const value = letter.editorialDate?.value;
  if (!value || value.circa || value.uncertain) return undefined;
  const { earliest, latest } = dateInterval(value);
  if (!earliest || !latest) return undefined;
  const { language } = model.words;
  const dateline = datelineOf(model, letter);
  if (!dateline || dateline.mention?.defect || dateline.mention?.until) return undefined;
  const related = [
    {
      span: letter.editorialDate?.span ?? letter.heading,
      message: `The editorial date of letter ${letter.number}`,
    },
  ];
  const single = compareDays(earliest, latest) === 0;
  const editorial = single ? longDate(earliest, language) : dateReading(value, language);
  if (dateline.mention) {
    const written = dateline.mention.date;
    if (written.day === undefined || written.month === undefined) return undefined;
    // A dateline without a year takes any year the editorial date allows.
    const years = written.year === undefined ? [earliest.year, latest.year] : [written.year];
    const inside = years.some((year) => {
      const day = { year, month: written.month as number, day: written.day as number };
      return compareDays(earliest, day) <= 0 && compareDays(day, latest) <= 0;
    });
    if (inside) return undefined;
    return {
      code: 'date.dateline',
      span: dateline.span,
      message: `The dateline of letter ${letter.number} gives ${longDate(written, language)}, but its editorial date is ${editorial}.`,
      related,
      fixes: [],
    };
  }
  if (dateline.weekday === undefined) return undefined;
  const weekdays = weekdaysBetween(earliest, latest);
  if (weekdays === undefined || weekdays.includes(dateline.weekday)) return undefined;
  return {
    code: 'date.dateline',
    span: dateline.span,
    message: single
      ? `The dateline of letter ${letter.number} says ${weekdayName(language, dateline.weekday)}, but its editorial date, ${editorial}, was a ${weekdayName(language, weekdays[0] ?? 0)}.`
      : `The dateline of letter ${letter.number} says ${weekdayName(language, dateline.weekday)}, but no day of its editorial date, ${editorial}, was one.`,
    related,
    fixes: [],
  };
}

/** The weekdays of the days from `earliest` to `latest`; undefined when they are a week or more (every weekday). */
function weekdaysBetween(earliest: Day, latest: Day): number[] | undefined {
  const first = Date.UTC(earliest.year, earliest.month - 1, earliest.day);
  const last = Date.UTC(latest.year, latest.month - 1, latest.day);
  const days = Math.round((last - first) / 86_400_000) + 1;
  if (days >= 7 || days < 1) return undefined;
  const start = weekdayOf(earliest.year, earliest.month, earliest.day);
  return Array.from({ length: days }, (_, index) => (start + index) % 7);
}

/**
 * Letters whose editorial date is certainly earlier than the previous letter's: even its latest
 * possible day comes before the previous letter's earliest one (so `[May 1926]` after
 * `[24 May 1926]` is not reported). The first letter is compared with `preceding`, the last dated
 * letter of the file before this one in the edition.
 */
export function chronologyProblems(model: DocumentModel, preceding?: LetterElsewhere): Problem[] {
  const problems: Problem[] = [];
  let previous: LetterSyntax | undefined = preceding?.letter;
  const { language } = model.words;
  for (const letter of model.letters) {
    const value = letter.editorialDate?.value;
    if (!value || (dateInterval(value).earliest === undefined && dateInterval(value).latest === undefined))
      continue;
    const previousValue = previous?.editorialDate?.value;
    if (previous && previousValue && certainlyBefore(value, previousValue)) {
      problems.push({
        code: 'date.chronology',
        span: letter.editorialDate?.span ?? letter.heading,
        message: `Letter ${letter.number} is dated ${dateInWords(value, language)}, earlier than letter ${previous.number} before it (${dateInWords(previousValue, language)}).`,
        related: [
          {
            ...(previous === preceding?.letter ? { uri: preceding.uri } : {}),
            span: previous.editorialDate?.span ?? previous.heading,
            message: `The editorial date of letter ${previous.number}`,
          },
        ],
        fixes: [],
      });
    }
    previous = letter;
  }
  return problems;
}

/** Whether every day `value` allows comes before every day `previous` allows (an open bound never is). */
function certainlyBefore(value: EditorialDate, previous: EditorialDate): boolean {
  const { latest } = dateInterval(value);
  const { earliest } = dateInterval(previous);
  return latest !== undefined && earliest !== undefined && compareDays(latest, earliest) < 0;
}
