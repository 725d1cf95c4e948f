import type { DocumentFact, LetterCheck } from '../../analysis/letterProblems';
import type { Problem } from '../../analysis/problems';
import type { Span } from '../../syntax/span';
import { apostropheJointProblems } from './apostropheJoints';
import { englishDictionary } from './englishDictionary';
import { documentWords, editionWords } from './editionWords';
import { fusedWordProblems, type Vocabulary } from './fusedWords';
import { shapeProblems } from './shapes';

/**
 * Text damage (`text.*`) in `range` of the document `text`: the shape rules, then the words run
 * together that the dictionary and the document's own vocabulary reveal, one finding per place.
 * `words` gives the vocabulary (a fresh count of `text` unless a kept table is given).
 */
export function textDamageProblems(
  text: string,
  range: Span,
  words: () => Vocabulary['edition'] = () => editionWords(text),
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

/** How often the document uses a word: a fact of the document the check of a letter asks. */
const wordCount: DocumentFact<string, number | undefined> = (document, word) =>
  documentWords(document).words.get(word);

/** Whether the document writes a hyphenated compound. */
const compoundUsed: DocumentFact<string, boolean> = (document, compound) =>
  documentWords(document).compounds.has(compound);

/**
 * Text damage in a letter's body and notes, after its heading and editorial date. The document's
 * words are asked through `ask`, so the letter is checked again when an answer changes.
 */
export const letterTextDamageProblems: LetterCheck = ({ model, letter, ask }) =>
  textDamageProblems(model.text, { start: letter.body.start, end: letter.span.end }, () => ({
    words: { get: (word) => ask(wordCount, word) },
    compounds: { has: (compound) => ask(compoundUsed, compound) },
  }));
