/**
 * The damage simulator: applies the mechanisms by which text converted from print loses characters
 * to clean prose, at positions drawn by a seeded generator, and records exactly what it changed, so
 * that the text-damage check can be measured on text nobody tuned it on (`docs/text-damage.md`).
 * Pure: text and options in, damaged text and records out.
 */

/** A mechanism of the conversion from print. */
export type DamageKind =
  /** An em dash between words deleted with its spaces: `word—word` → `wordword`. */
  | 'lostDash'
  /**
   * The en dash of a number range deleted where the format reads ranges: before a unit or quantity
   * word (`300–400 million` → `300400 million`), a page range after `pp.`, a year range (`1961–62`),
   * a day range before a month (`2–5 July`).
   */
  | 'lostRangeDash'
  /** A dash between a word and a quantity deleted: `Coal—150 million` → `Coal150 million`. */
  | 'lostNumberDash'
  /** The space at a printed line's end deleted, two words fused: `our workers` → `ourworkers`. */
  | 'lostLineEnd'
  /** A hyphen deleted: `so-called` → `socalled`. */
  | 'lostHyphen'
  /** The space after punctuation deleted: `day, if` → `day,if`. */
  | 'lostSpaceAfterPunctuation'
  /** A paragraph broken mid-sentence at a printed line's end: `the General` → `the\n\nGeneral`. */
  | 'brokenParagraph'
  /** One letter of a word changed, dropped, doubled or swapped: `rendezvous` → `rendevous`. */
  | 'typo';

/** Every kind, in the order reports list them. */
export const DAMAGE_KINDS: readonly DamageKind[] = [
  'lostDash',
  'lostRangeDash',
  'lostNumberDash',
  'lostLineEnd',
  'lostHyphen',
  'lostSpaceAfterPunctuation',
  'brokenParagraph',
  'typo',
];

/** One change the simulator made. */
export interface Damage {
  readonly kind: DamageKind;
  /** Where `damaged` starts in the damaged text (UTF-16 offset). */
  readonly offset: number;
  /** The clean text of the changed place, with the words around the change (`our workers`). */
  readonly original: string;
  /** What stands there in the damaged text (`ourworkers`); never empty. */
  readonly damaged: string;
}

/** A part of the text the simulator may change (prose; never a heading, a date or a note number). */
export interface Region {
  readonly start: number;
  readonly end: number;
}

export interface SimulationOptions {
  /** The generator's seed: the same text, regions, options and seed give the same damage. */
  readonly seed: number;
  /** Damages of each kind per 1,000 words of the regions, at most (kinds with fewer places get fewer). */
  readonly perThousandWords: number;
  /** Characters of unchanged text kept between two damages, so one finding never covers two. */
  readonly gap: number;
  /**
   * Whether a word is English (asked in lower case): a typo that makes another word (`form` →
   * `from`), or a fusion that makes one (`over-all` → `overall`, `any one` → `anyone`), is not
   * applied: the damaged text is correct English, which no check can or should report. Such fusions
   * are recorded in {@link Simulation.wordsMade}.
   */
  readonly isWord?: (word: string) => boolean;
}

export const DEFAULT_SIMULATION: SimulationOptions = { seed: 1, perThousandWords: 2, gap: 40 };

export interface Simulation {
  readonly text: string;
  /** The changes, in text order. */
  readonly damages: readonly Damage[];
  /**
   * The fusions drawn but not applied because their result is a word (see
   * {@link SimulationOptions.isWord}), as `offset`-less records of what they would have been.
   */
  readonly wordsMade: readonly Omit<Damage, 'offset'>[];
}

/** The kinds whose damage fuses two words into one token of letters, which may be a word of its own. */
const FUSIONS: ReadonlySet<DamageKind> = new Set(['lostDash', 'lostLineEnd', 'lostHyphen']);

/** A candidate change: `clean.slice(start, end)` becomes `damaged`. */
interface Place {
  readonly kind: DamageKind;
  readonly start: number;
  readonly end: number;
  readonly damaged: string;
}

/** Mulberry32: a small, fast generator of numbers in [0, 1) whose sequence is fixed by the seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const WORD = String.raw`\p{L}[\p{L}\p{M}'’]*`;
const NUMBER = String.raw`\d+`;

/**
 * Units and quantity words after which a number is a quantity (`20–30 thousand`, `150 million`,
 * `100–200 grams`, `66–70%`): the contexts in which the format reads a number range or a word glued
 * to a number (`docs/format.md`, Number ranges). Wider than the rule's own list on purpose, so that
 * the measurement shows the units the rule does not know.
 */
const UNIT = String.raw`(?:%|\s(?:thousands?|millions?|billions?|trillions?|per ?cent|percent|dollars|cents|pounds|francs|marks|rubles|roubles|kopecks|poods|puds|tons|tonnes|grams|kilograms|kg|lbs?|ounces|oz|feet|ft|inches|yards|miles|acres|hectares|desiatins|versts|metres|meters|kilometres|kilometers|km|degrees|calories|seconds|microseconds|minutes|hours|days|weeks|months|years)(?![\p{L}\d]))`;

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;

