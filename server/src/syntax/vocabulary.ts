/**
 * The edition's words, in one place: month and weekday names, the abbreviations of archival
 * citations, and the rules that read them. Every module that recognises one of these words asks
 * this module, so the rules cannot drift apart.
 *
 * The names come from a table per language (`Language`). English is the language of the edition
 * the tool is built on; another language is one more table of the same shape. Every look-up is
 * given its language: each edition reads its documents with its own words (`DocumentModel.words`),
 * so two editions in one process never read with each other's.
 */

import { ENGLISH_DATE_WORDS, FRENCH_DATE_WORDS, type EditorialDateWords } from './dateWords';

/** The calendar words of one language. */
export interface Language {
  /** The language's code, as `letters.language` and `edition.json`'s `language` name it (`en`, `fr`). */
  readonly code: string;
  /** The heading word its editions usually write (`Letter`, `Lettre`), unless `letters.headingWord` says otherwise. */
  readonly headingWord: string;
  /** Month names, January first, as written in running text (capitalised where the language does). */
  readonly months: readonly string[];
  /** Whether month names are capitalised (English); otherwise they are written in lower case (French) and either case is read. */
  readonly capitalisedMonths: boolean;
  /** The usual abbreviations with their period (`Aug.`), lower case, mapped to the month (1–12). */
  readonly monthAbbreviations: Readonly<Record<string, number>>;
  /** Weekday names, Sunday first (the order of `Date.getUTCDay`). */
  readonly weekdays: readonly string[];
  /** What may follow a day number before its month, as a regular-expression source (French `1er`); empty for none. */
  readonly dayOrdinal: string;
  /** The words of editorial dates, each a regular-expression source read in any case. */
  readonly editorialDates: EditorialDateWords;
  /** Lower-case words a dateline may hold besides places and the date (`sent from`). */
  readonly datelineWords: readonly string[];
}

/** English, the language of the sample edition. */
export const ENGLISH: Language = {
  code: 'en',
  headingWord: 'Letter',
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
  capitalisedMonths: true,
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
  dayOrdinal: '',
  editorialDates: ENGLISH_DATE_WORDS,
  datelineWords: ['sent', 'from', 'on', 'received', 'and', 'deciphered', 'written', 'at', 'in', 'dispatched'],
};

/**
 * French: months and weekdays in lower case, `1er` for the first day, `[avant le 12 mars 1931]`,
 * `[entre le 3 et le 7 juin 1926]`, `[mi-juillet 1930]`, `[été 1926]`.
 */
export const FRENCH: Language = {
  code: 'fr',
  headingWord: 'Lettre',
  months: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  capitalisedMonths: false,
  monthAbbreviations: {
    'janv.': 1,
    'févr.': 2,
    'avr.': 4,
    'juil.': 7,
    'sept.': 9,
    'oct.': 10,
    'nov.': 11,
    'déc.': 12,
  },
  weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  dayOrdinal: 'er',
  editorialDates: FRENCH_DATE_WORDS,
  datelineWords: [
    'envoyé',
    'envoyée',
    'de',
    'depuis',
    'le',
    'reçu',
    'reçue',
    'et',
    'déchiffré',
    'écrit',
    'à',
    'en',
  ],
};

/** The built-in languages by code; a new language is one more table of the shape of {@link ENGLISH}. */
export const LANGUAGES: Readonly<Record<string, Language>> = { en: ENGLISH, fr: FRENCH };

/** The words an edition is read with: its language and the word of its headings. */
export interface EditionWords {
  readonly language: Language;
  /** The word before a letter's number in its heading: `Letter`, `Brief`, `Lettre`, `Письмо`, `No.`. */
  readonly headingWord: string;
}

/** English and `Letter`, the words of the sample edition. */
export const DEFAULT_WORDS: EditionWords = { language: ENGLISH, headingWord: ENGLISH.headingWord };

/** Whether two sets of the edition's words read a text alike. */
export function sameWords(a: EditionWords, b: EditionWords): boolean {
  return a.language === b.language && a.headingWord === b.headingWord;
}

/** A language's month and weekday names in lower case, for the look-ups below; made once per language. */
interface Derived {
  readonly lowerMonths: readonly string[];
  readonly lowerWeekdays: readonly string[];
}

