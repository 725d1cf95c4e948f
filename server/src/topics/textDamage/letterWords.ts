import type { Span } from '../../syntax/span';
import type { Token, TokenTable } from './countQuestions';
import { hashStep, type TextTable } from './textTable';

/** Classes of a code point, as bits: the Unicode classes the word rules' boundaries read. */
const LETTER = 1;
const LOWER = 2;
const UPPER = 4;
const NUMBER = 8;
const MARK = 16;
/** Set once a BMP code point's classes are in {@link bmpClasses}. */
const KNOWN = 128;

/** The classes of BMP code points, filled as they are met (a text uses few). */
const bmpClasses = new Uint8Array(0x10000);
const astralClasses = new Map<number, number>();

function classesOfCharacter(code: number): number {
  const character = String.fromCodePoint(code);
  return (
    (/\p{L}/u.test(character) ? LETTER : 0) |
    (/\p{Ll}/u.test(character) ? LOWER : 0) |
    (/\p{Lu}/u.test(character) ? UPPER : 0) |
    (/\p{N}/u.test(character) ? NUMBER : 0) |
    (/\p{M}/u.test(character) ? MARK : 0)
  );
}

/** The classes of a code point; none for -1 (no character: the edge of the range). */
function classesOf(code: number): number {
  if (code < 0) return 0;
  if (code < 0x10000) {
    let classes = bmpClasses[code] as number;
    if (classes === 0) bmpClasses[code] = classes = classesOfCharacter(code) | KNOWN;
    return classes;
  }
  let classes = astralClasses.get(code);
  if (classes === undefined) astralClasses.set(code, (classes = classesOfCharacter(code)));
  return classes;
}

/** Whether a code point is a letter (`\p{L}`); false for -1. */
export const isLetter = (code: number): boolean => (classesOf(code) & LETTER) !== 0;
/** Whether a code point is a number (`\p{N}`); false for -1. */
export const isNumber = (code: number): boolean => (classesOf(code) & NUMBER) !== 0;
/** Whether a code point is a mark (`\p{M}`); false for -1. */
export const isMark = (code: number): boolean => (classesOf(code) & MARK) !== 0;

/**
 * The code point of `text` at `at`, as a regular expression with the `u` flag reads the slice of
 * `range`: -1 outside it, a lone surrogate where the range cuts a pair.
 */
export function codePointAt(text: string, at: number, range: Span): number {
  if (at < range.start || at >= range.end) return -1;
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < range.end) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return code;
}

/** The code point of `text` that ends at `at` (the one a lookbehind reads), as {@link codePointAt} reads. */
export function codePointBefore(text: string, at: number, range: Span): number {
  if (at <= range.start || at > range.end) return -1;
  const code = text.charCodeAt(at - 1);
  if (code >= 0xdc00 && code <= 0xdfff && at - 2 >= range.start) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (code - 0xdc00) + 0x10000;
  }
  return code;
}

/** Every letter of the word is lower-case (`\p{Ll}+`). */
export const LOWER_CASE = 1;
/** An upper-case letter, then lower-case ones only (`\p{Lu}\p{Ll}+`). */
export const CAPITALISED = 2;

/**
 * The words of a letter that the rules of lower-case and capitalised words ask about: each run of
 * letters (`\p{L}+`, as long as it goes) that is lower-case (two letters or more) or capitalised
 * (three or more), in text order. One scan of the letter serves every such rule, and each distinct
 * word is one {@link Token} of the pass, so that each rule looks its verdict up on it instead of
 * matching and looking up the word again. Parallel arrays, not an object per word: a letter has
 * hundreds.
 */
export interface LetterWords {
  readonly length: number;
  /** Where each word starts and ends in the text. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** Its letters (code points: a letter outside the BMP is two code units and one letter). */
  readonly letters: readonly number[];
  /** {@link LOWER_CASE} or {@link CAPITALISED}. */
  readonly shapes: readonly number[];
  readonly tokens: readonly Token[];
}

/** The classes of the ASCII characters. */
const ASCII = Uint8Array.from({ length: 128 }, (_, code) => classesOfCharacter(code));

