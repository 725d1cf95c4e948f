import { isValidDay, monthName, weekdayOf, weekdayName, type CalendarDate } from './calendar';
import {
  dayOrdinalPattern,
  editionWords,
  endsWithCitation,
  misspeltMonth,
  monthOf,
  weekdayOf as weekdayNamed,
  type Language,
} from './vocabulary';
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
 * A date written in the text. Calendar parts are named `date` and `until` (never `start`/`end`),
 * so that nobody takes them for offsets.
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
/**
 * The gap between the words of a date: spaces, or one line break (a hard-wrapped paragraph breaks
 * `15 June` / `1926` across lines), never a blank line (`On 10` / blank / `July 1926` is two pieces).
 */
const GAP = '(?:[ \\u00A0]*(?:\\r\\n|\\r|\\n)[ \\u00A0]*|[ \\u00A0]+)';
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

/** The patterns of dates in one language's running text, built once per language. */
interface TextDatePatterns {
  readonly dayMonth: RegExp;
  /**
   * What every match of `dayMonth` holds: a digit (and the language's ordinal) before the gap to
   * the month word. Most runs of text with digits have only note markers and years.
   */
  readonly dayBeforeGap: RegExp;
  /**
   * Where every `monthDay` and `monthYear` match that {@link monthOf} reads starts: a month name
   * or abbreviation as those patterns write it (its first letter capitalised where the language
   * capitalises months, else in either case, the others lower case). Case-sensitive literals:
   * lower-casing the text or a case-insensitive alternation cost more than the patterns spared.
   */
  readonly monthWords: RegExp;
  /** Sticky: tried only where {@link monthWords} found a month word (see {@link atMonthWords}). */
  readonly monthDay: RegExp;
  readonly monthYear: RegExp;
  readonly weekdayAfter: RegExp;
  readonly weekdayBefore: RegExp;
  readonly weekdayAnywhere: RegExp;
}

const patternsByLanguage = new WeakMap<Language, TextDatePatterns>();

function textDatePatterns(language: Language): TextDatePatterns {
  let patterns = patternsByLanguage.get(language);
  if (patterns) return patterns;
  // A month word: capitalised where the language capitalises months, else in either case.
  const month = language.capitalisedMonths ? '\\p{Lu}\\p{Ll}{2,8}' : '\\p{L}\\p{Ll}{2,8}';
  const weekdays = language.weekdays.join('|');
  // Weekdays as months: capitalised where months are, else in either case (`Lundi.` starts a sentence).
  const weekdayFlags = language.capitalisedMonths ? 'u' : 'iu';
  patterns = {
    dayMonth: new RegExp(
      `(?<![\\p{L}\\p{N}/.:,\\u2013-])(\\d{1,4})${dayOrdinalPattern(language)}(?:([\\u2013\\u2014-])(\\d{1,2}))?${GAP}(\\p{L}{3,10}(?:\\.(?=${GAP}\\d))?)` +
        `(?:(\\d{4})|(,?${GAP})(\\d{4}|\\d{3}(?!${SPACE}*\\p{L})))?(?![\\p{N}/])`,
      'gu',
    ),
    dayBeforeGap: new RegExp(`\\d${dayOrdinalPattern(language)}[ \\u00A0\\r\\n]`, 'u'),
    monthWords: new RegExp(monthWordPattern(language).source, 'g'),
    monthDay: new RegExp(
      `(?<![\\p{L}\\p{N}])(${month}\\.?)${GAP}(\\d{1,2})(?:,${GAP}(\\d{4}))?(?![\\p{N}/:]|\\.\\d)`,
      'uy',
    ),
    monthYear: new RegExp(`(?<![\\p{L}\\p{N}])(${month}\\.?)(${GAP}|)(\\d{4})(?![\\p{N}/])`, 'uy'),
    weekdayAfter: new RegExp(
      `^(?:${SPACE}*\\((${weekdays})\\)|,${SPACE}+(${weekdays})(?![\\p{L}\\p{N}]))`,
      weekdayFlags,
    ),
    weekdayBefore: new RegExp(`(?<![\\p{L}\\p{N}])(${weekdays}),?${SPACE}+\\(?$`, weekdayFlags),
    weekdayAnywhere: new RegExp(`(?<![\\p{L}\\p{N}])(${weekdays})(?![\\p{L}\\p{N}])`, weekdayFlags),
  };
  patternsByLanguage.set(language, patterns);
  return patterns;
}
/** See {@link TextDatePatterns.monthWord}; exported for the test that the literals miss no spelling. */
export function monthWordPattern(language: Language): RegExp {
  const words = [
    ...language.months.map((month) => month.toLowerCase()),
    ...Object.keys(language.monthAbbreviations),
  ];
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternatives = words.map((word) => {
    const first = word.charAt(0);
    const initial = language.capitalisedMonths ? first.toUpperCase() : `[${first}${first.toUpperCase()}]`;
    return initial + escape(word.slice(1));
  });
  return new RegExp(alternatives.join('|'));
}

