import type { Problem } from '../../analysis/problems';
import type { Span } from '../../syntax/span';
import { apostropheJointProblems } from './apostropheJoints';
import { englishDictionary, type SpellingCheck } from './englishDictionary';
import { editionWords, questionsOf, type EditionQuestions } from './editionWords';
import { fusedWordProblems } from './fusedWords';
import { shapeProblems } from './shapes';

/**
 * Text damage (`text.*`) in `range` of the document `text`: the shape rules, then the words run
 * together that the dictionary and the edition's own vocabulary reveal, one finding per place.
 * `words` gives the vocabulary (a fresh count of `text` unless a kept table is given); `known`
 * the words the edition vouches for (lower-cased register names, its word lists): they count as
 * spelled right, and a finding on such a word is dropped.
 */
export function textDamageProblems(
  text: string,
  range: Span,
  words: () => EditionQuestions = () => questionsOf(editionWords(text)),
  known: ReadonlySet<string> = new Set(),
): Problem[] {
  const unknown = (problem: Problem) =>
    !known.has(text.slice(problem.span.start, problem.span.end).toLowerCase());
  const shapes = shapeProblems(text, range).filter(unknown);
  const dictionary = englishDictionary();
  if (!dictionary) return shapes;
  const spelling: SpellingCheck = (word) => known.has(word) || dictionary(word);
  const taken = new Set(shapes.map((problem) => problem.span.start));
  const fused = [
    ...fusedWordProblems(text, range, { spelling, edition: words() }),
    ...apostropheJointProblems(text, range, spelling),
  ].filter((problem) => !taken.has(problem.span.start) && unknown(problem));
  return [...shapes, ...fused].sort((a, b) => a.span.start - b.span.start);
}
