import type { LetterCheck } from '../../analysis/letterProblems';
import type { Problem } from '../../analysis/problems';
import type { Span } from '../../syntax/span';
import { apostropheJointProblems } from './apostropheJoints';
import { brokenParagraphProblems } from './brokenParagraphs';
import { capitalisedFusionProblems } from './capitalisedFusions';
import { englishDictionary } from './englishDictionary';
import { documentWords, editionWords, type EditionWords } from './editionWords';
import { fusedWordProblems } from './fusedWords';
import { hyphenatedPartProblems } from './hyphenatedParts';
import { markerDashProblems } from './markerDashes';
import { numberRangeProblems } from './numberRanges';
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
  const shapes = [
    ...shapeProblems(text, range),
    ...markerDashProblems(text, range),
    ...numberRangeProblems(text, range),
    ...brokenParagraphProblems(text, range),
  ];
  const spelling = englishDictionary();
  if (!spelling) return shapes.sort((a, b) => a.span.start - b.span.start);
  const vocabulary = { spelling, edition: words() };
  // A broken paragraph is a damage of its own beside a word damaged at the end of the paragraph.
  const taken = new Set(
    shapes.filter((problem) => problem.code !== 'text.brokenParagraph').map((problem) => problem.span.start),
  );
  const fused = [
    ...fusedWordProblems(text, range, vocabulary),
    ...capitalisedFusionProblems(text, range, vocabulary),
    ...hyphenatedPartProblems(text, range, vocabulary),
    ...apostropheJointProblems(text, range, spelling),
  ].filter((problem) => !taken.has(problem.span.start));
  return [...shapes, ...fused].sort((a, b) => a.span.start - b.span.start);
}

/** Text damage in a letter's body and notes, after its heading and editorial date. */
export const letterTextDamageProblems: LetterCheck = (model, letter) =>
  textDamageProblems(model.text, { start: letter.body.start, end: letter.span.end }, () =>
    documentWords(model),
  );
