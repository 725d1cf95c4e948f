import { isHorizontalSpace, isLineBreak } from './characters';
import type { Span } from './span';
import type { EditionWords } from './vocabulary';

/** A `Letter N` heading found in the text. */
export interface Heading {
  readonly number: number;
  /** The words `Letter N`. */
  readonly span: Span;
  readonly numberSpan: Span;
  /** Where the letter starts: the heading's line, or the heading itself when it is glued to a line of text. */
  readonly letterStart: number;
  /** True when the heading ends a line of text (`... were broken off. Letter 15`). */
  readonly glued: boolean;
}

/** How far past a heading's line the glued-heading rule looks for the editorial date bracket. */
export const HEADING_LOOKAHEAD = 2000;

/** The heading pattern of each heading word, built once per word. */
const headingPatterns = new Map<string, RegExp>();

/**
 * `Letter N` (or the edition's heading word: `Brief 12`, `Lettre 12`, `No. 12`) followed by the
 * end of its line. The word is matched as written, case included.
 */
function headingPattern(word: string): RegExp {
  let pattern = headingPatterns.get(word);
  if (!pattern) {
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escaped}[ \\t\\u00A0]*(?<=[ \\t\\u00A0.])(\\d{1,4})(?=[ \\t\\u00A0]*(?:\\r|\\n|$))`,
      'gu',
    );
    headingPatterns.set(word, pattern);
  }
  return pattern;
}

/** Punctuation after which a glued heading may follow: the end of the previous sentence. */
const SENTENCE_END = /[.!?;:"'\u201D\u2019)\]]/;

/**
 * Finds the letter headings of a text. A heading is `Letter N` alone on its line; a heading at the end
 * of a line of text counts too when the text before it ends a sentence and the next non-blank line
 * opens an editorial date bracket (extraction damage glues headings to the previous paragraph).
 * The heading word is the edition's (`words`). `from` and `to` limit the search to headings starting in
 * `[from, to)` (for re-parsing after an edit).
 */
export function findHeadings(text: string, words: EditionWords, from = 0, to = text.length): Heading[] {
  const headings: Heading[] = [];
  const pattern = headingPattern(words.headingWord);
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) {
    const start = match.index;
    const digits = match[1] ?? '';
    const numberStart = start + match[0].length - digits.length;
    const heading: Omit<Heading, 'letterStart' | 'glued'> = {
      number: Number(digits),
      span: { start, end: numberStart + digits.length },
      numberSpan: { start: numberStart, end: numberStart + digits.length },
    };
    const lineStart = startOfLine(text, start);
    let before = start;
    while (before > lineStart && isHorizontalSpace(text.charCodeAt(before - 1))) before--;
    if (before === lineStart || (before === 1 && text.charCodeAt(0) === 0xfeff)) {
      headings.push({ ...heading, letterStart: lineStart, glued: false });
    } else if (
      before < start &&
      SENTENCE_END.test(text.charAt(before - 1)) &&
      nextLineOpensBracket(text, start)
    ) {
      headings.push({ ...heading, letterStart: start, glued: true });
    }
  }
  return headings;
}

function startOfLine(text: string, offset: number): number {
  let index = offset;
  while (index > 0 && !isLineBreak(text.charCodeAt(index - 1))) index--;
  return index;
}

/** Whether the first non-blank line after the one containing `offset` starts with `[`. */
function nextLineOpensBracket(text: string, offset: number): boolean {
  let index = offset;
  while (index < text.length && !isLineBreak(text.charCodeAt(index))) index++;
  const limit = Math.min(text.length, index + HEADING_LOOKAHEAD);
  while (index < limit) {
    const code = text.charCodeAt(index);
    if (isLineBreak(code) || isHorizontalSpace(code)) index++;
    else return code === 0x5b;
  }
  return false;
}
