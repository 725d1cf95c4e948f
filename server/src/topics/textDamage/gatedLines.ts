/** Whether a UTF-16 code unit ends a line (LF or CR). */
const isLineBreak = (code: number) => code === 0x0a || code === 0x0d;

/** A line of a text, with the line break after it (if any), and where it starts in the text. */
export interface GatedLine {
  readonly start: number;
  readonly text: string;
}

/**
 * The lines of `text` where the global `gate` matches, in order, each once: the Unicode classes
 * and lookbehinds of the rules' patterns are slow to try at every character, while their gates are
 * short and rarely match, so the patterns are run on these lines only (see {@link matchesInLine}).
 */
export function gatedLines(text: string, gate: RegExp): GatedLine[] {
  const lines: GatedLine[] = [];
  gate.lastIndex = 0;
  for (let hit = gate.exec(text); hit; hit = gate.exec(text)) {
    let start = hit.index;
    while (start > 0 && !isLineBreak(text.charCodeAt(start - 1))) start--;
    let end = hit.index;
    while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
    // With the line break after it, for a lookahead at the end of the line.
    lines.push({ start, text: text.slice(start, Math.min(end + 1, text.length)) });
    gate.lastIndex = end + 1;
  }
  return lines;
}

/**
 * The matches of the global `pattern` in a line, as `matchAll` gives them, `index` counted from
 * the start of the whole text. On the lines where its gate matches, they are the matches of the
 * whole text when every match of `pattern` (with the character after it) holds a match of the
 * gate, is not empty, never holds a line break, and looks at most one character beyond either
 * end: the line break before a line reads, to a negative lookbehind, as the start of the text
 * does (no class of the patterns holds a line break).
 */
export function matchesInLine(line: GatedLine, pattern: RegExp): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(line.text); match; match = pattern.exec(line.text)) {
    match.index += line.start;
    matches.push(match);
  }
  return matches;
}

/**
 * The matches of the global `pattern` in `text`, as `text.matchAll(pattern)` gives them, found on
 * the lines where the global `gate` matches only (see {@link gatedLines} and {@link matchesInLine}
 * for when that is all of them).
 */
export function gatedLineMatches(text: string, pattern: RegExp, gate: RegExp): RegExpExecArray[] {
  return gatedLines(text, gate).flatMap((line) => matchesInLine(line, pattern));
}
