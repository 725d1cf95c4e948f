import { isValidDay, daysInMonth, monthName, weekdayOf, WEEKDAYS, type CalendarDate } from './calendar';
import { MONTHS } from './characters';
import type { Span } from './span';

/** The written forms of a date in running text. */
export type DateKind =
  'dayMonthYear' | 'dayMonth' | 'monthDay' | 'monthYear' | 'numeric' | 'dayRange' | 'yearRange';

/** A defect in a written date, with the correction when there is exactly one. */
export interface DateProblem {
  readonly code: 'date.malformed' | 'date.impossible' | 'date.weekday';
  readonly message: string;
  readonly fix?: { readonly title: string; readonly span: Span; readonly newText: string };
}

/** A weekday written beside a date: `8/3 (Tuesday)`, `Thursday (5 August)`. */
export interface WrittenWeekday {
  /** 0 = Sunday. */
  readonly index: number;
  readonly span: Span;
}

/**
 * A date written in the text. Calendar parts are named `date` and `until` (never `start`/`end`):
 * the tree's shift moves every object with numeric `start` and `end`, and these are not offsets.
 */
export interface DateMention {
  readonly span: Span;
  readonly kind: DateKind;
  readonly date: CalendarDate;
  /** The last day of a range. */
  readonly until?: CalendarDate;
  readonly weekday?: WrittenWeekday;
  readonly problem?: DateProblem;
}

/** What the scanner may assume about the text. */
export interface DateContext {
  /** The year of day-month dates that give none, for checking a written weekday (the letter's year). */
  readonly year?: number;
}

const EN_DASH = '\u2013';
const SPACE = '[ \\u00A0]';
const MONTH_ABBREVIATIONS: Record<string, number> = {
  'jan.': 1,
  'feb.': 2,
  'mar.': 3,
  'apr.': 4,
  'jun.': 6,
  'jul.': 7,
  'aug.': 8,
  'sep.': 9,
  'sept.': 9,
  'oct.': 10,
  'nov.': 11,
  'dec.': 12,
};

/** The month (1–12) a capitalised word names: full names, and the usual abbreviations with a period. */
export function monthOf(word: string): number | undefined {
  if (!/^\p{Lu}/u.test(word)) return undefined;
  const lower = word.toLowerCase();
  const full = MONTHS.indexOf(lower as (typeof MONTHS)[number]);
  if (full >= 0) return full + 1;
  return MONTH_ABBREVIATIONS[lower];
}

/**
 * The month a misspelt capitalised word was meant to be (`Sepember`, `Jnue`): one edit away
 * (two for long names), counting a swap of neighbours as one edit. Undefined for real month names.
 */
export function misspeltMonth(word: string): number | undefined {
  if (!/^\p{Lu}\p{Ll}{2,10}$/u.test(word) || monthOf(word) !== undefined) return undefined;
  const lower = word.toLowerCase();
  let best: number | undefined;
  MONTHS.forEach((month, index) => {
    const allowed = month.length >= 6 ? 2 : 1;
    if (editDistance(lower, month) <= allowed && best === undefined) best = index + 1;
  });
  return best;
}

/** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] as number[];
      const previous = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** Whether a four-digit number reads as a year of the modern era the edition deals with. */
