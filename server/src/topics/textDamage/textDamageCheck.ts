import type { DocumentFact, LetterCheck } from '../../analysis/letterProblems';
import type { Problem } from '../../analysis/problems';
import type { Span } from '../../syntax/span';
import { apostropheJointProblems } from './apostropheJoints';
import { brokenParagraphProblems } from './brokenParagraphs';
import { capitalisedFusionProblems } from './capitalisedFusions';
import { englishDictionary } from './englishDictionary';
import type { DocumentModel } from '../../analysis/model';
import {
  documentWords,
  editionWords,
  questionsOf,
  type EditionQuestions,
  type EditionWords,
  type WordTableVersions,
} from './editionWords';
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
  words: () => EditionQuestions = () => questionsOf(editionWords(text)),
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

/** The answers of each document's word table (it is kept and updated in place, so its answers stay current). */
const answers = new WeakMap<EditionWords, EditionQuestions>();
function documentQuestions(document: DocumentModel): EditionQuestions {
  const table = documentWords(document);
  let questions = answers.get(table);
  if (!questions) answers.set(table, (questions = questionsOf(table)));
  return questions;
}

/** The versions of a document's word table (see {@link EditionWords.versions}). */
function versions(document: DocumentModel): WordTableVersions | undefined {
  return documentWords(document).versions;
}

/** The questions the check of a letter asks of the document's words (see {@link EditionQuestions}). */
const usedTwice: DocumentFact<string, boolean> = {
  answer: (document, word) => documentQuestions(document).usedTwice(word),
  version: (document) => versions(document)?.thresholds,
};
/** Splits as a question: parts joined by spaces, splits by `|` (a token has neither). */
const mostUsed: DocumentFact<string, number> = {
  answer: (document, splits) =>
    documentQuestions(document).mostUsed(splits.split('|').map((split) => split.split(' '))),
  version: (document) => versions(document)?.counts,
};
const writes: DocumentFact<string, boolean> = {
  answer: (document, compound) => documentQuestions(document).writes(compound),
  version: (document) => versions(document)?.thresholds,
};

/**
 * Text damage in a letter's body and notes, after its heading and editorial date. The document's
 * words are asked through `ask`, so the letter is checked again when an answer changes.
 */
export const letterTextDamageProblems: LetterCheck = ({ model, letter, ask }) =>
  textDamageProblems(model.text, { start: letter.body.start, end: letter.span.end }, () => ({
    usedTwice: (word) => ask(usedTwice, word),
    mostUsed: (splits) => ask(mostUsed, splits.map((parts) => parts.join(' ')).join('|')),
    writes: (compound) => ask(writes, compound),
  }));
