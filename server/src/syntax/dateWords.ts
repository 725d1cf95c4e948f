/**
 * The words of editorial dates, a table per language. The grammar (`editorialDates.ts`) is the
 * same for every language; only these words differ. Each entry is a regular-expression source,
 * read in any case; longer phrases are tried before their prefixes (`not before` before `before`).
 */

/** A part of a month or a year; the days or months each covers are fixed in `dateInterval.ts`. */
export type PeriodPart = 'early' | 'middle' | 'late' | 'firstHalf' | 'secondHalf' | 'firstDays';

/** A season of the northern hemisphere: spring March–May, summer June–August, autumn September–November, winter December–February. */
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** The words editorial dates are written with in one language. */
export interface EditorialDateWords {
  /** A letter the editor could not date: `undated`, `n.d.`. */
  readonly undated: string;
  /** Before a date the editor estimates: `c.`, `circa`, `about`. */
  readonly circa: string;
  /** Lower bounds, and whether the day named is itself allowed (`not before`: yes; `after`: no). */
  readonly lowerBounds: readonly (readonly [source: string, inclusive: boolean])[];
  /** Upper bounds likewise (`no later than`: yes; `before`: no). */
  readonly upperBounds: readonly (readonly [source: string, inclusive: boolean])[];
  /** `between … and …`, and the `and` that also joins two bounds. */
  readonly between: string;
  readonly and: string;
  /** One of two dates: `or`. */
  readonly or: string;
  /** What joins the two ends of a range besides a dash (`to`, `through`); `rangeStart` may stand before the first (French `du … au …`). */
  readonly rangeWords: string;
  readonly rangeStart?: string;
  /** Parts of a month or a year (`early`, `mid-`, `end of`, `first half of`). */
  readonly parts: readonly (readonly [source: string, part: PeriodPart])[];
  /** Seasons; what may follow the season word before the year (`of`). */
  readonly seasons: readonly (readonly [source: string, season: Season])[];
  readonly seasonOf?: string;
}

/** English: `[not before 3 June 1926]`, `[after 2 and before 5 July 1926]`, `[first half of December 1926]`, `[winter 1926/27]`. */
export const ENGLISH_DATE_WORDS: EditorialDateWords = {
  undated: 'undated|n\\.\\s?d\\.|no date|date unknown',
  circa: 'circa|c\\.|ca\\.|about|around|approximately|approx\\.',
  lowerBounds: [
    ['after|later than', false],
    ['not before|no earlier than|not earlier than', true],
  ],
  upperBounds: [
    ['before|earlier than', false],
    ['not after|no later than|not later than|by', true],
  ],
  between: 'between',
  and: 'and',
  or: 'or',
  rangeWords: 'to|through|until|till',
  parts: [
    ['early|(?:the )?beginning of|(?:the )?start of', 'early'],
    ['mid|(?:the )?middle of', 'middle'],
    ['late|(?:the )?end of', 'late'],
    ['(?:the )?first half of', 'firstHalf'],
    ['(?:the )?second half of', 'secondHalf'],
    ['(?:the )?first days of', 'firstDays'],
  ],
  seasons: [
    ['spring', 'spring'],
    ['summer', 'summer'],
    ['autumn|fall', 'autumn'],
    ['winter', 'winter'],
  ],
  seasonOf: 'of',
};

/** `de`, `d'` or `d’` after a French part word: `fin de juin`, `fin d’août`. */
const DE = "(?:\\s+(?:du mois de|de|d['’]))?";

/**
 * French: `[avant le 12 mars 1931]`, `[vers le 10 juin 1926]`, `[entre le 3 et le 7 juin 1926]`,
 * `[du 2 au 5 juillet 1926]`, `[3 ou 4 juillet 1926]`, `[début juillet 1926]`, `[mi-juillet 1930]`,
 * `[premiers jours de juillet 1926]`, `[été 1926]`, `[hiver 1926/27]`, `[s.d.]`.
 */
export const FRENCH_DATE_WORDS: EditorialDateWords = {
  undated: 'sans date|s\\.\\s?d\\.|non daté|non datée',
  circa: 'vers(?: le)?|env\\.|environ|ca\\.|circa|autour du',
  lowerBounds: [
    ['après(?: le)?', false],
    ['pas avant(?: le)?|au plus tôt(?: le)?|à partir du|pas plus tôt que(?: le)?', true],
  ],
  upperBounds: [
    ['avant(?: le)?', false],
    ['pas après(?: le)?|au plus tard(?: le)?|pas plus tard que(?: le)?', true],
  ],
  between: 'entre(?: le)?',
  and: 'et(?: le)?',
  or: 'ou(?: le)?',
  rangeWords: 'au',
  rangeStart: 'du',
  parts: [
    [`(?:au )?début${DE}`, 'early'],
    [`mi|(?:au )?milieu${DE}`, 'middle'],
    [`(?:à la )?fin${DE}`, 'late'],
    [`(?:la )?première (?:quinzaine|moitié)${DE}`, 'firstHalf'],
    [`(?:la )?(?:seconde|deuxième) (?:quinzaine|moitié)${DE}`, 'secondHalf'],
    [`(?:les )?premiers jours${DE}`, 'firstDays'],
  ],
  seasons: [
    ['printemps', 'spring'],
    ['été', 'summer'],
    ['automne', 'autumn'],
    ['hiver', 'winter'],
  ],
  seasonOf: "de|d[’']",
};
