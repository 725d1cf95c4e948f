import type { LetterCheck } from '../../analysis/letterProblems';
import type { Problem } from '../../analysis/problems';
import type { Span } from '../../syntax/span';
import { apostropheJointProblems } from './apostropheJoints';
import { englishDictionary } from './englishDictionary';
import { documentWords, editionWords, type EditionWords } from './editionWords';
import { fusedWordProblems } from './fusedWords';
import { shapeProblems } from './shapes';

/**
 * Text damage (`text.*`) in `range` of the document `text`: the shape rules, then the words run
 * together that the dictionary and the document's own vocabulary reveal, one finding per place.
 * `words` gives the vocabulary (a fresh count of `text` unless a kept table is given).
 */
export function textDamageProblems(
  text: string,
  range: Span,
  words: () => EditionWords = () => editionWords(text),
): Problem[] {
  const shapes = shapeProblems(text, range);
  const spelling = englishDictionary();
  if (!spelling) return shapes;
  const taken = new Set(shapes.map((problem) => problem.span.start));
  const fused = [
    ...fusedWordProblems(text, range, { spelling, edition: words() }),
    ...apostropheJointProblems(text, range, spelling),
  ].filter((problem) => !taken.has(problem.span.start));
  return [...shapes, ...fused].sort((a, b) => a.span.start - b.span.start);
}

/** Text damage in a letter's body and notes, after its heading and editorial date. */
export const letterTextDamageProblems: LetterCheck = (model, letter) =>
  textDamageProblems(model.text, { start: letter.body.start, end: letter.span.end }, () =>
    documentWords(model),
  );