/**
 * A number range the format reads (see {@link DamageKind} `lostRangeDash`): before a unit, after
 * `pp.` or a volume's colon, a year range (a year, then a later year or its last two digits), or a
 * day range before a month. Scores (`6–5 victory`), records (`15–1`), tables (`Table 7–1`) and
 * screw sizes (`2–56`) are numbers with a dash in print but no range the format defines.
 */
const RANGE_IN_CONTEXT = new RegExp(
  [
    String.raw`(?<![\p{L}\d.,/-])(${NUMBER})–(${NUMBER})(?=${UNIT})`,
    String.raw`(?<=\bpp\. ?|\d:)(${NUMBER})–(${NUMBER})(?![\p{L}\d/–-]|[.,]\d)`,
    String.raw`(?<![\p{L}\d.,/-])(1\d{3}|20\d{2})–(\d{2}|1\d{3}|20\d{2})(?![\p{L}\d/–-]|[.,]\d)`,
    String.raw`(?<![\p{L}\d.,/-])([1-9]|[12]\d|3[01])–([1-9]|[12]\d|3[01])(?= ${MONTH})`,
  ].join('|'),
  'gu',
);

/** Whether `start`–`end` reads as a year range: the end a later year, written in full or by its last two digits. */
function yearRange(start: string, end: string): boolean {
  const full = end.length === 2 ? Number(start.slice(0, 2) + end) : Number(end);
  return full > Number(start) && full - Number(start) < 100;
}

/** The two numbers of a match of {@link RANGE_IN_CONTEXT}, from whichever alternative matched. */
function rangeParts(match: RegExpExecArray): [string, string] | undefined {
  for (let group = 1; group < match.length; group += 2) {
    const [start, end] = [match[group], match[group + 1]];
    if (start === undefined || end === undefined) continue;
    // The third alternative (years) holds only when the second year is later.
    if (group === 5 && !yearRange(start, end)) return undefined;
    // A day range ascends.
    if (group === 7 && Number(end) <= Number(start)) return undefined;
    return [start, end];
  }
  return undefined;
}

/**
 * Each mechanism as a pattern over clean text and the damaged form of a match. The patterns take
 * whole words (never part of one) so that the record reads as the damage reads in the text.
 */
const MECHANISMS: readonly {
  readonly kind: DamageKind;
  readonly pattern: RegExp;
  readonly damage: (match: RegExpExecArray) => string;
}[] = [
  {
    kind: 'lostDash',
    pattern: new RegExp(String.raw`(?<![\p{L}\d-])(${WORD}) ?— ?(${WORD})(?![\p{L}\d])`, 'gu'),
    damage: (match) => `${match[1]}${match[2]}`,
  },
  {
    kind: 'lostRangeDash',
    pattern: RANGE_IN_CONTEXT,
    damage: (match) => {
      const parts = rangeParts(match);
      return parts ? parts.join('') : '';
    },
  },
  {
    kind: 'lostNumberDash',
    pattern: new RegExp(String.raw`(?<![\p{L}\d-])(${WORD}) ?[—–] ?(${NUMBER}(?:[.,]\d+)?)(?=${UNIT})`, 'gu'),
    damage: (match) => `${match[1]}${match[2]}`,
  },
  {
    kind: 'lostLineEnd',
    pattern: new RegExp(String.raw`(?<![\p{L}\d\p{M}'’-])(${WORD}) (${WORD})(?![\p{L}\d-])`, 'gu'),
    damage: (match) => `${match[1]}${match[2]}`,
  },
  {
    kind: 'lostHyphen',
    pattern: new RegExp(String.raw`(?<![\p{L}\d-])(\p{L}+)-(\p{L}+)(?![\p{L}\d-])`, 'gu'),
    damage: (match) => `${match[1]}${match[2]}`,
  },
  {
    kind: 'lostSpaceAfterPunctuation',
    pattern: new RegExp(String.raw`(?<![\p{L}\d-])(${WORD}[,;:.?!]) (${WORD})(?![\p{L}\d-])`, 'gu'),
    damage: (match) => `${match[1]}${match[2]}`,
  },
  {
    kind: 'brokenParagraph',
    pattern: new RegExp(String.raw`(?<![\p{L}\d\p{M}'’-])(${WORD}) (${WORD})(?![\p{L}\d-])`, 'gu'),
    damage: (match) => `${match[1]}\n\n${match[2]}`,
  },
];

