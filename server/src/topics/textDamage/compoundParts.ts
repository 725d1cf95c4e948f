/**
 * What English closes up: the words that glue to a neighbour by damage (function words) and the
 * parts that form closed compounds and derivations (`knuckleball`, `winless`, `overdriving`), so
 * that a word the dictionary lacks but English writes as one is not read as two run together.
 */

/**
 * Function words: articles, prepositions, pronouns, auxiliaries, conjunctions and the commonest
 * adverbs. Closed compounds are made of content words, so a split with one of these is damage
 * (`ofconsumer`, `thepresence`, `Partyshould`), one without may be a compound.
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the of to in on at by for from with into onto upon over under about after before as than ' +
    'and or but nor so yet if that this these those it its he she we they you i me him her us them ' +
    'his our their your my who which what whom whose where when how there here then now also even ' +
    'just only very such not no all any each every one is are was were be been being am has have ' +
    'had do does did will would shall should can could may might must two three four five six seven ' +
    'eight nine ten'
  ).split(' '),
);

/** Whether `word` (lower-case) is a function word (see {@link FUNCTION_WORDS}). */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word);
}

/**
 * Last parts that make derivations and closed compounds (`winless`, `lettermen`, `grillwork`,
 * `sycophantically`, `clothbound`), particles of phrasal nouns (`breakoff`, `snapback`, `fadeout`),
 * and `making`, the `-ing` form English closes up with its object most (`lawmaking`, `peacemaking`,
 * `policymaking`: WordNet writes 32 such compounds closed or hyphenated that the dictionary lacks).
 */
const CLOSING_TAILS = new Set(
  (
    'less ness ship hood like wise ward wards ways ful man men able ability ally ware work fold some dom bound ' +
    'making off back down up out away'
  ).split(' '),
);

/**
 * First parts that English closes up with the word after them (`overdriving`, `microfossils`).
 * Not `in`: the words it makes are the dictionary's (`inexact`, `incapable`), while `in` glued to
 * a word the dictionary lacks is the preposition run into it (`inbed`, `inmarket`, `indepth`).
 */
const CLOSING_HEADS = new Set(
  (
    'over under out down up back fore mid sub trans tele neo proto mini mega micro macro para retro ' +
    'hyper hypo un non re pre post semi anti counter ultra super multi inter pseudo psycho bio geo ' +
    'electro neuro photo thermo hydro auto poly mono'
  ).split(' '),
);

/**
 * Whether a split of a token the dictionary lacks reads as a word English writes closed: a
 * derivation or closed compound (a tail of {@link CLOSING_TAILS}), or a prefixed word (a head of
 * {@link CLOSING_HEADS}), unless the other part is a function word (`overthe`, `backyou`: damage).
 */
export function closedCompound(parts: readonly string[]): boolean {
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  return (
    (CLOSING_TAILS.has(last) && !isFunctionWord(first)) || (CLOSING_HEADS.has(first) && !isFunctionWord(last))
  );
}

/** The length from which two content words glued together are damage rather than a compound (`foreigncurrency`). */
const LONG_CONTENT_WORD = 6;

/** The shortest content words, each and together, that {@link openPair} reads as possibly two words. */
export interface OpenLengths {
  readonly word: number;
  readonly pair: number;
}

/**
 * For a capitalised token: `Trade unions`, `Local interests`, not `Summerdale`, `Edgewater`,
 * `Hillsdale`, which are names of places and persons made of English words more often than damage.
 */
export const CAPITALISED_OPEN: OpenLengths = { word: 5, pair: 11 };

/**
 * For a lower-case token the dictionary, the frequency list and English's compounds (WordNet's
 * closed ones among them) all lack, of two common words, three letters or more each and nine
 * together: `front page`, `wave travel`, `own account`, `eye contact` (a word of three letters
 * must be one of English's commonest to be split off at all). Shorter pairs (`homerun`) are closed
 * compounds more often than damage.
 */
export const LOWER_CASE_OPEN: OpenLengths = { word: 3, pair: 9 };

/**
 * Whether a split of two content words may be damage: both long enough (see {@link OpenLengths}),
 * or `edition` says so (both used in it on their own); shorter pairs without a function word are
 * closed compounds more often than damage (`homerun`, `clubrooms`).
 */
export function openPair(
  parts: readonly string[],
  edition: (word: string) => boolean,
  lengths: OpenLengths,
): boolean {
  if (parts.some(isFunctionWord)) return true;
  const long =
    parts.every((part) => part.length >= lengths.word) &&
    parts.reduce((sum, part) => sum + part.length, 0) >= lengths.pair;
  return long || parts.every(edition);
}

/** Modal verbs and the like that speech glues to a reduced `have` or `to` (`coulda`, `oughta`, `wanta`). */
const REDUCED_BEFORE_A = new Set('could would should must might ought want kind sort out got'.split(' '));

/** Verbs that speech glues to a reduced `you` (`willya`, `didja` aside: `ya` only). */
const REDUCED_BEFORE_YA = new Set('will would could can did do see get got bet'.split(' '));

/** `have to`, `has to`, `used to` as speech says them (`hafta`, `hasta`, `useta`). */
const REDUCED_TO = /^(?:haf|has|use)ta$/u;

/**
 * Whether a token is a spelling of speech: a participle without its final `g` (`thinkin`, `tryin`),
 * a modal with a reduced word after it (`coulda`, `willya`) or a reduced `have to` (`hafta`), which
 * a split would read as `think in`, `could a`, `will ya`, `haft a`.
 */
export function speechSpelling(token: string, spelling: (word: string) => boolean): boolean {
  if (/in$/u.test(token) && spelling(`${token}g`)) return true;
  if (REDUCED_TO.test(token)) return true;
  if (/ya$/u.test(token) && REDUCED_BEFORE_YA.has(token.slice(0, -2))) return true;
  return /a$/u.test(token) && REDUCED_BEFORE_A.has(token.slice(0, -1));
}

/**
 * Whether a split is sure to be damage whatever the token's frequency: a function word among its
 * parts (closed compounds are made of content words), or two long content words, which English
 * rarely closes up (`nationalrevolutionary`, unlike `knuckleball`).
 */
export function damageShape(parts: readonly string[]): boolean {
  return parts.some(isFunctionWord) || parts.every((part) => part.length >= LONG_CONTENT_WORD);
}

/** The shortest stem {@link inflected} reads an ending after. */
const INFLECTED_FROM = 4;

/**
 * Whether `token` is a dictionary word of four letters or more with an ending English adds to any
 * noun or verb (`herb` → `herbed`, `hash` → `hasher`, `gulch` → `gulching`), with or without the
 * stem's silent `e` (`phrase` → `phrased`): a word the dictionary does not list, not two run
 * together (`her bed`, `has her`). A fusion rarely leaves a whole word before such an ending.
 */
export function inflected(token: string, spelling: (word: string) => boolean): boolean {
  const [, stem = ''] = /^(\p{Ll}+)(?:ed|er|ers|ing|ings)$/u.exec(token) ?? [];
  return stem.length >= INFLECTED_FROM && (spelling(stem) || spelling(`${stem}e`));
}

/**
 * Whether `token` is `sub-` closed up with a dictionary word (`subprogramme`, `subcommittee`), as
 * English writes it. Only the rest being a word makes it so: a fusion after `subject` or
 * `substantial` (`subjectmatter`) is still read.
 */
export function subPrefixed(token: string, spelling: (word: string) => boolean): boolean {
  const [, rest = ''] = /^sub(\p{Ll}{4,})$/u.exec(token) ?? [];
  return rest !== '' && spelling(rest);
}
