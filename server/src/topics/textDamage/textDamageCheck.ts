import type { Problem } from '../../analysis/problems';
import type { Span } from '../../syntax/span';
import { ENGLISH, type Language } from '../../syntax/vocabulary';
import { apostropheJointProblems } from './apostropheJoints';
import {
  englishCompounds,
  englishDictionary,
  englishFrequency,
  type SpellingCheck,
} from './englishDictionary';
import type { WordFrequency } from './englishFrequencies';
import { countWords } from './wordCounts';
import { questionsOf, type EditionQuestions } from './countQuestions';
import { brokenParagraphProblems } from './brokenParagraphs';
import { capitalisedFusionProblems } from './capitalisedFusions';
import { capitalJointProblems } from './capitalJoints';
import { compoundNumberProblems } from './compoundNumbers';
import { fusedWordProblems } from './fusedWords';
import { hyphenatedPartProblems } from './hyphenatedParts';
import { letterWords } from './letterWords';
import { markerDashProblems } from './markerDashes';
import { misspeltWordProblems } from './misspeltWords';
import { numberRangeProblems } from './numberRanges';
import { quantityProblems } from './quantities';
import { shapeProblems } from './shapes';

/** What a word of the edition's registers or word lists weighs at least, per million words of English. */
const KNOWN_PER_MILLION = 1;

/**
 * Whether a misspelling explains a word better than words run together: the word meant is more
 * common in English than the rarest word of the split.
 */
function likelierMisspelt(misspelt: Problem, fused: Problem, frequency: WordFrequency): boolean {
  if (!fused.code.startsWith('text.runTogether')) return false;
  const meant = misspelt.fixes[0]?.replacements[0]?.newText ?? '';
  const parts = (fused.fixes[0]?.replacements[0]?.newText ?? '').toLowerCase().split(/[\s—]+/u);
  return frequency(meant) > Math.min(...parts.map(frequency));
}

/** Whether a finding in `text` lies on something other than a word of `known`. */
const notOnKnown =
  (text: string, known: ReadonlySet<string>) =>
  (problem: Problem): boolean =>
    !known.has(text.slice(problem.span.start, problem.span.end).toLowerCase());

/**
 * The findings of the shape rules (text damage that needs no dictionary) in `range` of `text`, in
 * the rules' order, those on a word of `known` dropped: what {@link textDamageProblems} reports
 * while the dictionary loads, and what it may be given again once it has.
 */
export function shapeDamage(text: string, range: Span, known: ReadonlySet<string> = new Set()): Problem[] {
  return [
    ...shapeProblems(text, range),
    ...markerDashProblems(text, range),
    ...numberRangeProblems(text, range),
    ...quantityProblems(text, range),
    ...compoundNumberProblems(text, range),
    ...brokenParagraphProblems(text, range),
  ].filter(notOnKnown(text, known));
}

/**
 * Text damage (`text.*`) in `range` of the document `text`: the shape rules, then the words run
 * together that the dictionary and the edition's own vocabulary reveal, one finding per place.
 * `words` gives the vocabulary (a fresh count of `text` unless a kept table is given); `known`
 * the words the edition vouches for (lower-cased register names, its word lists): they count as
 * spelled right, and a finding on such a word is dropped. `shapes` are the shape rules' findings,
 * {@link shapeDamage} of the same text, range and known words; `language` the edition's (its
 * misspellings are English ones only).
 */
export function textDamageProblems(
  text: string,
  range: Span,
  words: () => EditionQuestions = () => questionsOf(countWords(text)),
  known: ReadonlySet<string> = new Set(),
  shapes: readonly Problem[] = shapeDamage(text, range, known),
  language: Language = ENGLISH,
): Problem[] {
  const dictionary = englishDictionary();
  if (!dictionary) return [...shapes].sort((a, b) => a.span.start - b.span.start);
  const spelling: SpellingCheck = (word) => known.has(word) || dictionary(word);
  const english = englishFrequency();
  // The registers' names and the word lists' words are as common as English words can be asked to be.
  const frequency: WordFrequency = (word) =>
    known.has(word) ? Math.max(KNOWN_PER_MILLION, english(word)) : english(word);
  const vocabulary = { spelling, frequency, known, compounds: englishCompounds(), edition: words() };
  // A broken paragraph is a damage of its own beside a word damaged at the end of the paragraph.
  const taken = new Set(
    shapes.filter((problem) => problem.code !== 'text.brokenParagraph').map((problem) => problem.span.start),
  );
  // A capitalised word's split (`Commission reviewed`) stands before the joint a capital marks.
  // One scan of the letter's words for the rules of lower-case and capitalised words.
  const letter = letterWords(text, range, vocabulary.edition.tokens);
  const capitalised = capitalisedFusionProblems(text, range, vocabulary, letter);
  const capitalisedAt = new Set(capitalised.map((problem) => problem.span.start));
  const fused = [
    ...fusedWordProblems(text, range, vocabulary, letter),
    ...capitalised,
    ...capitalJointProblems(text, range, vocabulary).filter(
      (problem) => !capitalisedAt.has(problem.span.start),
    ),
    ...hyphenatedPartProblems(text, range, vocabulary),
    ...apostropheJointProblems(text, range, spelling),
  ]
    .filter((problem) => !taken.has(problem.span.start))
    .filter(notOnKnown(text, known));
  // Of two readings of one word, the likelier stands: a misspelling of a word more common than the
  // rarest word of a split (`madme` is `made`, not `mad me`), or else the split.
  const misspelt = misspeltWordProblems(text, range, vocabulary, language, letter).filter((problem) =>
    fused.every(
      (other) => other.span.start !== problem.span.start || likelierMisspelt(problem, other, frequency),
    ),
  );
  const misspeltAt = new Set(misspelt.map((problem) => problem.span.start));
  const found = [...shapes, ...fused].filter(
    (problem) => !misspeltAt.has(problem.span.start) || !problem.code.startsWith('text.runTogether'),
  );
  const overlapsFound = (problem: Problem) =>
    found.some((other) => other.span.start < problem.span.end && problem.span.start < other.span.end);
  return [...found, ...misspelt.filter((problem) => !overlapsFound(problem))].sort(
    (a, b) => a.span.start - b.span.start,
  );
}
