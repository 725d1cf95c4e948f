import { findHeadings } from './headings';
import { parseLetter } from './parseLetter';
import type { DocumentSyntax } from './tree';
import { DEFAULT_WORDS, type EditionWords } from './vocabulary';

/**
 * Parses a `.letters` text into letters, notes, markers and cross-references. Total: any string
 * gives a tree, and every span lies inside the text. A heading glued to the end of a line still
 * starts a letter; the previous letter then ends just before it. Read with the edition's `words`.
 */
export function parseDocument(text: string, words: EditionWords = DEFAULT_WORDS): DocumentSyntax {
  const headings = findHeadings(text, words);
  const letters = headings.map((heading, index) => {
    const next = headings[index + 1];
    const end = next ? trimEnd(text, next.letterStart) : text.length;
    return parseLetter(text, heading, end, words.language);
  });
  return { preamble: { start: 0, end: headings[0]?.letterStart ?? text.length }, letters };
}

/** A glued heading's letter starts mid-line; the previous letter ends before the spaces in front of it. */
export function trimEnd(text: string, end: number): number {
  let index = end;
  while (index > 0 && (text.charCodeAt(index - 1) === 0x20 || text.charCodeAt(index - 1) === 0xa0)) index--;
  return index;
}
