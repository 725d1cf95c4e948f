import { isHorizontalSpace } from './characters';
import type { Span } from './span';
import { endsWithCitation } from './vocabulary';

/** A line's content without its line break, and whether it holds only white space. */
export interface Line extends Span {
  readonly blank: boolean;
}

/** Splits `text[start, end)` into lines (content spans without their line breaks). */
export function splitLines(text: string, start: number, end: number): Line[] {
  const lines: Line[] = [];
  let lineStart = start;
  for (;;) {
    const lineBreak = nextLineBreak(text, lineStart);
    if (lineBreak >= end) break;
    lines.push({ start: lineStart, end: lineBreak, blank: isBlank(text, lineStart, lineBreak) });
    lineStart =
      text.charCodeAt(lineBreak) === 0x0d && text.charCodeAt(lineBreak + 1) === 0x0a && lineBreak + 1 < end
        ? lineBreak + 2
        : lineBreak + 1;
  }
  if (lineStart < end || lines.length === 0) {
    lines.push({ start: lineStart, end, blank: isBlank(text, lineStart, end) });
  }
  return lines;
}

const LINE_BREAK = /[\r\n]/g;

/**
 * The offset of the first line break (`\n` or `\r`) at or after `from`, or the text's length.
 * A regular expression finds it much faster than testing every character, and parsing a large
 * edition is mostly looking for the ends of its lines.
 */
export function nextLineBreak(text: string, from: number): number {
  LINE_BREAK.lastIndex = from;
  // `test` leaves `lastIndex` just after the one-character match and, unlike `exec`, builds no
  // match array for every line.
  return LINE_BREAK.test(text) ? LINE_BREAK.lastIndex - 1 : text.length;
}

/** Whether `text[start, end)` holds only horizontal white space and BOMs. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (!isHorizontalSpace(code) && code !== 0xfeff) return false;
  }
  return true;
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

/** Shortest and longest line a hard-wrapping editor leaves before a continuation. */
const WRAPPED_LINE = { shortest: 50, longest: 100 };

/**
 * Whether the line after `before` continues a hard-wrapped paragraph: `before` is not blank, has
 * the length of a wrapped line and stops in the middle of a sentence (no final `.`, `:`, `;`, `!`,
 * `?`, closing quotes and brackets aside, nor such an end followed by note markers: `… last Friday.2`,
 * `… decision. 2,3`).
 */
export function continuesWrappedLine(text: string, before: Line | undefined): boolean {
  if (!before || before.blank) return false;
  const content = text.slice(contentStart(text, before), contentEnd(text, before));
  return (
    content.length >= WRAPPED_LINE.shortest &&
    content.length <= WRAPPED_LINE.longest &&
    !endsSentence(content)
  );
}

const SENTENCE_END = /[.:;!?]["'\u201D\u2019)\]]*$/;
const TRAILING_MARKERS = /[ \u00A0]?\d{1,3}(?:,\d{1,3})*$/;

/** A final `.`, `:`, `;`, `!` or `?` (closing quotes and brackets aside), also before note markers, not after `pp.`. */
function endsSentence(content: string): boolean {
  if (SENTENCE_END.test(content)) return true;
  const markers = TRAILING_MARKERS.exec(content);
  if (!markers) return false;
  const before = content.slice(0, markers.index);
  return SENTENCE_END.test(before) && !endsWithCitation(before);
}