function isYear(value: number): boolean {
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

const DAY_MONTH = new RegExp(
  `(?<![\\p{L}\\p{N}/.:,\\u2013-])(\\d{1,4})(?:([\\u2013\\u2014-])(\\d{1,2}))?${SPACE}+(\\p{L}{3,10}(?:\\.(?=${SPACE}+\\d))?)` +
    `(?:(\\d{4})|(,?${SPACE}+)(\\d{4}|\\d{3}(?!${SPACE}*\\p{L})))?(?![\\p{N}/])`,
  'gu',
);
const MONTH_DAY = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}{2,8}\\.?)${SPACE}+(\\d{1,2})(?:,${SPACE}+(\\d{4}))?(?![\\p{N}/:]|\\.\\d)`,
  'gu',
);
const MONTH_YEAR = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}{2,8}\\.?)(${SPACE}+|)(\\d{4})(?![\\p{N}/])`,
  'gu',
);
/** Words after which a yearless `m/d` is a fraction: `2/3 of`, `a 2/3 majority`, `1/2 million` (not `8/3 of this year`). */
const FRACTION_AFTER = new RegExp(
  `^${SPACE}*(?:of(?!${SPACE}+(?:this|that|last|next|the same)${SPACE}+year)|majority|million|billion|thousand|hundred|percent|share|votes?)\\b`,
);
const NUMERIC = /(?<![\d/.:,])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/g;
/** A year range as written: `1921 to 1931`, `1922–1947`, `1925-26`, `1911 until 1934`. */
const WRITTEN_YEAR_RANGE = new RegExp(
  `(?<![\\p{L}\\p{N}.:/])(\\d{4})(?:${SPACE}+(?:to|through|until|till)${SPACE}+|[\\u2013\\u2014-])(\\d{4}|\\d{2})(?![\\p{N}/]|[\\u2013\\u2014-]\\d)`,
  'gu',
);
/** Eight digits (`19221947`) or six (`192327`) that read as a year range without its dash. */
const YEAR_RANGE = /(?<![\p{L}\p{N}.:/])(\d{4})(\d{4}|\d{2})(?!\d)/gu;
const WEEKDAY_NAMES = WEEKDAYS.join('|');
const WEEKDAY_AFTER = new RegExp(`^(?:${SPACE}*\\((${WEEKDAY_NAMES})\\)|,${SPACE}+(${WEEKDAY_NAMES})\\b)`);
const WEEKDAY_BEFORE = new RegExp(`\\b(${WEEKDAY_NAMES}),?${SPACE}+\\(?$`);
/** Citation abbreviations after which a number is an archival or page number, never a year range. */
const CITATION_BEFORE = /(?:\b(?:f|op|d|ll?|vyp|vol|p|pp|no|nos)\.?|:)[ \u00A0]*$/i;

/** Finds and checks the dates written in `text[range)`. Never throws; spans are absolute offsets. */
export function scanDates(text: string, range: Span, context: DateContext = {}): DateMention[] {
  const slice = text.slice(range.start, range.end);
  // Every date form has digits; most lines of prose have none, and the patterns below are dear.
  if (!/\d/.test(slice)) return [];
  const mentions: DateMention[] = [];
  const taken: Span[] = [];
  const free = (start: number, end: number) => !taken.some((span) => span.start < end && start < span.end);
  const add = (mention: DateMention) => {
    mentions.push(mention);
    taken.push(mention.span);
  };
  const at = (index: number) => range.start + index;

  for (const match of slice.matchAll(NUMERIC)) {
    const after = slice.slice(match.index + match[0].length, match.index + match[0].length + 24);
    const before = slice.slice(Math.max(0, match.index - 3), match.index);
    // Without a year `2/3 of the votes` and `1 1/2 million` are fractions, not dates.
    if (match[3] === undefined && (FRACTION_AFTER.test(after) || /\d[ \u00A0]$/.test(before))) continue;
    const found = numericDate(match, at(match.index));
    if (found) add(found);
  }
  for (const match of slice.matchAll(DAY_MONTH)) {
    const start = match.index;
    if (!free(at(start), at(start + match[0].length))) continue;
    const found = dayMonthDate(match, at(start));
    if (found) add(found);
  }
  for (const match of slice.matchAll(MONTH_DAY)) {
    const month = monthOf(match[1] ?? '');
    if (month === undefined || !free(at(match.index), at(match.index + match[0].length))) continue;
    const day = Number(match[2]);
    const year = match[3] === undefined ? undefined : Number(match[3]);
    const span = { start: at(match.index), end: at(match.index + match[0].length) };
    add({
      span,
      kind: 'monthDay',
      date: { year, month, day },
      ...(isValidDay(day, month, year) ? {} : { problem: impossible(day, month, year) }),
    });
  }
  for (const match of slice.matchAll(MONTH_YEAR)) {
    const found = monthYearDate(match, at(match.index));
    if (found && free(found.span.start, found.span.end)) add(found);
  }
  for (const match of slice.matchAll(WRITTEN_YEAR_RANGE)) {
    const start = match.index;
    if (CITATION_BEFORE.test(slice.slice(Math.max(0, start - 8), start))) continue;
    if (!free(at(start), at(start + match[0].length))) continue;
    const found = writtenYearRange(match, at(start));
    if (found) add(found);
  }
  for (const match of slice.matchAll(YEAR_RANGE)) {
    const start = match.index;
    if (CITATION_BEFORE.test(slice.slice(Math.max(0, start - 8), start))) continue;
    if (!free(at(start), at(start + match[0].length))) continue;
    const found = lostYearDash(match, at(start));
    if (found) add(found);
  }
  return joinRanges(
    text,
    mentions.sort((a, b) => a.span.start - b.span.start),
  ).map((mention) => withWeekday(text, range, mention, context));
}

