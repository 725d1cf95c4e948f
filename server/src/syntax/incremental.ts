import { isHorizontalSpace } from './characters';
import { HEADING_LOOKAHEAD } from './headings';
import type { Span } from './span';

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

/** Where a letter stands in the text before an edit: all {@link rereadRange} needs of it. */
export interface LetterBounds {
  /** The whole letter, heading included. */
  readonly span: Span;
  /** The `Letter N` words. */
  readonly heading: Span;
}

/**
 * What a change requires reading again: the letters before `kept` stay where they are; headings
 * starting in `[from, to)` of the new text are looked for again and their letters read; the letters
 * from `movedFrom` on keep their text and move by `delta`. Reading the range again gives the same
 * letters as reading the whole text (`findHeadings` and the letter ends of `parseDocument`).
 *
 * A heading's reading depends on the characters just before it and on its line plus
 * {@link HEADING_LOOKAHEAD} characters after it (where a glued heading looks for the editorial
 * date); the letters read again are those whose headings could read the changed text, and the
 * letter just before them, whose end is the next heading.
 */
export interface RereadRange {
  readonly kept: number;
  readonly from: number;
  readonly to: number;
  readonly movedFrom: number;
  readonly delta: number;
}

/** The letters of `previous` (in text order) that `change` leaves alone, and the range of `text` to read again. */
export function rereadRange(
  previous: readonly LetterBounds[],
  text: string,
  change: TextChange,
): RereadRange {
  const delta = change.newEnd - change.oldEnd;
  // The last letter whose heading reads nothing at or after the change: reading restarts there.
  let low = 0;
  let high = previous.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (headingReach(text, previous[middle] as LetterBounds, change.start) < change.start) low = middle + 1;
    else high = middle;
  }
  const first = low - 1;
  // The first letter after the change whose heading reads nothing the change touched: moved from there.
  let movedFrom = Math.max(first + 1, 0);
  while (
    movedFrom < previous.length &&
    !unaffectedAfter(text, previous[movedFrom] as LetterBounds, change, delta)
  )
    movedFrom++;
  const next = previous[movedFrom];
  return {
    kept: Math.max(first, 0),
    from: first >= 0 ? (previous[first] as LetterBounds).span.start : 0,
    to: next ? next.heading.start + delta : text.length,
    movedFrom,
    delta,
  };
}

/**
 * The offset up to which a heading's reading looks: the end of its line plus the glued-heading
 * look-ahead. Scanning stops at `limit`, since text from there on may have changed.
 */
function headingReach(text: string, letter: LetterBounds, limit: number): number {
  let index = letter.heading.end;
  while (index < limit && isBlankCharacter(text.charCodeAt(index))) index++;
  return index + HEADING_LOOKAHEAD + 2;
}

/** Whether a letter after the change keeps its heading: nothing it reads before itself was changed. */
function unaffectedAfter(text: string, letter: LetterBounds, change: TextChange, delta: number): boolean {
  if (letter.span.start < change.oldEnd) return false;
  let index = letter.heading.start + delta;
  while (index > change.newEnd && isBlankCharacter(text.charCodeAt(index - 1))) index--;
  return index - 1 >= change.newEnd;
}

/**
 * Whether a character counts as blank where a heading's line is read: horizontal white space, and
 * a byte-order mark anywhere (as `lines.ts` reads it), so that text before a BOM before a heading
 * is seen as what the heading reads.
 */
function isBlankCharacter(code: number): boolean {
  return isHorizontalSpace(code) || code === 0xfeff;
}
