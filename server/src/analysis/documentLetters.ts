import { findHeadings, type Heading } from '../syntax/headings';
import { rereadRange, type TextChange } from '../syntax/incremental';
import { trimEnd } from '../syntax/parseDocument';
import { placeLetter } from '../syntax/placeLetter';
import type { DocumentSyntax, LetterSyntax } from '../syntax/tree';
import { DEFAULT_WORDS, type EditionWords } from '../syntax/vocabulary';
import { SHARED_LETTERS, type LetterAnalysis, type LetterTable } from './letterTable';

/**
 * A document as its letters: where each stands, and the shared analysis of each letter's text.
 * `syntax` is the tree in document offsets (`letters[i]` is `analyses[i].tree` placed at its
 * start); it equals `parseDocument(text, words)`.
 */
export interface DocumentLetters {
  /** The edition's words the letters were read with. */
  readonly words: EditionWords;
  readonly syntax: DocumentSyntax;
  /** The analysis of each letter, in the order of `syntax.letters`. */
  readonly analyses: readonly LetterAnalysis[];
}

/**
 * The letters of `text` read with the edition's `words`, each analysis taken from `table` when its
 * text was analysed with them before.
 */
export function readLetters(
  text: string,
  words: EditionWords = DEFAULT_WORDS,
  table: LetterTable = SHARED_LETTERS,
): DocumentLetters {
  const letters = readRange(text, 0, text.length, undefined, words, table);
  return document(text, words, letters.analyses, letters.placed);
}

/**
 * The letters of `text`, made from those of the text before `change`: the letters the change cannot
 * affect keep their analyses (the ones before it also their placed trees, the ones after it are
 * placed at their new start), and only the range around the change is read again (see
 * {@link rereadRange}), where the table still finds the letters whose text did not change. The
 * words are those `previous` was read with.
 */
export function rereadLetters(
  previous: DocumentLetters,
  text: string,
  change: TextChange,
  table: LetterTable = SHARED_LETTERS,
): DocumentLetters {
  const old = previous.syntax.letters;
  const range = rereadRange(old, text, change);
  const next = old[range.movedFrom];
  const { words } = previous;
  const reread = readRange(text, range.from, range.to, next && next.span.start + range.delta, words, table);
  const moved = previous.analyses.slice(range.movedFrom);
  return document(
    text,
    words,
    [...previous.analyses.slice(0, range.kept), ...reread.analyses, ...moved],
    [
      ...old.slice(0, range.kept),
      ...reread.placed,
      ...old
        .slice(range.movedFrom)
        .map((letter, index) =>
          placeLetter((moved[index] as LetterAnalysis).tree, letter.span.start + range.delta),
        ),
    ],
  );
}

/** The letters whose headings start in `[from, to)`; the last ends before `end` (the next letter) or at the end of the text. */
function readRange(
  text: string,
  from: number,
  to: number,
  end: number | undefined,
  words: EditionWords,
  table: LetterTable,
): { analyses: LetterAnalysis[]; placed: LetterSyntax[] } {
  const headings = findHeadings(text, words, from, to);
  const analyses = headings.map((heading, index) => {
    const following = headings[index + 1]?.letterStart ?? end;
    return table.analysis(
      text,
      heading,
      following === undefined ? text.length : trimEnd(text, following),
      words,
    );
  });
  return {
    analyses,
    placed: analyses.map((analysis, index) =>
      placeLetter(analysis.tree, (headings[index] as Heading).letterStart),
    ),
  };
}

function document(
  text: string,
  words: EditionWords,
  analyses: readonly LetterAnalysis[],
  letters: readonly LetterSyntax[],
): DocumentLetters {
  return {
    words,
    syntax: { preamble: { start: 0, end: letters[0]?.span.start ?? text.length }, letters },
    analyses,
  };
}
