/**
 * How the text-damage rules read a lower-case token against English and the edition: whether it
 * is a word as it stands or one English derives, its splits into known words, the splits a
 * transliteration of Russian would only seem to have.
 */
import { inflected, isFunctionWord, subPrefixed } from './compoundParts';
import { commonShortWord, commonWord, type Split, type Vocabulary } from './splitWeights';

/**
 * Letter clusters of transliterated Russian (`Kommunisticheskaia`, `Narkomindel` aside, which are
 * capitalised): such a token is left alone even if it happens to split into English words. `yi`
 * before `ng` or `eld` and `iu` before `m` are English's (`paying`, `yield`, `premium`), not a
 * transliteration's (`novyi`, `rezoliutsiia`).
 */
export const TRANSLITERATION = /kh|zh|shch|iia|iie|iu(?!m)|ii$|yi(?!ng|eld)|tsk/u;

/**
 * Prefixes that English closes up with the word after them (`countertheses`,
 * `ultrainternationalist`): a token starting with one is a compound, not damage.
 */
const CLOSING_PREFIXES = /^(?:counter|ultra|anti|semi|pseudo|inter|super|non|multi|pre|post)/u;

/**
 * A word English uses as it stands: the dictionary knows it, or the frequency list does, which
 * counts closed compounds the dictionary lacks (`knuckleball`, `hotdogs`) and never damage.
 */
export function englishWord(vocabulary: Vocabulary, word: string): boolean {
  return vocabulary.spelling(word) || vocabulary.frequency(word) > 0 || vocabulary.compounds.closed(word);
}

/** Short words that may be glued to a neighbour only when the edition uses them often. */
const SHORTEST_PART = 2;

/**
 * Abbreviations of archival citations (`op.`, `ll.`, `ob.`, `vyp.`) that the dictionary also lists
 * as words: frequent in the edition, they are never a word glued to another (`oppositional`).
 */
const CITATION_ABBREVIATIONS = new Set(['op', 'll', 'ob', 'vyp', 'vol', 'pp']);

/** A known word: the dictionary has it or the edition uses it more than once; short ones must be common. */
function known(vocabulary: Vocabulary, part: string): boolean {
  if (part.length < SHORTEST_PART) return part === 'a';
  if (CITATION_ABBREVIATIONS.has(part)) return false;
  if (part.length <= 3) return vocabulary.spelling(part) && commonShortWord(vocabulary, part);
  return vocabulary.spelling(part) || vocabulary.edition.usedTwice(part);
}

/** The splits of `token` into two known words. */
export function twoWaySplits(vocabulary: Vocabulary, token: string): Split[] {
  const splits: Split[] = [];
  for (let at = 1; at < token.length; at++) {
    const parts = [token.slice(0, at), token.slice(at)];
    if (parts.every((part) => known(vocabulary, part)))
      splits.push({ parts, frequent: parts.every((part) => commonWord(vocabulary, part)) });
  }
  return splits;
}

/** The splits of `token` into three known words. */
export function threeWaySplits(vocabulary: Vocabulary, token: string): Split[] {
  const splits: Split[] = [];
  for (let first = 1; first < token.length - 1; first++) {
    const head = token.slice(0, first);
    if (!known(vocabulary, head)) continue;
    for (const rest of twoWaySplits(vocabulary, token.slice(first)))
      splits.push({
        parts: [head, ...rest.parts],
        frequent: commonWord(vocabulary, head) && rest.frequent,
      });
  }
  return splits;
}

/** A token the dictionary does not know, that does not start with a prefix English closes up. */
export function unknownToken(vocabulary: Vocabulary, token: string): boolean {
  // The dictionary misses some plurals (`extortions`) that it knows in the singular.
  const singular = token.replace(/s$/u, '');
  return !englishWord(vocabulary, token) && !vocabulary.spelling(singular) && !CLOSING_PREFIXES.test(token);
}

/**
 * The splits of `token` that are not a transliteration cut into English-looking pieces: a token
 * with a cluster of transliterated Russian (`oppozitsiia`) keeps only the splits into dictionary
 * words free of such clusters, where the cluster straddles the joint (`majorityin`).
 */
export function withoutTransliterations(
  vocabulary: Vocabulary,
  token: string,
  splits: readonly Split[],
): Split[] {
  if (!TRANSLITERATION.test(token)) return [...splits];
  return splits.filter((split) =>
    split.parts.every((part) => vocabulary.spelling(part) && !TRANSLITERATION.test(part)),
  );
}

/**
 * Whether the only split is into dictionary words, each long or a function word (`of consumer`),
 * which no transliteration is.
 */
export function plainEnglish(vocabulary: Vocabulary, splits: readonly Split[]): boolean {
  return (
    splits.length === 1 &&
    splits[0]?.parts.length === 2 &&
    splits[0].parts.every((part) => vocabulary.spelling(part) && (part.length >= 4 || isFunctionWord(part)))
  );
}

/**
 * Suffixes English derives words with from any word (`ontological` → `ontologically`,
 * `watercolor` → `watercolorists`, `mayor` → `mayorship`, `schoolgirl` → `schoolgirlish`), which a
 * dictionary lists only for some.
 */
const DERIVING_SUFFIXES = /(?:ly|ness|ism|isms|ist|ists|ish|ship|ships|hood|hoods)$/u;

/** The shortest word a suffix of {@link DERIVING_SUFFIXES} is read as derived from. */
const DERIVED_FROM = 5;

/**
 * Whether `token` is a dictionary word with a deriving suffix or an inflection's ending (see
 * {@link inflected}), or `sub-` before a word (see {@link subPrefixed}): a word English builds, not
 * two run together (`onto logically`). A fusion leaves no such stem (`thequickly` is not `thequick` + `ly`).
 */
export function derivation(vocabulary: Vocabulary, token: string): boolean {
  if (inflected(token, vocabulary.spelling) || subPrefixed(token, vocabulary.spelling)) return true;
  const suffix = DERIVING_SUFFIXES.exec(token)?.[0];
  if (!suffix) return false;
  const stem = token.slice(0, -suffix.length);
  return stem.length >= DERIVED_FROM && vocabulary.spelling(stem);
}
