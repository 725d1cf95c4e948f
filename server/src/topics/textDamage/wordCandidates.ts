/**
 * Where the rules on lower-case words look: the words that may be two run together (five letters
 * or more, not beside a number, an apostrophe or a hyphen) and the short ones that may be two
 * function words (`ofa`, `tobe`), with the pair they would be.
 */
import type { Span } from '../../syntax/span';
import { codePointAt, codePointBefore, isLetter, isNumber } from './characters';

/**
 * Whether a lower-case word of five letters or more between `start` and `end` is asked: not
 * after a number, an apostrophe or a hyphen, not before a number or a hyphen, nor before an
 * apostrophe unless a contraction follows it (`blocthere's`; a possessive apostrophe may not).
 */
export function fusedCandidate(text: string, range: Span, start: number, end: number): boolean {
  const before = codePointBefore(text, start, range);
  if (isNumber(before) || before === APOSTROPHE || before === RIGHT_QUOTE || before === HYPHEN) return false;
  const after = codePointAt(text, end, range);
  if (isNumber(after) || after === HYPHEN) return false;
  return (after !== APOSTROPHE && after !== RIGHT_QUOTE) || contractionAt(text, end + 1, range);
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;

/** Whether a contraction's ending (`s`, `ll`, `re`, `ve`, `d`, `m`) stands at `at`, no letter after it. */
function contractionAt(text: string, at: number, range: Span): boolean {
  const ending = CONTRACTION_ENDINGS.exec(text.slice(at, Math.min(at + 2, range.end)))?.[0];
  return ending !== undefined && !isLetter(codePointAt(text, at + ending.length, range));
}

const CONTRACTION_ENDINGS = /^(?:s|ll|re|ve|d|m)/u;

/**
 * Whether a lower-case word of two to four letters between `start` and `end` stands where two
 * short function words run together are asked about (`ofa`, `tobe`; whether it is two such words
 * is {@link shortPair}'s): not beside a number, an apostrophe or a hyphen.
 */
export function shortPairCandidate(text: string, range: Span, start: number, end: number): boolean {
  return !pairNeighbour(codePointBefore(text, start, range)) && !pairNeighbour(codePointAt(text, end, range));
}

const pairNeighbour = (code: number): boolean =>
  isNumber(code) || code === APOSTROPHE || code === RIGHT_QUOTE || code === HYPHEN;

/** Whether a lower-case word may be two short function words: one of them and one or two letters more. */
export const shortPair = (token: string): boolean => SHORT_PAIR.test(token);

/** The shortest function words, which a lost line's end glues into a token of three or four letters (`ofa`, `tobe`). */
const SHORT_FUNCTION_WORDS = new Set(
  'a an as at be by he in is it me my no of on or so to up us we'.split(' '),
);

/** A lower-case word of two to four letters that may be two of {@link SHORT_FUNCTION_WORDS}. */
const SHORT_PAIR = /^(?:a|an|as|at|by|in|is|it|of|on|or|to)\p{Ll}{1,2}$/u;

/**
 * The two function words that `token` is, if it is two in one way only (`ofa` → `of a`, `tobe` →
 * `to be`); a word the dictionary or the frequency list knows (`into`, `anon`, `tome`) was never asked.
 */
export function shortPairParts(token: string): [string, string] | undefined {
  let found: [string, string] | undefined;
  for (let at = 1; at < token.length; at++) {
    const head = token.slice(0, at);
    const tail = token.slice(at);
    if (!SHORT_FUNCTION_WORDS.has(head) || !SHORT_FUNCTION_WORDS.has(tail)) continue;
    if (found) return undefined;
    found = [head, tail];
  }
  return found;
}
