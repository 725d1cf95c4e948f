import { isHorizontalSpace, isLineBreak } from './characters';
import type { Span } from './span';

/** A line's content without its line break, and whether it holds only white space. */
export interface Line extends Span {
  readonly blank: boolean;
}

/** Splits `text[start, end)` into lines (content spans without their line breaks). */
export function splitLines(text: string, start: number, end: number): Line[] {
  const lines: Line[] = [];
  let lineStart = start;
  let blank = true;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (isLineBreak(code)) {
      lines.push({ start: lineStart, end: index, blank });
      if (code === 0x0d && text.charCodeAt(index + 1) === 0x0a && index + 1 < end) index++;
      lineStart = index + 1;
      blank = true;
    } else if (blank && !isHorizontalSpace(code) && code !== 0xfeff) {
      blank = false;
    }
  }
  if (lineStart < end || lines.length === 0) lines.push({ start: lineStart, end, blank });
  return lines;
}

/** The offset of the first character of `line` that is not white space (its end if there is none). */
export function contentStart(text: string, line: Span): number {
  let index = line.start;
  while (
    index < line.end &&
    (isHorizontalSpace(text.charCodeAt(index)) || text.charCodeAt(index) === 0xfeff)
  ) {
    index++;
  }
  return index;
}

/** The offset just after the last character of `line` that is not white space. */
export function contentEnd(text: string, line: Span): number {
  let index = line.end;
  while (index > line.start && isHorizontalSpace(text.charCodeAt(index - 1))) index--;
  return index;
}