/** What may stand between the two ends of a range: `to`, `through`, `until`, a dash. */
const RANGE_JOINER = new RegExp(
  `^(?:${SPACE}+(?:to|through|until|till)${SPACE}+|${SPACE}*[\u2013\u2014-]${SPACE}*)$`,
);

/**
 * Joins a day-month date and the date after it into one range (`26 October to 3 November 1926`,
 * `22 November through 16 December 1926`): the first end takes its year from the second, the
 * year before when its month comes later (`28 December to 3 January 1927`).
 */
function joinRanges(text: string, mentions: DateMention[]): DateMention[] {
  const joined: DateMention[] = [];
  for (let index = 0; index < mentions.length; index++) {
    const first = mentions[index] as DateMention;
    const second = mentions[index + 1];
    if (
      second &&
      first.kind === 'dayMonth' &&
      !first.problem &&
      !second.problem &&
      (second.kind === 'dayMonth' || second.kind === 'dayMonthYear') &&
      RANGE_JOINER.test(text.slice(first.span.end, second.span.start))
    ) {
      const { month, day } = first.date;
      const until = second.date;
      if (month !== undefined && day !== undefined && until.month !== undefined && until.day !== undefined) {
        const laterInYear = month > until.month || (month === until.month && day >= until.day);
        const year = until.year === undefined ? undefined : laterInYear ? until.year - 1 : until.year;
        if (isValidDay(day, month, year)) {
          joined.push({
            span: { start: first.span.start, end: second.span.end },
            kind: 'dayRange',
            date: { year, month, day },
            until,
          });
          index++;
          continue;
        }
      }
    }
    joined.push(first);
  }
  return joined;
}

function impossible(day: number, month: number, year: number | undefined): DateProblem {
  const where = year === undefined ? monthName(month) : `${monthName(month)} ${year}`;
  return { code: 'date.impossible', message: `${where} has no day ${day}.` };
}

function numericDate(match: RegExpMatchArray, start: number): DateMention | undefined {
  const month = Number(match[1]);
  const day = Number(match[2]);
  const yearText = match[3];
  // Month first, as this edition writes datelines; two-digit years are of the 1900s.
  const year =
    yearText === undefined ? undefined : yearText.length === 2 ? 1900 + Number(yearText) : Number(yearText);
  const span = { start, end: start + match[0].length };
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (!isValidDay(day, month, year)) {
    // Without a year `8/35` is not evidently a date at all; with one it is an impossible date.
    return year === undefined
      ? undefined
      : { span, kind: 'numeric', date: { year, month, day }, problem: impossible(day, month, year) };
  }
  return { span, kind: 'numeric', date: { year, month, day } };
}