/**
 * The matches of a sticky month pattern (`monthDay`, `monthYear`) in a slice, as a global search
 * would find them among those whose word is a month: it is tried only where a month word starts.
 * No match of it can begin inside another match (a match starts a word, and after its word come
 * only gaps, digits and commas), nor inside a month word, so the skipped places held none.
 */
function atMonthWords(slice: string, monthWords: RegExp, pattern: RegExp): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  let reach = 0;
  monthWords.lastIndex = 0;
  for (let word = monthWords.exec(slice); word; word = monthWords.exec(slice)) {
    if (word.index < reach) continue;
    pattern.lastIndex = word.index;
    const match = pattern.exec(slice);
    if (!match) continue;
    matches.push(match);
    reach = match.index + match[0].length;
  }
  return matches;
}

/** Words after which a yearless `m/d` is a fraction: `2/3 of`, `a 2/3 majority`, `1/2 million` (not `8/3 of this year`). */
const FRACTION_AFTER = new RegExp(
  `^${SPACE}*(?:of(?!${GAP}(?:this|that|last|next|the same)${GAP}year)|majority|million|billion|thousand|hundred|percent|share|votes?)\\b`,
);
const NUMERIC = /(?<![\d/.:,])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/g;
/** A year range as written: `1921 to 1931`, `1922–1947`, `1925-26`, `1911 until 1934`. */
const WRITTEN_YEAR_RANGE = new RegExp(
  `(?<![\\p{L}\\p{N}.:/])(\\d{4})(?:${GAP}(?:to|through|until|till)${GAP}|[\\u2013\\u2014-])(\\d{4}|\\d{2})(?![\\p{N}/]|[\\u2013\\u2014-]\\d)`,
  'gu',
);
/** Eight digits (`19221947`) or six (`192327`) that read as a year range without its dash. */
const YEAR_RANGE = /(?<![\p{L}\p{N}.:/])(\d{4})(\d{4}|\d{2})(?!\d)/gu;
/** The year-range patterns, in the order they claim text, each with the reading of its match. */
const YEAR_RANGE_READERS: readonly (readonly [
  RegExp,
  (match: RegExpMatchArray, start: number) => DateMention | undefined,
])[] = [
  [WRITTEN_YEAR_RANGE, writtenYearRange],
  [YEAR_RANGE, lostYearDash],
];
/** The dates a scan found so far, and whether a span is still free of them. */
class FoundDates {
  readonly mentions: DateMention[] = [];

  free(start: number, end: number): boolean {
    return !this.mentions.some(({ span }) => span.start < end && start < span.end);
  }

  add(mention: DateMention): void {
    this.mentions.push(mention);
  }
}

