import type { Span } from './span';
import type { CrossReferenceSyntax } from './tree';

const SPACE = '[ \\t\\u00A0]*';
const GAP = '[ \\t\\u00A0]+';
/**
 * `see letter 21, note 4` (also `note4`, glued by extraction), `see note 2 in letter 26`,
 * `see letter 21` and `see note 3` (a note of the same letter).
 */
const CROSS_REFERENCE = new RegExp(
  `\\b[Ss]ee${GAP}(?:` +
    `[Ll]etter${GAP}(\\d{1,4})(?:,?${GAP}(?:and${GAP})?notes?${SPACE}(\\d{1,3}))?` +
    `|notes?${SPACE}(\\d{1,3})(?:${GAP}(?:in|of|to)${GAP}(?:[Ll]etter)${GAP}(\\d{1,4}))?` +
    `)(?!\\d)`,
  'g',
);

/** Finds the cross-references in `text[range)`. */
export function scanCrossReferences(text: string, range: Span): CrossReferenceSyntax[] {
  const found: CrossReferenceSyntax[] = [];
  const slice = text.slice(range.start, range.end);
  CROSS_REFERENCE.lastIndex = 0;
  for (let match = CROSS_REFERENCE.exec(slice); match; match = CROSS_REFERENCE.exec(slice)) {
    const base = range.start + match.index;
    const whole = match[0];
    const letterDigits = match[1] ?? match[4];
    const noteDigits = match[2] ?? match[3];
    found.push({
      span: { start: base, end: base + whole.length },
      letter: letterDigits === undefined ? undefined : Number(letterDigits),
      letterSpan:
        letterDigits === undefined ? undefined : locate(whole, base, letterDigits, match[1] !== undefined),
      note: noteDigits === undefined ? undefined : Number(noteDigits),
      noteSpan:
        noteDigits === undefined ? undefined : locate(whole, base, noteDigits, match[3] !== undefined),
    });
  }
  return found;
}

/** The span of a group's digits: the first or the last occurrence of them in the match. */
function locate(whole: string, base: number, digits: string, first: boolean): Span {
  const index = first ? whole.search(/\d/) : whole.lastIndexOf(digits);
  return { start: base + index, end: base + index + digits.length };
}