function dayMonthDate(match: RegExpMatchArray, start: number): DateMention | undefined {
  const [whole, dayText = '', dash, untilText, word = '', gluedYear, , spacedYear] = match;
  const end = start + whole.length;
  const month = monthOf(word);
  const yearText = gluedYear ?? spacedYear;
  const year = yearText !== undefined && yearText.length === 4 ? Number(yearText) : undefined;
  const wordStart = start + whole.indexOf(word, dayText.length);
  const span = { start, end };

  if (month === undefined) {
    // A misspelt month only counts with a day before it and a year after it.
    const meant = misspeltMonth(word.replace(/\.$/, ''));
    if (meant === undefined || year === undefined || dash !== undefined || dayText.length > 2)
      return undefined;
    return {
      span,
      kind: 'dayMonthYear',
      date: { year, month: meant, day: Number(dayText) },
      problem: {
        code: 'date.malformed',
        message: `"${word}" is not a month; ${monthName(meant)} is probably meant.`,
        fix: {
          title: `Correct the month to ${monthName(meant)}`,
          span: { start: wordStart, end: wordStart + word.length },
          newText: monthName(meant),
        },
      },
    };
  }

  const dayNumber = Number(dayText);
  if (dayText.length === 4 && isYear(dayNumber)) return undefined;
  if (yearText !== undefined && yearText.length === 3) {
    return {
      span,
      kind: 'dayMonthYear',
      date: { year: undefined, month, day: dayNumber },
      problem: { code: 'date.malformed', message: `The year ${yearText} of this date is truncated.` },
    };
  }
  const kind: DateKind = dash !== undefined ? 'dayRange' : year === undefined ? 'dayMonth' : 'dayMonthYear';
  const gluedProblem = gluedYear !== undefined ? gluedYearProblem(whole, wordStart + word.length) : undefined;

  if (dash !== undefined) {
    const until = Number(untilText);
    const valid = isValidDay(dayNumber, month, year) && isValidDay(until, month, year) && dayNumber < until;
    return {
      span,
      kind,
      date: { year, month, day: dayNumber },
      until: { year, month, day: until },
      ...(gluedProblem
        ? { problem: gluedProblem }
        : valid
          ? {}
          : { problem: impossible(isValidDay(dayNumber, month, year) ? until : dayNumber, month, year) }),
    };
  }
  if (isValidDay(dayNumber, month, year)) {
    return {
      span,
      kind,
      date: { year, month, day: dayNumber },
      ...(gluedProblem ? { problem: gluedProblem } : {}),
    };
  }
  // Only a number that cannot be a day of any month is read as a range that lost its dash:
  // `29 February 1927` is an impossible date, not 2–9 February.
  const split = dayNumber > 31 ? splitLostDash(dayText, month, year) : undefined;
  if (split) {
    const [first, last] = split;
    const daysSpan = { start, end: start + dayText.length };
    return {
      span,
      kind: 'dayRange',
      date: { year, month, day: first },
      until: { year, month, day: last },
      problem: {
        code: 'date.malformed',
        message: `"${dayText} ${monthName(month)}" has lost the dash of the range ${first}${EN_DASH}${last} ${monthName(month)}.`,
        fix: {
          title: `Restore the dash: ${first}${EN_DASH}${last}`,
          span: daysSpan,
          newText: `${first}${EN_DASH}${last}`,
        },
      },
    };
  }
  // A large number before a month is a quantity or a page, not a day, unless it could be one.
  if (dayNumber > 99) return undefined;
  return { span, kind, date: { year, month, day: dayNumber }, problem: impossible(dayNumber, month, year) };
}

/** `June1926`: the month runs into its year; the fix puts a space at `at`, between them. */
function gluedYearProblem(whole: string, at: number): DateProblem {
  return {
    code: 'date.malformed',
    message: `The month and the year of "${whole}" run together.`,
    fix: { title: 'Separate the month from the year', span: { start: at, end: at }, newText: ' ' },
  };
}

function monthYearDate(match: RegExpMatchArray, start: number): DateMention | undefined {
  const [whole, word = '', gap = '', yearText = ''] = match;
  const month = monthOf(word);
  const year = Number(yearText);
  if (month === undefined || !isYear(year)) return undefined;
  const span = { start, end: start + whole.length };
  if (gap === '') {
    return {
      span,
      kind: 'monthYear',
      date: { year, month, day: undefined },
      problem: gluedYearProblem(whole, start + word.length),
    };
  }
  return { span, kind: 'monthYear', date: { year, month, day: undefined } };
}

function writtenYearRange(match: RegExpMatchArray, start: number): DateMention | undefined {
  const [whole, firstText = '', secondText = ''] = match;
  const first = Number(firstText);
  const second =
    secondText.length === 4 ? Number(secondText) : Math.floor(first / 100) * 100 + Number(secondText);
  // The second year must come later: `1926-25` is not a range.
  if (!isYear(first) || !isYear(second) || second <= first) return undefined;
  return {
    span: { start, end: start + whole.length },
    kind: 'yearRange',
    date: { year: first, month: undefined, day: undefined },
    until: { year: second, month: undefined, day: undefined },
  };
}

