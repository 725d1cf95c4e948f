import { daysInMonth, isValidDay, monthName, type CalendarDate } from './calendar';
import type { Span } from './span';
import { impossible, type DateProblem } from './textDates';
import { dayOrdinalPattern, editionWords, misspeltMonth, monthOf, type Language } from './vocabulary';

/** How sure an editorial date is. */
export type DateQualifier =
  | 'exact'
  | 'uncertain'
  | 'notBefore'
  | 'notAfter'
  | 'after'
  | 'before'
  | 'circa'
  /** A part of a month or a season: `[early September 1929]`, `[summer 1926]`. */
  | 'approximate';

/** The meaning of an editorial date such as `[24 May 1926]`, `[24? May 1926]` or `[not before 6 August 1930]`. */
export interface EditorialDate {
  readonly qualifier: DateQualifier;
  readonly date: CalendarDate;
  /** The last day of a range such as `[6–8 April 1925]`. */
  readonly until?: CalendarDate;
}

/** The patterns of one language's editorial dates, built once per language. */
interface DatePatterns {
  readonly qualifiers: readonly (readonly [RegExp, DateQualifier])[];
  readonly between: RegExp;
  readonly and: RegExp;
  readonly range: RegExp;
  readonly part: RegExp;
  readonly datePart: RegExp;
}

const patternsByLanguage = new WeakMap<Language, DatePatterns>();

function datePatterns(language: Language): DatePatterns {
  let patterns = patternsByLanguage.get(language);
  if (!patterns) {
    const words = language.editorialDates;
    patterns = {
      qualifiers: words.qualifiers.map(([source, meaning]) => [
        new RegExp(`^(?:${source})${meaning === 'circa' ? '\\s*' : '\\s+'}`, 'iu'),
        meaning,
      ]),
      between: new RegExp(`^(?:${words.between})\\s+`, 'iu'),
      and: new RegExp(`\\s+(?:${words.and})\\s+`, 'iu'),
      range: new RegExp(`\\s*[\u2013\u2014-]\\s*|\\s+(?:${words.rangeWords})\\s+`, 'iu'),
      part: new RegExp(
        `^(${[...words.monthParts, ...words.seasons].map(([source]) => `(?:${source})`).join('|')})` +
          `(?:\\s+|-|(?<=['\u2019]))(?:(\\p{L}+\\.?)\\s+)?(\\d{4})\\??$`,
        'iu',
      ),
      datePart: new RegExp(
        `^(?:(\\d{1,2})${dayOrdinalPattern(language)}(\\?)?(?:\\s+|$))?(?:(\\p{L}+\\.?)(\\?)?(?:\\s+|(?=\\d)|$))?(\\d{3,4})?(\\?)?$`,
        'u',
      ),
    };
    patternsByLanguage.set(language, patterns);
  }
  return patterns;
}

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
  const language = editionWords().language;
  const patterns = datePatterns(language);
  let qualifier: DateQualifier = 'exact';
  for (const [pattern, name] of patterns.qualifiers) {
    const found = pattern.exec(body);
    if (found) {
      qualifier = name;
      body = body.slice(found[0].length);
      offset += found[0].length;
      break;
    }
  }
  const wholeSpan = { start: offset, end: offset + body.length };
  if (qualifier === 'exact') {
    const period = periodOf(body, language, patterns.part);
    if (period) return { value: period };
  }
  const between = patterns.between.exec(body);
  if (between) {
    body = body.slice(between[0].length);
    offset += between[0].length;
  }
  const parts = body.split(between ? patterns.and : patterns.range);
  if (parts.length > 2 || body === '') return { problem: notADate(raw, inner) };
  const parsed = parts.map((part) => patterns.datePart.exec(part));
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

/**
 * `[early September 1929]`, `[mid-July 1930]`, `[end of August 1926]`, `[summer 1926]`: the days
 * they cover (the language's `monthParts` and `seasons`: in English early or beginning of is days
 * 1–10, mid 11–20, late or end of 21 to the last; seasons of the northern hemisphere).
 */
function periodOf(body: string, language: Language, pattern: RegExp): EditorialDate | undefined {
  const found = pattern.exec(body);
  if (!found) return undefined;
  const phrase = found[1] ?? '';
  const word = found[2];
  const year = Number(found[3]);
  const whole = (source: string) => new RegExp(`^(?:${source})$`, 'iu').test(phrase);
  const monthPart = language.editorialDates.monthParts.find(([source]) => whole(source));
  if (monthPart) {
    const month = monthOf(word ?? '');
    if (month === undefined) return undefined;
    const [, first, last] = monthPart;
    return {
      qualifier: 'approximate',
      date: { year, month, day: first },
      until: { year, month, day: last ?? daysInMonth(month, year) },
    };
  }
  const season = language.editorialDates.seasons.find(([source]) => whole(source));
  if (!season || word !== undefined) return undefined;
  const [, first, last] = season;
  const lastYear = last < first ? year + 1 : year;
  return {
    qualifier: 'approximate',
    date: { year, month: first, day: 1 },
    until: { year: lastYear, month: last, day: daysInMonth(last, lastYear) },
  };
}

/**
 * The earliest and the latest day an editorial date allows (TEI's `notBefore` / `notAfter`);
 * undefined where it is open: `[after 1 September 1926]` has no latest day.
 */
export function dateBounds(value: EditorialDate): { notBefore?: CalendarDate; notAfter?: CalendarDate } {
  const latest = latestDay(value.until ?? value.date);
  switch (value.qualifier) {
    case 'before':
    case 'notAfter':
      return { notAfter: latest };
    case 'after':
    case 'notBefore':
      return { notBefore: value.date };
    default:
      return { notBefore: value.date, notAfter: latest };
  }
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
