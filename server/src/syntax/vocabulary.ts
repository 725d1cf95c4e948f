/**
 * The edition's words, in one place: month and weekday names, the abbreviations of archival
 * citations, and the rules that read them. Every module that recognises one of these words asks
 * this module, so the rules cannot drift apart.
 *
 * The names come from a table per language (`Language`). English is the language of the edition
 * the tool is built on; another language is one more table of the same shape.
 */

/** The calendar words of one language. */
export interface Language {
  /** Month names, January first, as written in running text (capitalised where the language does). */
  readonly months: readonly string[];
  /** The usual abbreviations with their period (`Aug.`), lower case, mapped to the month (1–12). */
  readonly monthAbbreviations: Readonly<Record<string, number>>;
  /** Weekday names, Sunday first (the order of `Date.getUTCDay`). */
  readonly weekdays: readonly string[];
}

/** English, the language of the sample edition. */
export const ENGLISH: Language = {
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  monthAbbreviations: {
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
  },
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

const LOWER_MONTHS = ENGLISH.months.map((month) => month.toLowerCase());
const LOWER_WEEKDAYS = ENGLISH.weekdays.map((weekday) => weekday.toLowerCase());

/** The name of a month (1–12): `June`. */
export function monthName(month: number): string {
  return ENGLISH.months[month - 1] ?? '';
}

/** The name of a weekday (0 = Sunday): `Friday`. */
export function weekdayName(weekday: number): string {
  return ENGLISH.weekdays[weekday] ?? '';
}

/**
 * The month (1–12) a date names, for reading dates: a capitalised full name or one of the usual
 * abbreviations with its period (`June`, `Aug.`). Strict, because a date is checked against it.
 */
export function monthOf(word: string): number | undefined {
  if (!/^\p{Lu}/u.test(word)) return undefined;
  const lower = word.toLowerCase();
  const full = LOWER_MONTHS.indexOf(lower);
  if (full >= 0) return full + 1;
  return ENGLISH.monthAbbreviations[lower];
}

/**
 * Whether a word of any case could be a month, for telling what a number is not (`15 june`,
 * `Sept 3`): a full name or any prefix of three letters or more, with or without a period. Loose,
 * because it only keeps numbers from being taken for note markers or persons.
 */
export function isMonthWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return LOWER_MONTHS.some((month) => month === lower || (lower.length >= 3 && month.startsWith(lower)));
}

/** The weekday (0 = Sunday) a word of any case names in full, if any. */
export function weekdayOf(word: string): number | undefined {
  const index = LOWER_WEEKDAYS.indexOf(word.toLowerCase());
  return index >= 0 ? index : undefined;
}

/** The weekday names as a regular-expression alternation (`Sunday|Monday|…`), capitalised. */
export const WEEKDAY_PATTERN = ENGLISH.weekdays.join('|');

/**
 * The month a misspelt capitalised word was meant to be (`Sepember`, `Jnue`): one edit away
 * (two for long names), counting a swap of neighbours as one edit. Undefined for real month names.
 */
export function misspeltMonth(word: string): number | undefined {
  if (!/^\p{Lu}\p{Ll}{2,10}$/u.test(word) || monthOf(word) !== undefined) return undefined;
  const lower = word.toLowerCase();
  const index = LOWER_MONTHS.findIndex((month) => editDistance(lower, month) <= (month.length >= 6 ? 2 : 1));
  return index >= 0 ? index + 1 : undefined;
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

/**
 * Abbreviations of archival citations, volumes and pages (`f.`, `op.`, `d.`, `l.`, `vol.`, `p.`,
 * `No.`), lower case, without their period: a number after one is an archival or page number.
 */
export const CITATION_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'f',
  'op',
  'd',
  'l',
  'll',
  'vyp',
  'vol',
  'vols',
  'p',
  'pp',
  'no',
  'nos',
  'fig',
  'art',
  'ch',
  'sec',
  'para',
]);

/** Whether `text` ends with a citation abbreviation (period optional) or a colon, then spaces. */
export function endsWithCitation(text: string): boolean {
  const match = /(?:\b(\p{L}+)\.?|:)[ \u00A0]*$/u.exec(text);
  if (!match) return false;
  return match[1] === undefined || CITATION_ABBREVIATIONS.has(match[1].toLowerCase());
}
