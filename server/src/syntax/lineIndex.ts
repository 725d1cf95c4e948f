import type { TextChange } from './incremental';
import { nextLineBreak } from './lines';

/**
 * Maps between UTF-16 offsets and zero-based line/character positions, as LSP requires.
 * Lines end at `\n`, `\r\n` or a lone `\r`; characters are UTF-16 code units, so an astral
 * character counts two, exactly like the offsets of a JavaScript string.
 */
export class LineIndex {
  /** Offset at which each line starts, in increasing order; always begins with 0. */
  readonly lineStarts: Uint32Array;

  /** Indexes `text`; `lineStarts` may be passed when already known (see {@link LineIndex.edited}). */
  constructor(
    readonly text: string,
    lineStarts?: Uint32Array,
  ) {
    this.lineStarts = lineStarts ?? Uint32Array.from(computeLineStarts(text, 0, text.length));
  }

  /**
   * The index of `text`, made from the index of the text before `change`: only the changed lines
   * are scanned again; the line starts after them are copied, moved by the change's length difference.
   */
  static edited(previous: LineIndex, text: string, change: TextChange): LineIndex {
    const old = previous.lineStarts;
    const delta = change.newEnd - change.oldEnd;
    // Line starts before the change are unchanged (0 always starts a line); a line start after
    // oldEnd + 1 follows a break that reads only unchanged text.
    const before = Math.max(1, firstAtLeast(old, change.start));
    const after = firstAtLeast(old, change.oldEnd + 2);
    const scanned = computeLineStarts(
      text,
      Math.max(0, change.start - 1),
      Math.min(text.length, change.newEnd + 1),
    );
    const starts = new Uint32Array(before + scanned.length + (old.length - after));
    starts.set(old.subarray(0, before));
    let length = before;
    let last = starts[before - 1] as number;
    for (const start of scanned) {
      if (start > last) starts[length++] = last = start;
    }
    for (let index = after; index < old.length; index++) {
      const start = (old[index] as number) + delta;
      if (start > last) starts[length++] = last = start;
    }
    return new LineIndex(text, length === starts.length ? starts : starts.slice(0, length));
  }

  /** Number of lines (an empty text has one empty line). */
  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** The position of an offset; offsets outside the text are clamped into it. */
  positionAt(offset: number): { line: number; character: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    const lineStart = this.lineStarts[low] ?? 0;
    return { line: low, character: Math.min(clamped, this.lineEnd(low)) - lineStart };
  }

  /** The offset of a position; a character past the end of its line is clamped to that end. */
  offsetAt(position: { line: number; character: number }): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const lineStart = this.lineStarts[position.line] ?? 0;
    return Math.min(lineStart + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** The offset where a line's content ends, before its line break. */
  lineEnd(line: number): number {
    const next = this.lineStarts[line + 1];
    if (next === undefined) return this.text.length;
    let end = next - 1;
    if (this.text.charCodeAt(end) === 0x0a && this.text.charCodeAt(end - 1) === 0x0d) end -= 1;
    return end;
  }
}

/** The index of the first element of a sorted list that is at least `value`. */
function firstAtLeast(list: Uint32Array, value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((list[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The starts of the lines that follow the line breaks found in `text[from, to)` (and 0 when `from` is 0). */
function computeLineStarts(text: string, from: number, to: number): number[] {
  const starts = from === 0 ? [0] : [];
  // Most texts have only `\n` line ends: then `indexOf` alone finds them, several times faster.
  if (to - from > 65536 && text.indexOf('\r', from) === -1) {
    for (
      let index = text.indexOf('\n', from);
      index !== -1 && index < to;
      index = text.indexOf('\n', index + 1)
    ) {
      starts.push(index + 1);
    }
    return starts;
  }
  for (let index = nextLineBreak(text, from); index < to; index = nextLineBreak(text, index + 1)) {
    if (text.charCodeAt(index) === 0x0d && text.charCodeAt(index + 1) === 0x0a) index++;
    starts.push(index + 1);
  }
  return starts;
}
