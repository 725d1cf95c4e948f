import type { EditionWords } from '../syntax/vocabulary';

/**
 * How letters and notes are named in lists, outlines and completions, in one place so that every
 * view names them alike.
 */

/** A letter's heading in the edition's heading word (of `words`): `Letter 21`, `Brief 21`. */
export function letterHeading(words: EditionWords, letter: { readonly number: number }): string {
  return `${words.headingWord} ${letter.number}`;
}

/**
 * The one name of a letter in every list: outline, workspace symbols, completion details, the status
 * bar, the Letters view and the site's page titles. `Letter 21 · 25 June 1926` (the editorial date
 * as written between the brackets), or `Letter 21` without a date; the edition's heading word
 * stands for `Letter`.
 */
export function letterTitle(
  words: EditionWords,
  letter: { readonly number: number; readonly editorialDate?: { readonly text: string } | undefined },
): string {
  const date = letter.editorialDate?.text.trim();
  return date ? `${letterHeading(words, letter)} \u00B7 ${date}` : letterHeading(words, letter);
}

/** The first words of a note, on one line. */
export function summary(text: string, length = 60): string {
  // Flatten only the start of a long note: the outline of a large edition asks for thousands of these.
  const head = text.length > 3 * length ? text.slice(0, 3 * length) : text;
  let flat = head.replace(/\s+/g, ' ').trim();
  if (head !== text && flat.length <= length) flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}\u2026`;
}