function lostYearDash(match: RegExpMatchArray, start: number): DateMention | undefined {
  const [whole, firstText = '', secondText = ''] = match;
  const first = Number(firstText);
  const second =
    secondText.length === 4 ? Number(secondText) : Math.floor(first / 100) * 100 + Number(secondText);
  if (!isYear(first) || !isYear(second) || second <= first || second - first > 99) return undefined;
  const span = { start, end: start + whole.length };
  const fixed = `${firstText}${EN_DASH}${secondText}`;
  return {
    span,
    kind: 'yearRange',
    date: { year: first, month: undefined, day: undefined },
    until: { year: second, month: undefined, day: undefined },
    problem: {
      code: 'date.malformed',
      message: `"${whole}" is the year range ${fixed} without its dash.`,
      fix: { title: `Restore the dash: ${fixed}`, span, newText: fixed },
    },
  };
}

/** Attaches a weekday written next to the date and checks it against the date. */
function withWeekday(text: string, range: Span, mention: DateMention, context: DateContext): DateMention {
  const after = WEEKDAY_AFTER.exec(text.slice(mention.span.end, Math.min(range.end, mention.span.end + 16)));
  const beforeText = text.slice(Math.max(range.start, mention.span.start - 14), mention.span.start);
  const before = after ? null : WEEKDAY_BEFORE.exec(beforeText);
  const name = after ? (after[1] ?? after[2]) : before?.[1];
  if (!name) return mention;
  const index = WEEKDAYS.indexOf(name as (typeof WEEKDAYS)[number]);
  const nameStart = after
    ? mention.span.end + after[0].indexOf(name)
    : mention.span.start - beforeText.length + (before?.index ?? 0);
  const weekday = { index, span: { start: nameStart, end: nameStart + name.length } };
  const { month, day } = mention.date;
  const year = mention.date.year ?? context.year;
  if (mention.problem || mention.until || year === undefined || month === undefined || day === undefined) {
    return { ...mention, weekday };
  }
  const actual = weekdayOf(year, month, day);
  if (actual === index) return { ...mention, weekday };
  return {
    ...mention,
    weekday,
    problem: {
      code: 'date.weekday',
      message: `${day} ${monthName(month)} ${year} was a ${WEEKDAYS[actual]}, not a ${name}.`,
      fix: {
        title: `Correct the weekday to ${WEEKDAYS[actual]}`,
        span: weekday.span,
        newText: WEEKDAYS[actual] as string,
      },
    },
  };
}

/** The weekday named as a whole word in a text (`Monday. Sochi.`), if any. */
export function weekdayIn(text: string): number | undefined {
  const match = new RegExp(`\\b(${WEEKDAY_NAMES})\\b`).exec(text);
  return match ? WEEKDAYS.indexOf(match[1] as (typeof WEEKDAYS)[number]) : undefined;
}

/** How sure an editorial date is. */
export type DateQualifier = 'exact' | 'uncertain' | 'notBefore' | 'notAfter' | 'after' | 'before' | 'circa';

/** The meaning of an editorial date such as `[24 May 1926]`, `[24? May 1926]` or `[not before 6 August 1930]`. */
export interface EditorialDate {
  readonly qualifier: DateQualifier;
  readonly date: CalendarDate;
  /** The last day of a range such as `[6–8 April 1925]`. */
  readonly until?: CalendarDate;
}

const QUALIFIERS: [RegExp, DateQualifier][] = [
  [/^not before\s+/i, 'notBefore'],
  [/^not after\s+/i, 'notAfter'],
  [/^after\s+/i, 'after'],
  [/^before\s+/i, 'before'],
  [/^(?:circa|c\.|ca\.)\s*/i, 'circa'],
];

const DATE_PART = /^(?:(\d{1,2})(\?)?(?:\s+|$))?(?:(\p{L}+\.?)(\?)?(?:\s+|(?=\d)|$))?(\d{3,4})?(\?)?$/u;

/**
 * Reads the text between an editorial date's brackets. Returns the date, or a problem with its
 * span (inside `inner`) when the text is not one of the edition's forms.
 */