/** Finds and checks the dates written in `text[range)`. Never throws; spans are absolute offsets. */
export function scanDates(text: string, range: Span, context: DateContext = {}): DateMention[] {
  const slice = text.slice(range.start, range.end);
  const patterns = textDatePatterns(editionWords().language);
  // Every date form has digits; most lines of prose have none, and the patterns below are dear.
  if (!/\d/.test(slice)) return [];
  const found = new FoundDates();
  const base = range.start;
  // Cheap tests of what each pattern needs before the dear Unicode patterns run: a slash for
  // `6/25`, a digit before a gap for `25 June`, four digits for year ranges; `June 25` and
  // `June 1926` are tried where a month word starts.
  const slash = slice.includes('/');
  const dayBeforeGap = patterns.dayBeforeGap.test(slice);
  const fourDigits = /\d{4}/.test(slice);

  if (slash)
    for (const match of slice.matchAll(NUMERIC)) {
      const after = slice.slice(match.index + match[0].length, match.index + match[0].length + 24);
      const before = slice.slice(Math.max(0, match.index - 3), match.index);
      // Without a year `2/3 of the votes` and `1 1/2 million` are fractions, not dates.
      if (match[3] === undefined && (FRACTION_AFTER.test(after) || /\d[ \u00A0]$/.test(before))) continue;
      const date = numericDate(match, base + match.index);
      if (date) found.add(date);
    }
  if (dayBeforeGap)
    for (const match of slice.matchAll(patterns.dayMonth)) {
      const start = match.index;
      if (!found.free(base + start, base + start + match[0].length)) continue;
      const date = dayMonthDate(match, base + start);
      if (date) found.add(date);
    }
  for (const match of atMonthWords(slice, patterns.monthWords, patterns.monthDay)) {
    const month = monthOf(match[1] ?? '');
    if (month === undefined || !found.free(base + match.index, base + match.index + match[0].length))
      continue;
    const day = Number(match[2]);
    const year = match[3] === undefined ? undefined : Number(match[3]);
    const span = { start: base + match.index, end: base + match.index + match[0].length };
    found.add({
      span,
      kind: 'monthDay',
      date: { year, month, day },
      ...(isValidDay(day, month, year) ? {} : { problem: impossible(day, month, year) }),
    });
  }
  for (const match of atMonthWords(slice, patterns.monthWords, patterns.monthYear)) {
    const date = monthYearDate(match, base + match.index);
    if (date && found.free(date.span.start, date.span.end)) found.add(date);
  }
  // Year ranges as written (`1921 to 1931`) first, then those that lost their dash (`19221947`).
  if (fourDigits)
    for (const [pattern, read] of YEAR_RANGE_READERS)
      for (const match of slice.matchAll(pattern)) {
        const start = match.index;
        if (endsWithCitation(slice.slice(Math.max(0, start - 8), start))) continue;
        if (!found.free(base + start, base + start + match[0].length)) continue;
        const date = read(match, base + start);
        if (date) found.add(date);
      }
  return joinRanges(
    text,
    found.mentions.sort((a, b) => a.span.start - b.span.start),
  ).map((mention) => withWeekday(text, range, mention, context));
}

/** What may stand between the two ends of a range: `to`, `through`, `until`, a dash. */
const RANGE_JOINER = new RegExp(
  `^(?:${GAP}(?:to|through|until|till)${GAP}|${SPACE}*[\u2013\u2014-]${SPACE}*)$`,
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

/** `June 1926 has no day 31.` */
export function impossible(day: number, month: number, year: number | undefined): DateProblem {
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
    if (year === undefined || dash !== undefined || dayText.length > 2) return undefined;
    const meant = misspeltMonth(word.replace(/\.$/, ''));
    if (meant === undefined) return undefined;
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
  const patterns = textDatePatterns(editionWords().language);
  const after = patterns.weekdayAfter.exec(
    text.slice(mention.span.end, Math.min(range.end, mention.span.end + 16)),
  );
  const beforeText = text.slice(Math.max(range.start, mention.span.start - 14), mention.span.start);
  const before = after ? null : patterns.weekdayBefore.exec(beforeText);
  const name = after ? (after[1] ?? after[2]) : before?.[1];
  if (!name) return mention;
  const index = weekdayNamed(name) ?? 0;
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
      message: `${day} ${monthName(month)} ${year} was a ${weekdayName(actual)}, not a ${name}.`,
      fix: {
        title: `Correct the weekday to ${weekdayName(actual)}`,
        span: weekday.span,
        newText: weekdayName(actual),
      },
    },
  };
}

/** The weekday named as a whole word in a text (`Monday. Sochi.`), if any. */
export function weekdayIn(text: string): number | undefined {
  const match = textDatePatterns(editionWords().language).weekdayAnywhere.exec(text);
  return match ? weekdayNamed(match[1] ?? '') : undefined;
}
