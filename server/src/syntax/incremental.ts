import { isHorizontalSpace } from './characters';
import { findHeadings, HEADING_LOOKAHEAD } from './headings';
import { parseLetter } from './parseLetter';
import { trimEnd } from './parseDocument';
import { shiftLetter } from './shift';
import type { DocumentSyntax, LetterSyntax } from './tree';

/**
 * What an edit (or a run of edits) did to a text: `[start, oldEnd)` of the old text became
 * `[start, newEnd)` of the new one; everything before `start` is unchanged, everything after moved
 * by `newEnd - oldEnd`.
 */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/**
 * Adds an edit — `[start, end)` of the current text replaced by `length` code units — to the
 * change made so far (undefined: none yet), giving one change that covers both.
 */
export function composeChange(
  change: TextChange | undefined,
  start: number,
  end: number,
  length: number,
): TextChange {
  if (!change) return { start, oldEnd: end, newEnd: start + length };
  const delta = length - (end - start);
  const newEnd =
    change.newEnd <= start ? change.newEnd : change.newEnd >= end ? change.newEnd + delta : start + length;
  return {
    start: Math.min(change.start, start),
    oldEnd: change.oldEnd + Math.max(0, end - change.newEnd),
    newEnd: Math.max(newEnd, start + length),
  };
}

/**
 * Re-parses a document after a change, reusing the letters the change cannot affect: letters
 * before it keep their trees, letters after it are shifted (see {@link shiftLetter}), and only the
 * letters around the change are parsed again. Gives the same tree as `parseDocument(text)`.
 *
 * A heading's reading depends on the characters just before it and on its line plus
 * {@link HEADING_LOOKAHEAD} characters after it (where a glued heading looks for the editorial
 * date); the letters re-parsed are those whose headings could read the changed text.
 */
export function reparseDocument(previous: DocumentSyntax, text: string, change: TextChange): DocumentSyntax {
  const old = previous.letters;
  const delta = change.newEnd - change.oldEnd;
  // The last letter whose heading reads nothing at or after the change: parsing restarts there.
  let low = 0;
  let high = old.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (headingReach(text, old[middle] as LetterSyntax, change.start) < change.start) low = middle + 1;
    else high = middle;
  }
  const first = low - 1;
  // The first letter after the change whose heading reads nothing the change touched: reused from there.
  let last = Math.max(first + 1, 0);
  while (last < old.length && !unaffectedAfter(text, old[last] as LetterSyntax, change, delta)) last++;

  const from = first >= 0 ? (old[first] as LetterSyntax).span.start : 0;
  const next = old[last];
  const to = next ? next.heading.start + delta : text.length;
  const headings = findHeadings(text, from, to);
  const reparsed = headings.map((heading, index) => {
    const following = headings[index + 1]?.letterStart ?? (next ? next.span.start + delta : undefined);
    return parseLetter(text, heading, following === undefined ? text.length : trimEnd(text, following));
  });
  const letters = [
    ...old.slice(0, Math.max(first, 0)),
    ...reparsed,
    ...old.slice(last).map((letter) => shiftLetter(letter, delta)),
  ];
  return { preamble: { start: 0, end: letters[0]?.span.start ?? text.length }, letters };
}

/**
 * The offset up to which a heading's reading looks: the end of its line plus the glued-heading
 * look-ahead. Scanning stops at `limit`, since text from there on may have changed.
 */
function headingReach(text: string, letter: LetterSyntax, limit: number): number {
  let index = letter.heading.end;
  while (index < limit && isHorizontalSpace(text.charCodeAt(index))) index++;
  return index + HEADING_LOOKAHEAD + 2;
}

/** Whether a letter after the change keeps its heading: nothing it reads before itself was changed. */
function unaffectedAfter(text: string, letter: LetterSyntax, change: TextChange, delta: number): boolean {
  if (letter.span.start < change.oldEnd) return false;
  let index = letter.heading.start + delta;
  while (index > change.newEnd && isHorizontalSpace(text.charCodeAt(index - 1))) index--;
  return index - 1 >= change.newEnd;
}
