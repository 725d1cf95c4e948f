import type { Fix } from '../analysis/problems';

/** A fix replacing the spaces before `at` with a paragraph break (a glued note or heading). */
export function splitLineBefore(text: string, eol: string, at: number, title: string): Fix {
  let start = at;
  while (
    start > 0 &&
    (text.charAt(start - 1) === ' ' || text.charAt(start - 1) === '\u00A0' || text.charAt(start - 1) === '\t')
  ) {
    start--;
  }
  return {
    title,
    replacements: [{ span: { start, end: at }, newText: `${eol}${eol}` }],
    preferred: true,
  };
}
