/** Whether a UTF-16 code unit ends a line (LF or CR). */
const isLineBreak = (code: number) => code === 0x0a || code === 0x0d;

/**
 * The matches of the global `pattern` in `text`, as `text.matchAll(pattern)` gives them (`index`
 * counted from the start of `text`), found by searching only the lines where the global `gate`
 * matches: the Unicode classes and lookbehinds of the rules' patterns are slow to try at every
 * character, while their gates are short and rarely match.
 *
 * The result is that of the whole text only when every match of `pattern` (with the character
 * after it) holds a match of `gate`, is not empty, never holds a line break, and looks at most one
 * character beyond either end: a line is searched with the line break after it, and the line break
 * before it reads, to a negative lookbehind, as the start of the text does (no class of the
 * patterns holds a line break).
 */
export function gatedLineMatches(text: string, pattern: RegExp, gate: RegExp): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  gate.lastIndex = 0;
  for (let hit = gate.exec(text); hit; hit = gate.exec(text)) {
    let start = hit.index;
    while (start > 0 && !isLineBreak(text.charCodeAt(start - 1))) start--;
    let end = hit.index;
    while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
    // With the line break after it, for a lookahead at the end of the line.
    const line = text.slice(start, Math.min(end + 1, text.length));
    pattern.lastIndex = 0;
    for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
      match.index += start;
      matches.push(match);
    }
    gate.lastIndex = end + 1;
  }
  return matches;
}
