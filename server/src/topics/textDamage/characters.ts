import type { Span } from '../../syntax/span';

/*
 * The Unicode classes of characters that the rules of words read at a word's edges (letter,
 * lower-case, upper-case, number, mark), as a scan reads them code point by code point, without a
 * regular expression tried at every character.
 */

/** Classes of a code point, as bits: the Unicode classes the word rules' boundaries read. */
export const LETTER = 1;
export const LOWER = 2;
export const UPPER = 4;
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
export function classesOf(code: number): number {
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

/** The classes of the ASCII characters. */
export const ASCII = Uint8Array.from({ length: 128 }, (_, code) => classesOfCharacter(code));

/**
 * How many code units the letter at `at` takes (two for a letter outside the BMP), or 0 when no
 * letter stands there (nor past `end`).
 */
export function letterWidth(text: string, at: number, end: number): number {
  if (at >= end) return 0;
  const code = text.charCodeAt(at);
  if (code < 128) return ((ASCII[code] as number) & LETTER) !== 0 ? 1 : 0;
  const point = codePointAt(text, at, { start: 0, end });
  return (classesOf(point) & LETTER) === 0 ? 0 : point > 0xffff ? 2 : 1;
}
