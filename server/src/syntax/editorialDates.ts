import { isValidDay, type CalendarDate } from './calendar';
import type { DateDefect } from './dateDefects';
import type { EditorialDateWords, PeriodPart, Season } from './dateWords';
import type { Span } from './span';
import { dayOrdinalPattern, misspeltMonth, monthOf, type Language } from './vocabulary';

/**
 * The families of editorial dates: a day, month or year (`point`); a `range` of them (`2–5 July`,
 * `between … and …`); `oneOf` two (`3 or 4 July`); a `part` of a month or year (`early July`,
 * `second half of 1926`); a `season`; open or closed `bounds` (`before`, `not earlier than`,
 * `after 2 and before 5 July`); `undated`.
 */
export type DateForm = 'point' | 'range' | 'oneOf' | 'part' | 'season' | 'bounds' | 'undated';

/** One bound of a `bounds` date, and whether its own day is allowed (`not before` yes, `after` no). */
export interface DateBound {
  readonly date: CalendarDate;
  readonly inclusive: boolean;
}

/** What an editorial date such as `[24 May 1926]`, `[c. 30 August 1926]` or `[summer 1926]` says. */
export interface EditorialDate {
  readonly form: DateForm;
  /**
   * The day, month or year; the first end of a range or of two alternatives; the month or year a
   * part is of; the year a season begins in; the lower bound, else the upper. Nothing for undated.
   */
  readonly date: CalendarDate;
  /** The last end of a range, the second of two alternatives. */
  readonly until?: CalendarDate;
  readonly after?: DateBound;
  readonly before?: DateBound;
  readonly part?: PeriodPart;
  readonly season?: Season;
  /** An estimate: `c.`, `about`, `vers`. */
  readonly circa: boolean;
  /** Doubted: a question mark inside or after the date, `(?)`. */
  readonly uncertain: boolean;
}

/** An editorial date read: its value, or what keeps it from being one. */
export type EditorialDateReading =
  | { readonly value: EditorialDate; readonly defect?: undefined }
  | { readonly value?: undefined; readonly defect: DateDefect };

/** The patterns of one language's editorial dates, built once per language. */
interface Grammar {
  readonly language: Language;
  readonly undated: RegExp;
  readonly circa: RegExp;
  readonly lower: readonly (readonly [RegExp, boolean])[];
  readonly upper: readonly (readonly [RegExp, boolean])[];
  readonly between: RegExp;
  readonly and: RegExp;
  readonly or: RegExp;
  readonly range: RegExp;
  readonly rangeStart: RegExp | undefined;
  readonly parts: readonly (readonly [RegExp, PeriodPart])[];
  readonly seasons: readonly (readonly [RegExp, Season])[];
  readonly point: RegExp;
}

const grammars = new WeakMap<Language, Grammar>();

function grammarOf(language: Language): Grammar {
  const known = grammars.get(language);
  if (known) return known;
  const words: EditorialDateWords = language.editorialDates;
  const leading = <T>(entries: readonly (readonly [string, T])[], after: string) =>
    entries.map(([source, meaning]) => [new RegExp(`^(?:${source})${after}`, 'iu'), meaning] as const);
  const grammar: Grammar = {
    language,
    undated: new RegExp(`^(?:${words.undated})$`, 'iu'),
    circa: new RegExp(`^(?:${words.circa})(?:\\s+|(?<=\\.)\\s*)`, 'iu'),
    lower: leading(words.lowerBounds, '\\s+'),
    upper: leading(words.upperBounds, '\\s+'),
    between: new RegExp(`^(?:${words.between})\\s+`, 'iu'),
    and: new RegExp(`\\s+(?:${words.and})(?:\\s+|$)`, 'iu'),
    or: new RegExp(`\\s+(?:${words.or})(?:\\s+|$)`, 'iu'),
    range: new RegExp(`\\s*[\\u2013\\u2014-]\\s*|\\s+(?:${words.rangeWords})(?:\\s+|$)`, 'iu'),
    rangeStart: words.rangeStart ? new RegExp(`^(?:${words.rangeStart})\\s+`, 'iu') : undefined,
    // The month or year follows a space, a hyphen (`mid-July`) or an apostrophe (`fin d'août`).
    parts: leading(words.parts, `(?:\\s+|-|(?<=['\u2019]))`),
    seasons: leading(words.seasons, `(?:\\s+(?:${words.seasonOf ?? '(?!)'}))?\\s+`),
    point: new RegExp(
      `^(?:(\\d{1,2})${dayOrdinalPattern(language)}(\\?)?(?:\\s+|$))?(?:(\\p{L}+\\.?)(\\?)?(?:\\s+|(?=\\d)|$))?(\\d+)?(\\?)?$`,
      'du',
    ),
  };
  grammars.set(language, grammar);
  return grammar;
}