export function parseEditorialDate(
  text: string,
  inner: Span,
): { value?: EditorialDate; problem?: DateProblem & { span: Span } } {
  const raw = text.slice(inner.start, inner.end);
  const leading = raw.length - raw.trimStart().length;
  let body = raw.trim();
  let offset = inner.start + leading;
  let qualifier: DateQualifier = 'exact';
  for (const [pattern, name] of QUALIFIERS) {
    const found = pattern.exec(body);
    if (found) {
      qualifier = name;
      body = body.slice(found[0].length);
      offset += found[0].length;
      break;
    }
  }
  const wholeSpan = { start: offset, end: offset + body.length };
  const parts = body.split(/\s*[\u2013\u2014-]\s*|\s+(?:to|through)\s+/);
  if (parts.length > 2 || body === '') return { problem: notADate(raw, inner) };
  const parsed = parts.map((part) => DATE_PART.exec(part));
  if (parsed.some((match) => !match)) return { problem: notADate(raw, inner) };
  const [first, second] = parsed as RegExpExecArray[];
  const read = (match: RegExpExecArray) => ({
    day: match[1] === undefined ? undefined : Number(match[1]),
    word: match[3],
    yearText: match[5],
    uncertain: match[2] !== undefined || match[4] !== undefined || match[6] !== undefined,
  });
  const head = read(first as RegExpExecArray);
  const tail = second ? read(second) : undefined;
  const last = tail ?? head;

  if (last.yearText === undefined && head.day === undefined && monthOf(last.word ?? '') === undefined) {
    return { problem: notADate(raw, inner) };
  }
  for (const part of tail ? [head, tail] : [head]) {
    if (part.word !== undefined && monthOf(part.word) === undefined) {
      const meant = misspeltMonth(part.word);
      const wordStart = offset + body.indexOf(part.word);
      const wordSpan = { start: wordStart, end: wordStart + part.word.length };
      return {
        problem: {
          code: 'date.malformed',
          span: wordSpan,
          message:
            meant === undefined
              ? `"${part.word}" in the editorial date is not a month.`
              : `"${part.word}" is not a month; ${monthName(meant)} is probably meant.`,
          ...(meant === undefined
            ? {}
            : {
                fix: {
                  title: `Correct the month to ${monthName(meant)}`,
                  span: wordSpan,
                  newText: monthName(meant),
                },
              }),
        },
      };
    }
  }
  if (last.yearText === undefined || last.yearText.length !== 4) {
    return {
      problem: {
        code: 'date.malformed',
        span: wholeSpan,
        message:
          last.yearText === undefined
            ? 'The editorial date has no year.'
            : `The year ${last.yearText} of the editorial date is truncated.`,
      },
    };
  }
  const glued = /\p{L}\d/u.exec(body);
  if (glued) {
    const at = offset + glued.index + 1;
    return {
      problem: {
        code: 'date.malformed',
        span: wholeSpan,
        message: 'The month and the year of the editorial date run together.',
        fix: { title: 'Separate the month from the year', span: { start: at, end: at }, newText: ' ' },
      },
    };
  }
  const year = Number(last.yearText);
  const lastMonth = last.word === undefined ? undefined : monthOf(last.word);
  const headMonth = head.word === undefined ? lastMonth : monthOf(head.word);
  const headYear = head.yearText !== undefined && head.yearText.length === 4 ? Number(head.yearText) : year;
  const date: CalendarDate = { year: headYear, month: headMonth, day: head.day };
  const until: CalendarDate | undefined = tail ? { year, month: lastMonth, day: tail.day } : undefined;
  for (const part of until ? [date, until] : [date]) {
    if (
      (part.day !== undefined && part.month === undefined) ||
      (part.month !== undefined && part.day !== undefined && !isValidDay(part.day, part.month, part.year))
    ) {
      return {
        problem: {
          ...(part.month === undefined
            ? { code: 'date.malformed' as const, message: 'The editorial date has a day but no month.' }
            : impossible(part.day as number, part.month, part.year)),
          span: wholeSpan,
        },
      };
    }
  }
  const uncertain = head.uncertain || (tail?.uncertain ?? false);
  return {
    value: {
      qualifier: qualifier === 'exact' && uncertain ? 'uncertain' : qualifier,
      date,
      ...(until ? { until } : {}),
    },
  };
}

function notADate(raw: string, inner: Span): DateProblem & { span: Span } {
  return {
    code: 'date.malformed',
    span: inner,
    message: `"${raw.trim()}" is not a date form the edition uses.`,
  };
}

/** The last possible day of a date known to the month or the year (for comparing uncertain dates). */
export function latestDay(date: CalendarDate): CalendarDate {
  const month = date.month ?? 12;
  return { year: date.year, month, day: date.day ?? daysInMonth(month, date.year) };
}
