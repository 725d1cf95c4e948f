import type { Span } from './span';
import type { CrossReferenceSyntax } from './tree';

/** Spaces, or one line break of a hard-wrapped paragraph (`see letter` / `21, note 4`), never a blank line. */
const GAP = '(?:[ \\t\\u00A0]*(?:\\r\\n|\\r|\\n)[ \\t\\u00A0]*|[ \\t\\u00A0]+)';
const NOTES = `notes?(?:${GAP})?(\\d{1,3})(?:${GAP}and${GAP}(\\d{1,3}))?`;
/**
 * The usual forms of a cross-reference:
 * - `see letter 21`, `see letter 21, note 4` (also `note4`, glued by extraction), `see letter 21, notes 2 and 3`;
 * - `see note 2 in letter 26` (`of`, `to`), `see notes 2 and 3 to letter 21`, `see note 3` (this letter);
 * - `see above, note 2`, `see below, note 5` (this letter);
 * - `note 3 above`, `note 5 below`, without `see` (this letter).
 */
const CROSS_REFERENCE = new RegExp(
  `\\b[Ss]ee${GAP}(?:` +
    `[Ll]etter${GAP}(?<letterFirst>\\d{1,4})(?:,?${GAP}(?:and${GAP})?${NOTES})?` +
    `|${NOTES}(?:${GAP}(?:in|of|to)${GAP}[Ll]etter${GAP}(?<letterLast>\\d{1,4}))?` +
    `|(?:above|below),?${GAP}${NOTES}` +
    `)(?!\\d)` +
    `|\\b[Nn]otes?(?:${GAP})?(?<placed>\\d{1,3})(?:${GAP}and${GAP}(?<placedSecond>\\d{1,3}))?${GAP}(?:above|below)\\b`,
  'g',
);

/** Finds the cross-references in `text[range)`; `notes 2 and 3` gives one reference per note. */
export function scanCrossReferences(text: string, range: Span): CrossReferenceSyntax[] {
  const found: CrossReferenceSyntax[] = [];
  const slice = text.slice(range.start, range.end);
  CROSS_REFERENCE.lastIndex = 0;
  for (let match = CROSS_REFERENCE.exec(slice); match; match = CROSS_REFERENCE.exec(slice)) {
    const base = range.start + match.index;
    const whole = match[0];
    const groups = match.groups ?? {};
    const letterDigits = groups['letterFirst'] ?? groups['letterLast'];
    // Named groups are numbered too: 1 letterFirst, 2–3 NOTES, 4–5 NOTES, 6 letterLast, 7–8 NOTES.
    const noteDigits = match[2] ?? match[4] ?? match[7] ?? groups['placed'];
    const secondDigits = match[3] ?? match[5] ?? match[8] ?? groups['placedSecond'];
    const letterSpan =
      letterDigits === undefined
        ? undefined
        : locate(whole, base, letterDigits, groups['letterFirst'] !== undefined);
    const noteSpan =
      noteDigits === undefined ? undefined : numberAfter(whole, base, /notes?[ \t\u00A0]*/, noteDigits);
    const secondSpan =
      secondDigits === undefined
        ? undefined
        : numberAfter(whole, base, /[ \t\u00A0]and[ \t\u00A0]+(?=\d)/, secondDigits);
    const letter = letterDigits === undefined ? undefined : Number(letterDigits);
    const span = { start: base, end: base + whole.length };
    if (secondSpan === undefined || noteSpan === undefined) {
      found.push({
        span,
        letter,
        letterSpan,
        note: noteDigits === undefined ? undefined : Number(noteDigits),
        noteSpan,
      });
      continue;
    }
    // Two notes: each reference covers its own number, so hover and definition tell them apart.
    found.push(
      { span: { start: base, end: noteSpan.end }, letter, letterSpan, note: Number(noteDigits), noteSpan },
      {
        span: { start: secondSpan.start, end: span.end },
        letter,
        letterSpan,
        note: Number(secondDigits),
        noteSpan: secondSpan,
      },
    );
  }
  return found;
}

/** The span of a letter number: the first digits of the match, or its last occurrence. */
function locate(whole: string, base: number, digits: string, first: boolean): Span {
  const index = first ? whole.search(/\d/) : whole.lastIndexOf(digits);
  return { start: base + index, end: base + index + digits.length };
}

/** The span of `digits` right after the first text matching `before` (case-insensitive). */
function numberAfter(whole: string, base: number, before: RegExp, digits: string): Span {
  const lead = new RegExp(before.source, 'i').exec(whole);
  const index = lead ? lead.index + lead[0].length : whole.indexOf(digits);
  return { start: base + index, end: base + index + digits.length };
}