/** A stretch of the date's text and where it starts in the document. */
interface Piece {
  readonly text: string;
  readonly start: number;
}

const spanOf = (piece: Piece): Span => ({ start: piece.start, end: piece.start + piece.text.length });

function trimmed(piece: Piece): Piece {
  const text = piece.text.trim();
  return { text, start: piece.start + piece.text.length - piece.text.trimStart().length };
}

/** `piece` cut at the first match of `pattern`: before and after it, and the joining word or dash. */
function split(piece: Piece, pattern: RegExp): [Piece, Piece, Piece] | undefined {
  const found = pattern.exec(piece.text);
  if (!found) return undefined;
  const end = found.index + found[0].length;
  return [
    { text: piece.text.slice(0, found.index), start: piece.start },
    { text: piece.text.slice(end), start: piece.start + end },
    trimmed({ text: found[0], start: piece.start + found.index }),
  ];
}

/** `piece` after a leading match of one of `patterns`, with that pattern's meaning. */
function after<T>(piece: Piece, patterns: readonly (readonly [RegExp, T])[]): [Piece, T] | undefined {
  for (const [pattern, meaning] of patterns) {
    const found = pattern.exec(piece.text);
    if (found)
      return [{ text: piece.text.slice(found[0].length), start: piece.start + found[0].length }, meaning];
  }
  return undefined;
}

type Result<T> = { readonly ok: T } | { readonly defect: DateDefect };

/** A point as written, before it takes the month and year it leaves out from the point after it. */
interface WrittenPoint {
  readonly date: CalendarDate;
  readonly uncertain: boolean;
  readonly piece: Piece;
}

/**
 * Reads the text between an editorial date's brackets (`inner`, in `text`'s offsets) in `language`.
 * Never throws; a text that is not a date gets a defect with its place.
 */
export function parseEditorialDate(text: string, inner: Span, language: Language): EditorialDateReading {
  const grammar = grammarOf(language);
  let piece = trimmed({ text: text.slice(inner.start, inner.end), start: inner.start });
  const unreadable = (): EditorialDateReading => ({
    defect: { kind: 'unreadable', text: piece.text, span: inner },
  });
  if (piece.text === '') return unreadable();
  if (grammar.undated.test(piece.text))
    return { value: { form: 'undated', date: NO_DATE, circa: false, uncertain: false } };
  // A question mark after the whole date, or `(?)`, doubts all of it; one inside (`5? July`) the point reads.
  const doubt = /\s*(?:\(\?\)|\?)$/.exec(piece.text);
  if (doubt) piece = { text: piece.text.slice(0, doubt.index), start: piece.start };
  const circa = after(piece, [[grammar.circa, true]]);
  if (circa) piece = circa[0];
  const result = readForm(grammar, piece);
  if ('defect' in result) return { defect: result.defect };
  const value = result.ok;
  return {
    value: { ...value, circa: circa !== undefined, uncertain: value.uncertain || doubt !== null },
  };
}

const NO_DATE: CalendarDate = { year: undefined, month: undefined, day: undefined };

