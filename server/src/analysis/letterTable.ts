import type { Heading } from '../syntax/headings';
import { ownCopy } from '../syntax/characters';
import { parseLetter } from '../syntax/parseLetter';
import type { LetterSyntax } from '../syntax/tree';
import type { EditionWords } from '../syntax/vocabulary';

/**
 * One letter analysed on its own: its text and its tree, every offset counted from the start of
 * that text. It depends on the text alone, the edition's words it was read with, and whether its
 * heading is glued to the previous line (which only the document shows), so it is shared by every
 * document and every position where the same letter stands in editions of the same words, and
 * never changed: a document places it with `placeLetter`, and its problems are kept beside it
 * (`letterProblems.ts`).
 */
export interface LetterAnalysis {
  /** The letter's text, from its heading's line (or its glued heading) to the next letter. */
  readonly text: string;
  readonly tree: LetterSyntax;
  /** The edition's words it was read with (its dates' language). */
  readonly words: EditionWords;
}

/**
 * The one table of letter analyses, keyed by the edition's words, whether the heading is glued and
 * the letter's text. An entry lives as long as some document model holds its analysis (the table
 * keeps weak references), so an edit that re-reads a letter finds the analysis again when the
 * letter's text came back, and the texts of letters no document has any more are freed.
 */
export class LetterTable {
  /** By {@link shelf} (the words and whether the heading is glued), then by the letter's text. */
  private readonly entries = new Map<string, Map<string, WeakRef<LetterAnalysis>>>();
  private readonly forgotten = new FinalizationRegistry<{ shelf: string; text: string }>(
    ({ shelf, text }) => {
      const entries = this.entries.get(shelf);
      if (entries?.get(text)?.deref() === undefined) entries?.delete(text);
    },
  );

  /**
   * The analysis of the letter of `text` that starts at `heading` and ends at `end`, read with the
   * edition's `words`, read only when the table lacks it. With `textKept` (a text no editor edits,
   * a file read from disk, which its model keeps as long as its letters), a new analysis's text is
   * a slice of `text` instead of a copy: the edition's files are then held once, not twice.
   */
  analysis(
    text: string,
    heading: Heading,
    end: number,
    words: EditionWords,
    textKept = false,
  ): LetterAnalysis {
    // Read with other words (another heading word or language), the same text is another tree.
    const shelf = `${heading.glued ? 'glued' : 'alone'} ${words.language.code} ${words.headingWord}`;
    let entries = this.entries.get(shelf);
    if (!entries) this.entries.set(shelf, (entries = new Map()));
    const start = heading.letterStart;
    // A copy of its own, so that the table does not keep every edited version of a document alive
    // through slices; made before the look-up, so that the look-up and the entry hash one string.
    const slice = text.slice(start, end);
    const own = textKept ? slice : ownCopy(slice);
    const found = entries.get(own)?.deref();
    if (found) return found;
    const analysis: LetterAnalysis = {
      text: own,
      tree: parseLetter(
        own,
        {
          number: heading.number,
          span: { start: heading.span.start - start, end: heading.span.end - start },
          numberSpan: { start: heading.numberSpan.start - start, end: heading.numberSpan.end - start },
          letterStart: 0,
          glued: heading.glued,
        },
        own.length,
        words.language,
      ),
      words,
    };
    entries.set(own, new WeakRef(analysis));
    this.forgotten.register(analysis, { shelf, text: own });
    return analysis;
  }
}

/** The table every document shares, unless given another (tests compare against a fresh one). */
export const SHARED_LETTERS = new LetterTable();
