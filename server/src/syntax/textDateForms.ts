/**
 * The readings of each written form of a date in running text, from a match of its pattern
 * (`textDates.ts` finds them): the date, or the date with what is wrong with it as a `DateDefect`.
 */
import { isValidDay, monthName } from './calendar';
import type { DateDefect } from './dateDefects';
import type { DateKind, DateMention } from './dateMention';
import type { Span } from './span';
import { misspeltMonth, monthOf, type Language } from './vocabulary';

/** Whether a four-digit number reads as a year of the modern era the edition deals with. */
export function isYear(value: number): boolean {
  return value >= 1500 && value <= 2099;
}

/**
 * The unique way to read a day number that lost its dash as an ascending range of valid days
 * (`68` → 6–8, `2126` → 21–26, `618` → 6–18); undefined when there is none or more than one.
 */
export function splitLostDash(
  digits: string,
  month: number,
  year: number | undefined,
): [number, number] | undefined {
  const readings: [number, number][] = [];
  for (let cut = 1; cut < digits.length; cut++) {
    const head = digits.slice(0, cut);
    const tail = digits.slice(cut);
    if (tail.startsWith('0') || head.startsWith('0')) continue;
    const first = Number(head);
    const last = Number(tail);
    if (first < last && isValidDay(first, month, year) && isValidDay(last, month, year))
      readings.push([first, last]);
  }
  return readings.length === 1 ? readings[0] : undefined;
}

/** A day its month does not have (`31 June 1926`), at `span`. */
export function impossible(day: number, month: number, year: number | undefined, span: Span): DateDefect {
  return { kind: 'impossibleDay', day, month, year, span };
}

/** `6/25/26`, `5/26/1926`, `8/3`: month first, as this edition writes datelines. */
export function numericDate(match: RegExpMatchArray, start: number): DateMention | undefined {
  const month = Number(match[1]);
  const day = Number(match[2]);
  const yearText = match[3];
  // Two-digit years are of the 1900s.
  const year =
    yearText === undefined ? undefined : yearText.length === 2 ? 1900 + Number(yearText) : Number(yearText);
  const span = { start, end: start + match[0].length };
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (!isValidDay(day, month, year)) {
    // Without a year `8/35` is not evidently a date at all; with one it is an impossible date.
    return year === undefined
      ? undefined
      : { span, kind: 'numeric', date: { year, month, day }, defect: impossible(day, month, year, span) };
  }
  return { span, kind: 'numeric', date: { year, month, day } };
}

