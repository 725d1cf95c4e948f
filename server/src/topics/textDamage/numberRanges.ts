import type { Fix, Problem } from '../../analysis/problems';
import type { Span } from '../../syntax/span';

/** One way to read a run of digits as a range: its start and its (possibly shortened) end. */
export interface RangeReading {
  readonly start: string;
  readonly end: string;
  /** How many pages (or units) the range spans: the shortest is the likeliest. */
  readonly width: number;
}

/**
 * The page ranges that `digits` may be with its en dash lost, likeliest first. The end is written in
 * full (`90–101`) or shortened to its changed digits, two at least (`137–48`, as the Chicago manual
 * writes them), and lies after the start; it never starts with a zero.
 */
function pageRangeReadings(digits: string, announced: boolean): RangeReading[] {
  const readings: RangeReading[] = [];
  for (let at = 1; at < digits.length; at++) {
    const start = digits.slice(0, at);
    const end = digits.slice(at);
    if (end.startsWith('0') || start.startsWith('0')) continue;
    if (end.length > start.length + 1) continue;
    if (end.length < 2 && Number(start) >= 10) continue;
    const full =
      end.length >= start.length ? Number(end) : Number(start.slice(0, start.length - end.length) + end);
    if (full <= Number(start)) continue;
    // An end with more digits than the start only just crosses a power of ten (`90–101`), unless
    // `pp.` announces a range (`pp. 40104` is 40–104).
    if (end.length > start.length && full >= 2 * Number(start) && !announced) continue;
    readings.push({ start, end, width: full - Number(start) });
  }
  return readings.sort((a, b) => a.width - b.width);
}

/**
 * Where a page number stands in a citation: after a volume (`1:`), after `p.` or `pp.`, or after the
 * bracketed imprint of a book (`[Moscow, 1984], `).
 */
const PAGE_CONTEXT = /(?:\d:|\bpp?\.\s?|\],\s)$/u;

/** A number range at `span` that lost its en dash: one fix per reading, the first preferred when it is the only one. */
export function enDashProblem(
  span: Span,
  digits: string,
  readings: readonly RangeReading[],
  what: string,
): Problem {
  const fixes: Fix[] = readings.map((reading, index) => ({
    title: `Read as ${reading.start}–${reading.end}`,
    replacements: [{ span, newText: `${reading.start}–${reading.end}` }],
    preferred: index === 0 && readings.length === 1,
  }));
  const [first, ...others] = readings.map((reading) => `\`${reading.start}–${reading.end}\``);
  const alternatives = others.length > 0 ? ` (or ${others.join(', ')})` : '';
  return {
    code: 'text.lostEnDash',
    span,
    message: `\`${digits}\` looks like ${first}${alternatives}: the en dash of a ${what} was lost.`,
    related: [],
    fixes,
  };
}

/**
 * Page ranges in citations that lost their en dash (`1:90101`, `[Moscow, 1984], 13748`; the date
 * check reads `2126 June` and `19251926`, `quantities.ts` the quantity ranges). A page range needs
 * five digits or more (four after `pp.`, which announces a range), since a four-digit page exists.
 */
export function numberRangeProblems(text: string, range: Span): Problem[] {
  const problems: Problem[] = [];
  const slice = text.slice(range.start, range.end);
  for (const match of slice.matchAll(/(?<![\d.,–-])\d{4,7}(?![\d–-]|[.,]\d|\s*[-–—]\s*\d)/gu)) {
    const digits = match[0];
    const offset = match.index ?? 0;
    const span = { start: range.start + offset, end: range.start + offset + digits.length };
    const before = slice.slice(Math.max(0, offset - 20), offset);
    const announced = /pp\.\s?$/u.test(before);
    if (PAGE_CONTEXT.test(before) && (digits.length >= 5 || announced)) {
      const readings = pageRangeReadings(digits, announced);
      if (readings.length > 0) problems.push(enDashProblem(span, digits, readings.slice(0, 3), 'page range'));
    }
  }
  return problems;
}
