import type { EditionQuestions } from './countQuestions';
import type { EnglishCompounds } from './englishCompounds';
import type { SpellingCheck } from './englishDictionary';
import type { WordFrequency } from './englishFrequencies';

/** One way to split a token into words. */
export interface Split {
  readonly parts: readonly string[];
  /** Whether each of its parts is a common word (see {@link commonWord}). */
  readonly frequent: boolean;
}

/** Everything the rule consults: the dictionaries, English word frequencies and the edition's own words. */
export interface Vocabulary {
  readonly spelling: SpellingCheck;
  /** English frequencies, the edition's registers and word lists counting as common words. */
  readonly frequency: WordFrequency;
  /** The words the edition vouches for, lower-cased: its registers' names and its word lists. */
  readonly known: ReadonlySet<string>;
  /** The compounds English writes with a hyphen or a space, and closed ones the dictionary lacks. */
  readonly compounds: EnglishCompounds;
  readonly edition: EditionQuestions;
}

/**
 * How often a word of three letters or fewer must occur in English, per million words, to be
 * glued to a neighbour: function words and the commonest short words (`of`, `an`, `by`, `six`), not
 * rare ones that would cut any token somewhere (`ate`, `con`, `ere`).
 */
const SHORT_WORD_PER_MILLION = 100;

/**
 * How often English may use a word, per million words, that is still no evidence that English
 * writes it closed: the subtitles' own slips (`fulltime`, `middleclass`) are rarer.
 */
export const RARE_PER_MILLION = 0.5;

/** How often a longer word must occur in English, per million words, to count as common. */
const COMMON_PER_MILLION = 0.5;

/**
 * A dictionary word this long is common enough to make a split certain even when the frequency
 * list lacks it (`oppositional`, which film subtitles never say): a long word is never cut from
 * another by chance.
 */
const LONG_WORD = 9;

/** What a word the edition uses twice weighs at least, per million words, on top of English. */
const EDITION_PER_MILLION = 1;

/** What a word English and the edition never use weighs, per million words, so that every cost is finite. */
const FLOOR_PER_MILLION = 0.001;

/**
 * How much likelier than a rival split the best must be to be sure of it: a factor of a hundred,
 * two orders of magnitude (`the resolution` and `there solution` are within it).
 */
export const RIVAL_RATIO = 100;

/** Whether a short word (three letters or fewer) is common enough in English, or the edition, to be glued to another. */
export function commonShortWord(vocabulary: Vocabulary, word: string): boolean {
  return vocabulary.frequency(word) >= SHORT_WORD_PER_MILLION || vocabulary.edition.usedTwice(word);
}

/**
 * Whether a word is common: in English (the frequency list, with the edition's registers and word
 * lists), or in the edition (used at least twice), or a long dictionary word. A split into common
 * words only can be certain; how much of the edition the workspace holds matters only for the
 * words English lacks.
 */
export function commonWord(vocabulary: Vocabulary, word: string): boolean {
  if (word.length <= 3) return commonShortWord(vocabulary, word);
  return (
    vocabulary.frequency(word) >= COMMON_PER_MILLION ||
    (word.length >= LONG_WORD && vocabulary.spelling(word)) ||
    vocabulary.edition.usedTwice(word)
  );
}

/**
 * The cost of a split as word segmenters weigh one (Norvig's `segment`, wordninja): the sum of
 * each word's negative log frequency, English's per million words, a word the edition uses twice
 * at least {@link EDITION_PER_MILLION}. The likeliest split costs least.
 */
export function splitCost(vocabulary: Vocabulary, parts: readonly string[]): number {
  let cost = 0;
  for (const part of parts) {
    const english = vocabulary.frequency(part);
    const weight = Math.max(english, vocabulary.edition.usedTwice(part) ? EDITION_PER_MILLION : 0);
    cost -= Math.log(Math.max(weight, FLOOR_PER_MILLION));
  }
  return cost;
}

/**
 * Of the splits of one token, the likeliest (see {@link splitCost}), and the rivals that keep it
 * from being certain: the other splits into common words that are at most {@link RIVAL_RATIO}
 * times less likely.
 */
export function likeliestSplit(
  vocabulary: Vocabulary,
  splits: readonly Split[],
): { best: Split; rivals: Split[] } | undefined {
  const costs = splits.map((split) => splitCost(vocabulary, split.parts));
  let bestIndex = -1;
  costs.forEach((cost, index) => {
    if (bestIndex < 0 || cost < (costs[bestIndex] as number)) bestIndex = index;
  });
  const best = splits[bestIndex];
  if (!best) return undefined;
  const bound = (costs[bestIndex] as number) + Math.log(RIVAL_RATIO);
  const rivals = splits.filter(
    (split, index) => split !== best && split.frequent && (costs[index] as number) <= bound,
  );
  return { best, rivals };
}
