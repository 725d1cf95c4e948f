/** The preview's HTML for a whole document: its preamble, then every letter. */
import { escapeHtml } from './html';
import { renderLetter } from './letter';
import type { ReadLetter } from '../reading/letters';

/** The HTML body of a document's preview (no `<html>` shell: the client wraps it with its CSP). */
export function renderDocument(text: string, letters: readonly ReadLetter[]): string {
  return joinDocument(
    text,
    letters[0]?.span.start,
    letters.map((letter) => renderLetter(text, letter)),
  );
}

/**
 * {@link renderDocument} from letters already rendered (`renderLetter`): the preamble, the text
 * before `firstLetter` (the first letter's start), then the letters' HTML.
 */
export function joinDocument(
  text: string,
  firstLetter: number | undefined,
  letters: readonly string[],
): string {
  const preamble = text
    .slice(0, firstLetter ?? text.length)
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ line: line.trim(), index }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, index }) => `<p class="preamble" data-line="${index}">${escapeHtml(line)}</p>`);
  return [...preamble, ...letters].join('\n');
}