/** `15 June 1926`, `15 June`, `6–8 April 1925`, and their defects (a lost dash, a misspelt month). */
export function dayMonthDate(
  match: RegExpMatchArray,
  start: number,
  language: Language,
): DateMention | undefined {
  const [whole, dayText = '', dash, untilText, word = '', gluedYear, , spacedYear] = match;
  const end = start + whole.length;
  const month = monthOf(language, word);
  const yearText = gluedYear ?? spacedYear;
  const year = yearText !== undefined && yearText.length === 4 ? Number(yearText) : undefined;
  const wordStart = start + whole.indexOf(word, dayText.length);
  const span = { start, end };

  if (month === undefined) {
    // A misspelt month only counts with a day before it and a year after it.
    if (year === undefined || dash !== undefined || dayText.length > 2) return undefined;
    const meant = misspeltMonth(language, word.replace(/\.$/, ''));
    if (meant === undefined) return undefined;
    return {
      span,
      kind: 'dayMonthYear',
      date: { year, month: meant, day: Number(dayText) },
      defect: { kind: 'unknownMonth', word, meant, span: { start: wordStart, end: wordStart + word.length } },
    };
  }

  const dayNumber = Number(dayText);
  if (dayText.length === 4 && isYear(dayNumber)) return undefined;
  if (yearText !== undefined && yearText.length === 3) {
    return {
      span,
      kind: 'dayMonthYear',
      date: { year: undefined, month, day: dayNumber },
      defect: { kind: 'truncatedYear', yearText, span },
    };
  }
  const kind: DateKind = dash !== undefined ? 'dayRange' : year === undefined ? 'dayMonth' : 'dayMonthYear';
  const glued: DateDefect | undefined =
    gluedYear !== undefined
      ? { kind: 'gluedYear', text: whole, at: wordStart + word.length, span }
      : undefined;

  if (dash !== undefined) {
    const until = Number(untilText);
    const valid = isValidDay(dayNumber, month, year) && isValidDay(until, month, year) && dayNumber < until;
    const wrongDay = isValidDay(dayNumber, month, year) ? until : dayNumber;
    return {
      span,
      kind,
      date: { year, month, day: dayNumber },
      until: { year, month, day: until },
      ...(glued ? { defect: glued } : valid ? {} : { defect: impossible(wrongDay, month, year, span) }),
    };
  }
  if (isValidDay(dayNumber, month, year)) {
    return { span, kind, date: { year, month, day: dayNumber }, ...(glued ? { defect: glued } : {}) };
  }
  // Only a number that cannot be a day of any month is read as a range that lost its dash:
  // `29 February 1927` is an impossible date, not 2–9 February.
  const split = dayNumber > 31 ? splitLostDash(dayText, month, year) : undefined;
  if (split) {
    const [first, last] = split;
    return {
      span,
      kind: 'dayRange',
      date: { year, month, day: first },
      until: { year, month, day: last },
      defect: {
        kind: 'lostDash',
        text: `${dayText} ${monthName(language, month)}`,
        first,
        last,
        month,
        span: { start, end: start + dayText.length },
      },
    };
  }
  // A large number before a month is a quantity or a page, not a day, unless it could be one.
  if (dayNumber > 99) return undefined;
  return {
    span,
    kind,
    date: { year, month, day: dayNumber },
    defect: impossible(dayNumber, month, year, span),
  };
}

/** `July 1926`, and `July1926` whose month runs into its year. */
export function monthYearDate(
  match: RegExpMatchArray,
  start: number,
  language: Language,
): DateMention | undefined {
  const [whole, word = '', gap = '', yearText = ''] = match;
  const month = monthOf(language, word);
  const year = Number(yearText);
  if (month === undefined || !isYear(year)) return undefined;
  const span = { start, end: start + whole.length };
  const date = { year, month, day: undefined };
  if (gap === '')
    return {
      span,
      kind: 'monthYear',
      date,
      defect: { kind: 'gluedYear', text: whole, at: start + word.length, span },
    };
  return { span, kind: 'monthYear', date };
}

/** The second year of a range as written: four digits, or the last two of the first's century. */
function secondYear(first: number, secondText: string): number {
  return secondText.length === 4 ? Number(secondText) : Math.floor(first / 100) * 100 + Number(secondText);
}

/** `1921 to 1931`, `1922–1947`, `1925-26`: the second year must come later (`1926-25` is not a range). */
export function writtenYearRange(match: RegExpMatchArray, start: number): DateMention | undefined {
  const [whole, firstText = '', secondText = ''] = match;
  const first = Number(firstText);
  const second = secondYear(first, secondText);
  if (!isYear(first) || !isYear(second) || second <= first) return undefined;
  return {
    span: { start, end: start + whole.length },
    kind: 'yearRange',
    date: { year: first, month: undefined, day: undefined },
    until: { year: second, month: undefined, day: undefined },
  };
}

/** `19221947`, `192327`: a year range that lost its dash. */
export function lostYearDash(match: RegExpMatchArray, start: number): DateMention | undefined {
  const [whole, firstText = '', secondText = ''] = match;
  const first = Number(firstText);
  const second = secondYear(first, secondText);
  if (!isYear(first) || !isYear(second) || second <= first || second - first > 99) return undefined;
  const span = { start, end: start + whole.length };
  return {
    span,
    kind: 'yearRange',
    date: { year: first, month: undefined, day: undefined },
    until: { year: second, month: undefined, day: undefined },
    defect: { kind: 'lostYearDash', text: whole, first: firstText, last: secondText, span },
  };
}
