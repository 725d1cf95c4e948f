import type { Span } from '../../syntax/span';
import type { Token, TokenTable } from './countQuestions';
import { ASCII, classesOf, codePointAt, LETTER, LOWER, UPPER } from './characters';
import { hashStep } from './textTable';

const SMALL_A = 0x61;

/** Every letter of the word is lower-case (`\p{Ll}+`). */
export const LOWER_CASE = 1;
/** An upper-case letter, then lower-case ones only (`\p{Lu}\p{Ll}+`). */
export const CAPITALISED = 2;

/**
 * The words of a letter that the rules of lower-case and capitalised words ask about: each run of
 * letters (`\p{L}+`, as long as it goes) that is lower-case (three letters or more, or two
 * beginning with `a`) or capitalised (three or more), in text order. One scan of the letter serves every such rule, and each distinct
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
  /** Each one's token of the pass. */
  readonly tokens: readonly Token[];
}

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
    // The rules ask about lower-case words of three letters or more (and of two after `a`, which
    // with one letter more may be two words: `an`, `at`), and about capitalised ones of three.
    const shape =
      (first & LOWER) !== 0 && (letters >= 3 || (letters === 2 && text.charCodeAt(start) === SMALL_A))
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
