import { isValidDay, weekdayOf } from './calendar';
import {
  dayMonthDate,
  impossible,
  lostYearDash,
  monthYearDate,
  numericDate,
  writtenYearRange,
} from './textDateForms';
import {
  dayOrdinalPattern,
  endsWithCitation,
  monthOf,
  weekdayOf as weekdayNamed,
  type Language,
} from './vocabulary';
import type { DateMention } from './dateMention';
import type { Span } from './span';

export { isYear, splitLostDash } from './textDateForms';
export type { DateKind, DateMention, WrittenWeekday } from './dateMention';

/** What the scanner may assume about the text. */
export interface DateContext {
  /** The language of the edition the text is read in (its month and weekday names). */
  readonly language: Language;
  /** The year of day-month dates that give none, for checking a written weekday (the letter's year). */
  readonly year?: number;
}

const SPACE = '[ \\u00A0]';
/**
 * The gap between the words of a date: spaces, or one line break (a hard-wrapped paragraph breaks
 * `15 June` / `1926` across lines), never a blank line (`On 10` / blank / `July 1926` is two pieces).
 */
const GAP = '(?:[ \\u00A0]*(?:\\r\\n|\\r|\\n)[ \\u00A0]*|[ \\u00A0]+)';
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
export function scanDates(text: string, range: Span, context: DateContext): DateMention[] {
  const slice = text.slice(range.start, range.end);
  const { language } = context;
  const patterns = textDatePatterns(language);
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
      const date = dayMonthDate(match, base + start, language);
      if (date) found.add(date);
    }
  for (const match of atMonthWords(slice, patterns.monthWords, patterns.monthDay)) {
    const month = monthOf(language, match[1] ?? '');
    if (month === undefined || !found.free(base + match.index, base + match.index + match[0].length))
      continue;
    const day = Number(match[2]);
    const year = match[3] === undefined ? undefined : Number(match[3]);
    const span = { start: base + match.index, end: base + match.index + match[0].length };
    found.add({
      span,
      kind: 'monthDay',
      date: { year, month, day },
      ...(isValidDay(day, month, year) ? {} : { defect: impossible(day, month, year, span) }),
    });
  }
  for (const match of atMonthWords(slice, patterns.monthWords, patterns.monthYear)) {
    const date = monthYearDate(match, base + match.index, language);
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
      !first.defect &&
      !second.defect &&
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

/** Attaches a weekday written next to the date, and whether the date falls on it. */
function withWeekday(text: string, range: Span, mention: DateMention, context: DateContext): DateMention {
  const patterns = textDatePatterns(context.language);
  const after = patterns.weekdayAfter.exec(
    text.slice(mention.span.end, Math.min(range.end, mention.span.end + 16)),
  );
  const beforeText = text.slice(Math.max(range.start, mention.span.start - 14), mention.span.start);
  const before = after ? null : patterns.weekdayBefore.exec(beforeText);
  const name = after ? (after[1] ?? after[2]) : before?.[1];
  if (!name) return mention;
  const index = weekdayNamed(context.language, name) ?? 0;
  const nameStart = after
    ? mention.span.end + after[0].indexOf(name)
    : mention.span.start - beforeText.length + (before?.index ?? 0);
  const weekday = { index, span: { start: nameStart, end: nameStart + name.length } };
  const { month, day } = mention.date;
  const year = mention.date.year ?? context.year;
  if (mention.defect || mention.until || year === undefined || month === undefined || day === undefined) {
    return { ...mention, weekday };
  }
  const actual = weekdayOf(year, month, day);
  if (actual === index) return { ...mention, weekday };
  return {
    ...mention,
    weekday,
    defect: { kind: 'wrongWeekday', day, month, year, written: name, actual, span: weekday.span },
  };
}

/** The weekday named as a whole word in a text (`Monday. Sochi.`) in `language`, if any. */
export function weekdayIn(text: string, language: Language): number | undefined {
  const match = textDatePatterns(language).weekdayAnywhere.exec(text);
  return match ? weekdayNamed(language, match[1] ?? '') : undefined;
}