const derived = new WeakMap<Language, Derived>();

function lower(language: Language): Derived {
  let found = derived.get(language);
  if (!found) {
    found = {
      lowerMonths: language.months.map((month) => month.toLowerCase()),
      lowerWeekdays: language.weekdays.map((weekday) => weekday.toLowerCase()),
    };
    derived.set(language, found);
  }
  return found;
}

/**
 * The edition's words from the settings and `edition.json`: `letters.language` when it names a
 * built-in language, else the primary subtag of `edition.json`'s `language` (`fr-CH` → `fr`) when
 * built in, else English; `letters.headingWord` when set, else `edition.json`'s `headingWord`,
 * else the language's usual heading word.
 */
export function resolveEditionWords(
  settings: { readonly language?: string; readonly headingWord?: string },
  edition: { readonly language?: string; readonly headingWord?: string } = {},
): EditionWords {
  const byCode = (code: string | undefined) =>
    code === undefined ? undefined : LANGUAGES[code.toLowerCase().split('-')[0] ?? ''];
  const language = byCode(settings.language) ?? byCode(edition.language) ?? ENGLISH;
  const headingWord = settings.headingWord?.trim() || edition.headingWord?.trim() || language.headingWord;
  return { language, headingWord };
}

/** The name of a month (1–12) in `language`: `June`. */
export function monthName(language: Language, month: number): string {
  return language.months[month - 1] ?? '';
}

/** The name of a weekday (0 = Sunday) in `language`: `Friday`. */
export function weekdayName(language: Language, weekday: number): string {
  return language.weekdays[weekday] ?? '';
}

/**
 * The month (1–12) a date names, for reading dates: a full name or one of the usual abbreviations
 * with its period (`June`, `Aug.`), capitalised where the language capitalises months. Strict,
 * because a date is checked against it.
 */
export function monthOf(language: Language, word: string): number | undefined {
  if (language.capitalisedMonths && !/^\p{Lu}/u.test(word)) return undefined;
  const lowerWord = word.toLowerCase();
  const full = lower(language).lowerMonths.indexOf(lowerWord);
  if (full >= 0) return full + 1;
  return language.monthAbbreviations[lowerWord];
}

/**
 * Whether a word of any case could be a month, for telling what a number is not (`15 june`,
 * `Sept 3`): a full name or any prefix of three letters or more, with or without a period. Loose,
 * because it only keeps numbers from being taken for note markers or persons.
 */
export function isMonthWord(language: Language, word: string): boolean {
  const lowerWord = word.toLowerCase().replace(/\.$/, '');
  return lower(language).lowerMonths.some(
    (month) => month === lowerWord || (lowerWord.length >= 3 && month.startsWith(lowerWord)),
  );
}

/** The weekday (0 = Sunday) a word of any case names in full in `language`, if any. */
export function weekdayOf(language: Language, word: string): number | undefined {
  const index = lower(language).lowerWeekdays.indexOf(word.toLowerCase());
  return index >= 0 ? index : undefined;
}

/** The optional ordinal after a day number (`1er`), as a regular-expression source. */
export function dayOrdinalPattern(language: Language): string {
  return language.dayOrdinal ? `(?:${language.dayOrdinal})?` : '';
}

/** The weekday names as a regular-expression alternation (`Sunday|Monday|…`), as the language writes them. */
export function weekdayPattern(language: Language): string {
  return language.weekdays.join('|');
}

/**
 * The month a misspelt word (capitalised where months are) was meant to be (`Sepember`, `Jnue`): one edit away
 * (two for long names), counting a swap of neighbours as one edit. Undefined for real month names.
 */
export function misspeltMonth(language: Language, word: string): number | undefined {
  const shape = language.capitalisedMonths ? /^\p{Lu}\p{Ll}{2,10}$/u : /^\p{L}\p{Ll}{2,10}$/u;
  if (!shape.test(word) || monthOf(language, word) !== undefined) return undefined;
  const lowerWord = word.toLowerCase();
  const index = lower(language).lowerMonths.findIndex(
    (month) => editDistance(lowerWord, month) <= (month.length >= 6 ? 2 : 1),
  );
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