/**
 * The lower-case and capitalised words of `range` of `text` (see {@link LetterWords}), their
 * tokens from `tokens` (the pass's, which keep their verdicts for every letter).
 */
export function letterWords(text: string, range: Span, tokens: TokenTable): LetterWords {
  const starts: number[] = [];
  const ends: number[] = [];
  const letterCounts: number[] = [];
  const shapes: number[] = [];
  const found: Token[] = [];
  const end = range.end;
  let at = range.start;
  while (at < end) {
    let code = text.charCodeAt(at);
    if (code < 128 && ((ASCII[code] as number) & LETTER) === 0) {
      at++;
      continue;
    }
    const start = at;
    let first = 0;
    let restLower = true;
    let letters = 0;
    let hash = 0;
    // Each code point of the run of letters in turn, until one that is not a letter.
    while (at < end) {
      code = text.charCodeAt(at);
      let classes: number;
      let width = 1;
      if (code < 128) classes = ASCII[code] as number;
      else {
        if (code >= 0xd800 && code <= 0xdbff) {
          code = codePointAt(text, at, range);
          if (code > 0xffff) width = 2;
        }
        classes = classesOf(code);
      }
      if ((classes & LETTER) === 0) break;
      if (letters === 0) first = classes;
      else if ((classes & LOWER) === 0) restLower = false;
      letters++;
      hash = hashStep(hash, text.charCodeAt(at));
      if (width === 2) hash = hashStep(hash, text.charCodeAt(at + 1));
      at += width;
    }
    // A character that is no letter, outside ASCII.
    if (letters === 0) {
      at += code > 0xffff ? 2 : 1;
      continue;
    }
    if (!restLower) continue;
    // The rules ask about lower-case words of two letters or more and capitalised ones of three.
    const shape =
      (first & LOWER) !== 0 && letters >= 2
        ? LOWER_CASE
        : (first & UPPER) !== 0 && letters >= 3
          ? CAPITALISED
          : 0;
    if (shape === 0) continue;
    starts.push(start);
    ends.push(at);
    letterCounts.push(letters);
    shapes.push(shape);
    found.push(tokens.at(text, start, at, hash));
  }
  return { length: starts.length, starts, ends, letters: letterCounts, shapes, tokens: found };
}

const HYPHEN = 0x2d;

/**
 * How many code units the letter at `at` takes (two for a letter outside the BMP), or 0 when no
 * letter stands there (nor past `end`).
 */
function letterWidth(text: string, at: number, end: number): number {
  if (at >= end) return 0;
  const code = text.charCodeAt(at);
  if (code < 128) return ((ASCII[code] as number) & LETTER) !== 0 ? 1 : 0;
  const point = codePointAt(text, at, { start: 0, end });
  return (classesOf(point) & LETTER) === 0 ? 0 : point > 0xffff ? 2 : 1;
}

/**
 * Counts the tokens of `text` as the edition's word table takes them (`\p{L}+(?:-\p{L}+)*`:
 * letters, with hyphens between letters), each by its index in `table`: `counts[index]` goes up by
 * one per occurrence, with no string cut out for a token met before.
 */
export function countTokens(text: string, table: TextTable, counts: number[]): void {
  const end = text.length;
  let at = 0;
  while (at < end) {
    let width = letterWidth(text, at, end);
    if (width === 0) {
      at += codePointAt(text, at, { start: 0, end }) > 0xffff ? 2 : 1;
      continue;
    }
    const start = at;
    let hash = 0;
    for (;;) {
      hash = hashStep(hash, text.charCodeAt(at));
      if (width === 2) hash = hashStep(hash, text.charCodeAt(at + 1));
      at += width;
      width = letterWidth(text, at, end);
      if (width > 0) continue;
      // A hyphen joins the letters after it to the token.
      if (text.charCodeAt(at) !== HYPHEN) break;
      width = letterWidth(text, at + 1, end);
      if (width === 0) break;
      hash = hashStep(hash, HYPHEN);
      at++;
    }
    const index = table.indexAt(text, start, at, hash);
    counts[index] = (counts[index] ?? 0) + 1;
  }
}
