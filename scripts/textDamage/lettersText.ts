/**
 * Clean prose wrapped as a `.letters` file, so that the real check reads it as an editor's letters:
 * a title, then letters with a `Letter N` heading and an editorial date, their paragraphs separated
 * by blank lines. The regions are the paragraphs: the prose the simulator may damage.
 */
import { ENGLISH } from '../../server/src/syntax/vocabulary';
import type { Region } from './simulate';

export interface LettersText {
  readonly text: string;
  /** Each paragraph's span in `text`. */
  readonly regions: readonly Region[];
}

/**
 * The editorial date of the `index`-th letter (from 0): one a day from 1 January of `year`, 28 days
 * a month. The year is the text's own, so that a weekday the text names is read against its year.
 */
function editorialDate(index: number, year: number): string {
  const month = Math.floor(index / 28);
  return `[${(index % 28) + 1} ${ENGLISH.months[month % 12]} ${year + Math.floor(month / 12)}]`;
}

/**
 * Whether a paragraph can stand in a letter as prose: one that the format would read as something
 * else (a note `1. …`, a heading `Letter 3`, a bracketed editorial line) is left out.
 */
export function isProseParagraph(paragraph: string): boolean {
  return !/^\s*(\d+\.\s|Letter\s+\d|\[)/.test(paragraph) && /\p{L}/u.test(paragraph);
}

/** Groups paragraphs into letters of at least `words` words each (the last may have fewer). */
export function intoLetters(paragraphs: readonly string[], words: number): string[][] {
  const letters: string[][] = [];
  let letter: string[] = [];
  let count = 0;
  for (const paragraph of paragraphs) {
    letter.push(paragraph);
    count += paragraph.split(/\s+/).length;
    if (count >= words) {
      letters.push(letter);
      letter = [];
      count = 0;
    }
  }
  if (letter.length > 0) letters.push(letter);
  return letters;
}

/** The `.letters` text of `letters` (each a list of paragraphs) under `title`, dated in `year`. */
export function lettersText(
  title: string,
  letters: readonly (readonly string[])[],
  year: number,
): LettersText {
  let text = `${title}\n\n`;
  const regions: Region[] = [];
  letters.forEach((paragraphs, index) => {
    text += `Letter ${index + 1}\n\n${editorialDate(index, year)}\n\n`;
    for (const paragraph of paragraphs) {
      regions.push({ start: text.length, end: text.length + paragraph.length });
      text += `${paragraph}\n\n`;
    }
    text += '\n';
  });
  return { text, regions };
}
