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
 * text was analysed with them before. `textKept`: see {@link LetterTable.analysis}.
 */
export function readLetters(
  text: string,
  words: EditionWords = DEFAULT_WORDS,
  table: LetterTable = SHARED_LETTERS,
  textKept = false,
): DocumentLetters {
  return new LetterOutline(text, words, table, textKept).complete();
}

/**
 * Of `count` letters whose starts (`startOf`) ascend, the index of the last one starting at or
 * before `offset`; -1 before the first.
 */
export function lastStartingAtOrBefore(
  count: number,
  startOf: (index: number) => number,
  offset: number,
): number {
  let low = 0;
  let high = count - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (startOf(middle) <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** One letter of a document: its shared analysis and its tree placed at its start. */
export interface AnalysedLetter {
  readonly analysis: LetterAnalysis;
  readonly placed: LetterSyntax;
}

/**
 * A whole text's letters found by their headings at once, each letter read on first request. A
 * request on one letter of a document just opened (a hover, a definition) then reads that letter
 * only; {@link complete} reads the others and gives what {@link readLetters} gives, the letters
 * already read among them.
 */
export class LetterOutline {
  private readonly headings: readonly Heading[];
  private readonly letters: (AnalysedLetter | undefined)[];

  constructor(
    private readonly text: string,
    readonly words: EditionWords = DEFAULT_WORDS,
    private readonly table: LetterTable = SHARED_LETTERS,
    private readonly textKept = false,
  ) {
    this.headings = findHeadings(text, words, 0, text.length);
    this.letters = new Array<AnalysedLetter | undefined>(this.headings.length);
  }

  /** How many letters the text has. */
  get count(): number {
    return this.headings.length;
  }

  /** Where letter `index` starts (its placed span's start). */
  start(index: number): number {
    return (this.headings[index] as Heading).letterStart;
  }

  /** The index of the last letter starting at or before `offset`; -1 before the first letter. */
  indexAt(offset: number): number {
    return lastStartingAtOrBefore(this.headings.length, (index) => this.start(index), offset);
  }

  /** Letter `index` (0 ≤ index < {@link count}), read on first request. */
  letter(index: number): AnalysedLetter {
    let read = this.letters[index];
    if (!read) {
      const following = this.headings[index + 1]?.letterStart;
      const heading = this.headings[index] as Heading;
      read = readLetter(this.text, heading, following, this.words, this.table, this.textKept);
      this.letters[index] = read;
    }
    return read;
  }

  /** Every letter, read now where not read yet. */
  complete(): DocumentLetters {
    const letters = this.headings.map((_, index) => this.letter(index));
    return document(
      this.text,
      this.words,
      letters.map((letter) => letter.analysis),
      letters.map((letter) => letter.placed),
    );
  }
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
  const letters = headings.map((heading, index) =>
    readLetter(text, heading, headings[index + 1]?.letterStart ?? end, words, table),
  );
  return {
    analyses: letters.map((letter) => letter.analysis),
    placed: letters.map((letter) => letter.placed),
  };
}

/** The letter of `heading`, ending before `following` (the next letter's start) or at the end of the text. */
function readLetter(
  text: string,
  heading: Heading,
  following: number | undefined,
  words: EditionWords,
  table: LetterTable,
  textKept = false,
): AnalysedLetter {
  const end = following === undefined ? text.length : trimEnd(text, following);
  const analysis = table.analysis(text, heading, end, words, textKept);
  return { analysis, placed: placeLetter(analysis.tree, heading.letterStart) };
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
