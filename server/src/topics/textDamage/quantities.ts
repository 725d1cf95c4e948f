import type { Fix, Problem } from '../../analysis/problems';
import type { Span } from '../../syntax/span';
import { enDashProblem } from './numberRanges';

/**
 * Words that count or measure a quantity (`20–30 thousand`, `150 million poods`, `12 percent`):
 * after one of them, a number is a quantity, never a year, a note marker or a date.
 */
const QUANTITY_WORDS =
  'thousand|thousands|million|millions|billion|billions|percent|per cent|poods|puds|rubles|roubles|kopecks|' +
  'chervontsy|tons|tonnes|dollars|pounds|francs|marks|acres|hectares|desiatins|desiatinas|versts|' +
  'kilometres|kilometers|miles|metres|meters';

/** A quantity word right after a number and one space. */
const QUANTITY_AFTER = new RegExp(`^\\s(?:${QUANTITY_WORDS})(?![\\p{L}])`, 'u');

/** A digit, one space and a quantity word: the end of every finding of {@link wordQuantityProblems}. */
const QUANTITY_AFTER_DIGIT = new RegExp(`\\d\\s(?:${QUANTITY_WORDS})(?![\\p{L}])`, 'u');

/** Citation fields and counting words after which a number is a reference, never a quantity. */
const REFERENCE_BEFORE = /(?:\b(?:f|op|d|l|ll|ob|vyp|p|pp|vol|no|t|nos)\.\s?|№\s?|\bNo\s|:)$/u;

/**
 * Whether two halves read as a range of round quantities: ascending, the higher at most twice the
 * lower, both multiples of five (`20–30`, `120–140`, `300–400`), as estimates are given.
 */
function roundRange(low: number, high: number): boolean {
  return low >= 10 && high > low && high <= 2 * low && low % 5 === 0 && high % 5 === 0;
}

/**
 * The quantity range that `digits` is without its en dash: four or six digits cut in two halves
 * of two or three digits each (`2030`, `300400`, `120140`), a round range (see {@link roundRange}).
 */
function quantityReading(digits: string): { start: string; end: string } | undefined {
  if (digits.length !== 4 && digits.length !== 6) return undefined;
  const half = digits.length / 2;
  const start = digits.slice(0, half);
  const end = digits.slice(half);
  if (start.startsWith('0') || end.startsWith('0')) return undefined;
  return roundRange(Number(start), Number(end)) ? { start, end } : undefined;
}

/**
 * Quantity ranges that lost their en dash before a quantity word (`2030 thousand`, `300400
 * million`, `120140 thousand poods` → `120–140`), never after a citation field or a volume's
 * colon, in a decimal or a number with separators, or as a list's number.
 */
function quantityRangeProblems(slice: string, offset: number): Problem[] {
  const problems: Problem[] = [];
  for (const match of slice.matchAll(/(?<![\d.,–-]|\p{L})\d{4}(?:\d{2})?(?![\d–-]|[.,]\d)/gu)) {
    const digits = match[0];
    const at = match.index ?? 0;
    if (!QUANTITY_AFTER.test(slice.slice(at + digits.length, at + digits.length + 16))) continue;
    if (REFERENCE_BEFORE.test(slice.slice(Math.max(0, at - 8), at))) continue;
    const reading = quantityReading(digits);
    if (!reading) continue;
    const span = { start: offset + at, end: offset + at + digits.length };
    const width = Number(reading.end) - Number(reading.start);
    problems.push(enDashProblem(span, digits, [{ ...reading, width }], 'quantity range'));
  }
  return problems;
}

function insertion(title: string, at: number, joint: string, preferred: boolean): Fix {
  return { title, replacements: [{ span: { start: at, end: at }, newText: joint }], preferred };
}

/**
 * A word glued to the quantity after it (`Coal150 million poods`, `about150 million`): a
 * capitalised word heads an item of a list and lost the em dash after it (`Coal—150 million`), a
 * lower-case one the space. A note marker is never glued to a quantity word after it, so the
 * digits are the quantity; both fixes are offered, the first sure.
 */
function wordQuantityProblems(slice: string, offset: number): Problem[] {
  const problems: Problem[] = [];
  // What every finding ends with, looked for first: the pattern below tries a word at every letter.
  if (!QUANTITY_AFTER_DIGIT.test(slice)) return problems;
  const pattern = new RegExp(
    `(?<![\\p{L}\\d'’])(\\p{L}*\\p{Ll})(\\d{1,3}(?:[.,]\\d+)?(?:[–-]\\d{1,3})?)(?=\\s(?:${QUANTITY_WORDS})(?![\\p{L}]))`,
    'gu',
  );
  for (const match of slice.matchAll(pattern)) {
    const [whole, word = '', number = ''] = match;
    // An ordinal's letters come after its digits, never before (`4th`), and a word of one letter is an abbreviation.
    if (word.length < 2) continue;
    const start = offset + (match.index ?? 0);
    const joint = start + word.length;
    const capitalised = /^\p{Lu}/u.test(word);
    const dash = insertion('Insert an em dash', joint, '—', capitalised);
    const space = insertion('Insert a space', joint, ' ', !capitalised);
    problems.push({
      code: capitalised ? 'text.lostDash' : 'text.missingSpace',
      span: { start, end: start + whole.length },
      message: capitalised
        ? `\`${whole}\` looks like \`${word}—${number}\`: the em dash before the quantity was lost.`
        : `\`${whole}\` looks like \`${word} ${number}\`: the space before the quantity was lost.`,
      related: [],
      fixes: capitalised ? [dash, space] : [space, dash],
    });
  }
  return problems;
}

/** Quantities that lost a dash or a space (`2030 thousand`, `Coal150 million`), in `range` of `text`. */
export function quantityProblems(text: string, range: Span): Problem[] {
  const slice = text.slice(range.start, range.end);
  return [...quantityRangeProblems(slice, range.start), ...wordQuantityProblems(slice, range.start)].sort(
    (a, b) => a.span.start - b.span.start,
  );
}
