import { compareDates, longDate, WEEKDAYS, weekdayOf } from '../../syntax/calendar';
import { dateBounds, type EditorialDate } from '../../syntax/editorialDates';
import { weekdayIn, type DateMention, type DateProblem } from '../../syntax/textDates';
import { continuesWrappedLine } from '../../syntax/lines';
import type { Span } from '../../syntax/span';
import type { LetterSyntax } from '../../syntax/tree';
import type { LetterInput, LetterText } from '../../analysis/letterProblems';
import type { DocumentModel } from '../../analysis/model';
import type { Problem } from '../../analysis/problems';
import type { LetterElsewhere } from './precedingLetter';

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
  if (editorial?.problem) problems.push(fromDateProblem(editorial.problem, editorial.problem.span));
  for (const mention of letter.dates) {
    if (mention.problem)
      problems.push(
        fromDateProblem(
          mention.problem,
          mention.problem.code === 'date.weekday' && mention.weekday ? mention.weekday.span : mention.span,
        ),
      );
  }
  const dateline = datelineProblem(model, letter);
  if (dateline) problems.push(dateline);
  return problems;
}

function fromDateProblem(problem: DateProblem, span: Span): Problem {
  return {
    code: problem.code,
    span,
    message: problem.message,
    related: [],
    fixes: problem.fix
      ? [
          {
            title: problem.fix.title,
            replacements: [{ span: problem.fix.span, newText: problem.fix.newText }],
            preferred: true,
          },
        ]
      : [],
  };
}

/** Lower-case words a dateline may hold besides places and the date (`Sent from Moscow`, `Deciphered and sent on`). */
const DATELINE_WORDS = new Set([
  'sent',
  'from',
  'on',
  'received',
  'and',
  'deciphered',
  'written',
  'at',
  'in',
  'dispatched',
]);

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
    const rest = mention
      ? model.text.slice(line.start, mention.span.start) + ' ' + model.text.slice(mention.span.end, line.end)
      : text;
    const weekday = weekdayIn(rest);
    if (!mention && weekday === undefined) continue;
    if (!onlyPlaceAndSending(rest)) continue;
    return mention
      ? { span: mention.span, mention }
      : { span: line, ...(weekday === undefined ? {} : { weekday }) };
  }
  return undefined;
}

function onlyPlaceAndSending(rest: string): boolean {
  const words = rest
    .replace(/\b\d{1,2}:\d{2}\s*[AP]\.\s?M\./gi, ' ')
    .split(/[\s,.;:()[\]]+/)
    .filter(Boolean);
  return words.length <= 6 && words.every((word) => /^\p{Lu}/u.test(word) || DATELINE_WORDS.has(word));
}

function datelineProblem(model: LetterText, letter: LetterSyntax): Problem | undefined {
  const value = letter.editorialDate?.value;
  if (!value || value.qualifier !== 'exact' || value.until || value.date.day === undefined) return undefined;
  const { year, month, day } = value.date;
  if (year === undefined || month === undefined) return undefined;
  const dateline = datelineOf(model, letter);
  if (!dateline || dateline.mention?.problem || dateline.mention?.until) return undefined;
  const related = [
    {
      span: letter.editorialDate?.span ?? letter.heading,
      message: `The editorial date of letter ${letter.number}`,
    },
  ];
  if (dateline.mention) {
    const written = dateline.mention.date;
    const agrees =
      written.month === month && written.day === day && (written.year === undefined || written.year === year);
    if (written.day === undefined || agrees) return undefined;
    return {
      code: 'date.dateline',
      span: dateline.span,
      message: `The dateline of letter ${letter.number} gives ${longDate(written)}, but its editorial date is ${longDate(value.date)}.`,
      related,
      fixes: [],
    };
  }
  const actual = weekdayOf(year, month, day);
  if (dateline.weekday === undefined || dateline.weekday === actual) return undefined;
  return {
    code: 'date.dateline',
    span: dateline.span,
    message: `The dateline of letter ${letter.number} says ${WEEKDAYS[dateline.weekday]}, but its editorial date, ${longDate(value.date)}, was a ${WEEKDAYS[actual]}.`,
    related,
    fixes: [],
  };
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
  for (const letter of model.letters) {
    const value = letter.editorialDate?.value;
    if (!value || value.date.year === undefined) continue;
    const previousValue = previous?.editorialDate?.value;
    if (previous && previousValue && certainlyBefore(value, previousValue)) {
      problems.push({
        code: 'date.chronology',
        span: letter.editorialDate?.span ?? letter.heading,
        message: `Letter ${letter.number} is dated ${longDate(value.date)}, earlier than letter ${previous.number} before it (${longDate(previousValue.date)}).`,
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
  const { notAfter } = dateBounds(value);
  const { notBefore } = dateBounds(previous);
  return notAfter !== undefined && notBefore !== undefined && compareDates(notAfter, notBefore) < 0;
}