function readForm(grammar: Grammar, piece: Piece): Result<EditorialDate> {
  const base = { circa: false, uncertain: false };
  const lower = after(piece, grammar.lower);
  const upper = lower ? undefined : after(piece, grammar.upper);
  if (lower) {
    const both = split(lower[0], grammar.and);
    const second = both && after(both[1], grammar.upper);
    if (both && !second) return missing(both[1], both[2]) ?? unreadableIn(piece);
    const pair = second
      ? readPair(grammar, both[0], second[0], both[2].text, 'bounds')
      : readPair(grammar, undefined, lower[0], '', 'bounds');
    if ('defect' in pair) return pair;
    const [first, last, uncertain] = pair.ok;
    const afterBound = { date: second ? first : last, inclusive: lower[1] };
    const beforeBound = second ? { date: last, inclusive: second[1] } : undefined;
    return {
      ok: {
        ...base,
        form: 'bounds',
        date: afterBound.date,
        after: afterBound,
        ...(beforeBound ? { before: beforeBound } : {}),
        uncertain,
      },
    };
  }
  if (upper) {
    const point = readPair(grammar, undefined, upper[0], '', 'bounds');
    if ('defect' in point) return point;
    const [, date, uncertain] = point.ok;
    return { ok: { ...base, form: 'bounds', date, before: { date, inclusive: upper[1] }, uncertain } };
  }
  const between = after(piece, [[grammar.between, true]]);
  if (between) {
    const ends = split(between[0], grammar.and);
    if (!ends) return unreadableIn(piece);
    return joined(grammar, ends, 'range');
  }
  const alternatives = split(piece, grammar.or);
  if (alternatives) return joined(grammar, alternatives, 'oneOf');
  const period = readPeriod(grammar, piece);
  if (period) return period;
  const start = grammar.rangeStart && after(piece, [[grammar.rangeStart, true]]);
  const ends = split(start ? start[0] : piece, grammar.range);
  if (ends) return joined(grammar, ends, 'range');
  const point = readPair(grammar, undefined, piece, '', 'point');
  if ('defect' in point) return point;
  return { ok: { ...base, form: 'point', date: point.ok[1], uncertain: point.ok[2] } };
}

function unreadableIn(piece: Piece): { defect: DateDefect } {
  return { defect: { kind: 'unreadable', text: piece.text, span: spanOf(piece) } };
}

/** A joining word with nothing after it (`[spring 1926 or]`), or nothing before it: the word is the place. */
function missing(piece: Piece, joiner: Piece): { defect: DateDefect } | undefined {
  return piece.text.trim() === ''
    ? { defect: { kind: 'missingEnd', joiner: joiner.text, span: spanOf(joiner) } }
    : undefined;
}

function joined(
  grammar: Grammar,
  [head, tail, joiner]: [Piece, Piece, Piece],
  form: 'range' | 'oneOf',
): Result<EditorialDate> {
  const gap = missing(tail, joiner) ?? missing(head, joiner);
  if (gap) return gap;
  const pair = readPair(grammar, head, tail, joiner.text, form);
  if ('defect' in pair) return pair;
  const [date, until, uncertain] = pair.ok;
  return { ok: { form, date, until, circa: false, uncertain } };
}

/**
 * Reads one point, or two where the first leaves out what the second gives (`2` of `2–5 July
 * 1926`, `30 June` of `30 June–2 July 1926`; `28 December` of `28 December–3 January 1927` is of
 * the year before). A range or two bounds must leave at least a day between their ends.
 */
function readPair(
  grammar: Grammar,
  head: Piece | undefined,
  tail: Piece,
  joiner: string,
  form: DateForm,
): Result<[CalendarDate, CalendarDate, boolean]> {
  const last = readPoint(grammar, trimmed(tail), true);
  if ('defect' in last) return last;
  const lastDate = last.ok.date;
  if (!head) {
    const checked = checkDay(lastDate, last.ok.piece);
    return checked ?? { ok: [lastDate, lastDate, last.ok.uncertain] };
  }
  const first = readPoint(grammar, trimmed(head), false);
  if ('defect' in first) return first;
  const written = first.ok.date;
  const month = written.month ?? (written.day !== undefined ? lastDate.month : undefined);
  const laterInYear =
    written.year === undefined &&
    month !== undefined &&
    lastDate.month !== undefined &&
    month > lastDate.month;
  const year =
    written.year ?? (lastDate.year !== undefined && laterInYear ? lastDate.year - 1 : lastDate.year);
  const firstDate: CalendarDate = { year, month, day: written.day };
  const checked = checkDay(firstDate, first.ok.piece) ?? checkDay(lastDate, last.ok.piece);
  if (checked) return checked;
  const order = compareWritten(firstDate, lastDate);
  const empty = form === 'bounds' ? order >= 0 : form === 'range' ? order > 0 : false;
  if (empty || (form === 'range' && order === 0 && joiner !== ''))
    return {
      defect: {
        kind: 'reversed',
        first: firstDate,
        last: lastDate,
        span: { start: head.start, end: spanOf(tail).end },
      },
    };
  return { ok: [firstDate, lastDate, first.ok.uncertain || last.ok.uncertain] };
}

