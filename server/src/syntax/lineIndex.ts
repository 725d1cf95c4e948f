/**
 * Maps between UTF-16 offsets and zero-based line/character positions, as LSP requires.
 * Lines end at `\n`, `\r\n` or a lone `\r`; characters are UTF-16 code units, so an astral
 * character counts two, exactly like the offsets of a JavaScript string.
 */
export class LineIndex {
  /** Offset at which each line starts; always begins with 0. */
  readonly lineStarts: readonly number[];

  constructor(readonly text: string) {
    this.lineStarts = computeLineStarts(text);
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

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0d) {
      if (text.charCodeAt(index + 1) === 0x0a) index++;
      starts.push(index + 1);
    } else if (code === 0x0a) {
      starts.push(index + 1);
    }
  }
  return starts;
}