/** Every place in `region` where `mechanism` could act, overlapping matches included. */
function placesOf(text: string, region: Region, mechanism: (typeof MECHANISMS)[number]): Place[] {
  const places: Place[] = [];
  const { pattern } = mechanism;
  pattern.lastIndex = region.start;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    if (end > region.end) break;
    // A mechanism that cannot act on this match (a year range that descends) gives no damaged form.
    const damaged = mechanism.damage(match);
    if (damaged !== '') places.push({ kind: mechanism.kind, start: match.index, end, damaged });
    // The next match may share this one's second word (`a b c`: `a b`, then `b c`).
    pattern.lastIndex = match.index + 1;
  }
  return places;
}

const TYPO_WORD = /(?<![\p{L}\d\p{M}'’-])\p{Ll}{4,}(?![\p{L}\d\p{M}'’-])/gu;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One random edit inside `word` (its first letter kept, as readers and spellers rely on it). */
function typoOf(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 1));
  const letter = LETTERS[Math.floor(random() * LETTERS.length)] as string;
  const edit = Math.floor(random() * 4);
  if (edit === 0) return word.slice(0, at) + word.slice(at + 1);
  if (edit === 1) return word.slice(0, at) + letter + word.slice(at);
  if (edit === 2) return word.slice(0, at) + letter + word.slice(at + 1);
  if (at + 1 < word.length) return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return word.slice(0, at) + letter + word.slice(at + 1);
}

function typoPlaces(text: string, region: Region, random: () => number, options: SimulationOptions): Place[] {
  const places: Place[] = [];
  for (const match of text.slice(region.start, region.end).matchAll(TYPO_WORD)) {
    const word = match[0];
    const damaged = typoOf(word, random);
    if (damaged === word || options.isWord?.(damaged)) continue;
    const start = region.start + (match.index ?? 0);
    places.push({ kind: 'typo', start, end: start + word.length, damaged });
  }
  return places;
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other] as T, items[index] as T];
  }
  return items;
}

/** The number of words in the regions, as the damage rate counts them. */
export function wordCount(text: string, regions: readonly Region[]): number {
  let count = 0;
  for (const region of regions) count += text.slice(region.start, region.end).match(/\p{L}+/gu)?.length ?? 0;
  return count;
}

/**
 * Damages `text` inside `regions`: for each kind, up to `perThousandWords` per 1,000 words of
 * places drawn at random among those where the mechanism can act, no two closer than `gap`.
 */
export function simulateDamage(
  text: string,
  regions: readonly Region[],
  options: SimulationOptions = DEFAULT_SIMULATION,
): Simulation {
  const random = seededRandom(options.seed);
  const quota = Math.max(1, Math.round((wordCount(text, regions) * options.perThousandWords) / 1000));
  const chosen: Place[] = [];
  const wordsMade: Omit<Damage, 'offset'>[] = [];
  const makesWord = (place: Place) =>
    FUSIONS.has(place.kind) &&
    // A capital inside (`antiSemitism`, `DepartmentS`) marks the joint: that is no word.
    /^\p{L}\p{Ll}*$/u.test(place.damaged) &&
    (options.isWord?.(place.damaged.toLowerCase()) ?? false);
  const free = (place: Place) =>
    chosen.every((other) => place.end + options.gap <= other.start || other.end + options.gap <= place.start);
  // The kinds take places in turn, so that no kind crowds out the others where places are few.
  const queues = DAMAGE_KINDS.map((kind) => {
    const mechanism = MECHANISMS.find((candidate) => candidate.kind === kind);
    const places = regions.flatMap((region) =>
      mechanism ? placesOf(text, region, mechanism) : typoPlaces(text, region, random, options),
    );
    return { places: shuffle(places, random), taken: 0 };
  });
  for (let round = 0; round < quota; round++) {
    for (const queue of queues) {
      if (queue.taken > round) continue;
      for (let place = queue.places.pop(); place; place = queue.places.pop()) {
        if (!free(place)) continue;
        if (makesWord(place)) {
          wordsMade.push({
            kind: place.kind,
            original: text.slice(place.start, place.end),
            damaged: place.damaged,
          });
          continue;
        }
        chosen.push(place);
        queue.taken++;
        break;
      }
    }
  }
  chosen.sort((a, b) => a.start - b.start);
  let damagedText = '';
  let cleanAt = 0;
  const damages: Damage[] = [];
  for (const place of chosen) {
    damagedText += text.slice(cleanAt, place.start);
    damages.push({
      kind: place.kind,
      offset: damagedText.length,
      original: text.slice(place.start, place.end),
      damaged: place.damaged,
    });
    damagedText += place.damaged;
    cleanAt = place.end;
  }
  return { text: damagedText + text.slice(cleanAt), damages, wordsMade };
}

/** The clean text back from a simulation: each record's damaged form replaced by its original. */
export function restore(simulation: Simulation): string {
  let text = simulation.text;
  for (const damage of [...simulation.damages].reverse()) {
    text = text.slice(0, damage.offset) + damage.original + text.slice(damage.offset + damage.damaged.length);
  }
  return text;
}