/** Orders two written dates by their first days (a month before its days counts as equal). */
function compareWritten(a: CalendarDate, b: CalendarDate): number {
  return (
    (a.year ?? 0) - (b.year ?? 0) ||
    (a.month === undefined || b.month === undefined ? 0 : a.month - b.month) ||
    (a.day === undefined || b.day === undefined ? 0 : a.day - b.day)
  );
}

function checkDay(date: CalendarDate, piece: Piece): { defect: DateDefect } | undefined {
  const span = spanOf(piece);
  if (date.day === undefined) return undefined;
  if (date.month === undefined) return { defect: { kind: 'dayWithoutMonth', span } };
  if (!isValidDay(date.day, date.month, date.year))
    return { defect: { kind: 'impossibleDay', day: date.day, month: date.month, year: date.year, span } };
  return undefined;
}

/**
 * A day, month and year as written (`5 July 1926`, `5? July 1926`, `July 1926`, `1926`, `5`,
 * `5 July`); only the last point of a date must have its year.
 */
function readPoint(grammar: Grammar, piece: Piece, needsYear: boolean): Result<WrittenPoint> {
  const found = grammar.point.exec(piece.text);
  if (!found || piece.text === '') return unreadableIn(piece);
  const [, dayText, dayDoubt, word, wordDoubt, yearText, yearDoubt] = found;
  const uncertain = dayDoubt !== undefined || wordDoubt !== undefined || yearDoubt !== undefined;
  const month = word === undefined ? undefined : monthOf(grammar.language, word);
  if (word !== undefined && month === undefined) {
    if (dayText === undefined && yearText === undefined) return unreadableIn(piece);
    const at = piece.start + (found.indices?.[3]?.[0] ?? 0);
    return {
      defect: {
        kind: 'unknownMonth',
        word,
        meant: misspeltMonth(grammar.language, word),
        span: { start: at, end: at + word.length },
      },
    };
  }
  if (yearText !== undefined && yearText.length !== 4) {
    if (dayText === undefined && word === undefined) return unreadableIn(piece);
    return { defect: { kind: 'truncatedYear', yearText, span: spanOf(piece) } };
  }
  if (needsYear && yearText === undefined) return { defect: { kind: 'noYear', span: spanOf(piece) } };
  const glued = /\p{L}\.?\d/u.exec(piece.text);
  if (glued) {
    const at = piece.start + glued.index + glued[0].length - 1;
    return { defect: { kind: 'gluedYear', text: piece.text, at, span: spanOf(piece) } };
  }
  const date: CalendarDate = {
    year: yearText === undefined ? undefined : Number(yearText),
    month,
    day: dayText === undefined ? undefined : Number(dayText),
  };
  return { ok: { date, uncertain, piece } };
}

/** A part of a month or year (`early July 1926`, `mid-1926`) or a season (`summer 1926`, `winter 1926/27`). */
function readPeriod(grammar: Grammar, piece: Piece): Result<EditorialDate> | undefined {
  const base = { circa: false, uncertain: false };
  const part = after(piece, grammar.parts);
  if (part) {
    const point = readPoint(grammar, trimmed(part[0]), true);
    if ('defect' in point) return point;
    if (point.ok.date.day !== undefined) return unreadableIn(piece);
    return {
      ok: { ...base, form: 'part', part: part[1], date: point.ok.date, uncertain: point.ok.uncertain },
    };
  }
  const season = after(piece, grammar.seasons);
  if (!season) return undefined;
  const years = /^(\d{4})(?:\s*[/\u2013-]\s*(\d{2}|\d{4}))?$/.exec(season[0].text.trim());
  if (!years) return unreadableIn(piece);
  const year = Number(years[1]);
  const next = years[2];
  // Two digits are the year's last two, in the next century after `99` (`1799/00`).
  const nextYear =
    next === undefined
      ? undefined
      : next.length === 2
        ? Math.floor((year + 1) / 100) * 100 + Number(next)
        : Number(next);
  // Only winter spans two years, and only written with both is it clear which winter is meant.
  if (season[1] === 'winter' && nextYear !== year + 1)
    return next === undefined
      ? { defect: { kind: 'ambiguousWinter', year, span: spanOf(piece) } }
      : unreadableIn(piece);
  if (season[1] !== 'winter' && next !== undefined) return unreadableIn(piece);
  return {
    ok: {
      ...base,
      form: 'season',
      season: season[1],
      date: { year, month: undefined, day: undefined },
    },
  };
}
