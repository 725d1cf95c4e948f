/**
 * Tokens for name matching: words and single punctuation characters, each with the kind of gap
 * that precedes it. Names in registers and running text go through the same tokenizer, so a name
 * matches exactly as it is written (`V.M.` is not `V. M.`).
 */

/** What separates a token from the one before it. */
export type Gap = 'none' | 'space' | 'line';

/** A word (letters, hyphenated parts) or one other visible character. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly word: boolean;
  /** The gap before this token; `none` for the first token of the text. */
  readonly gap: Gap;
}

/**
 * What a code point is to the tokenizer, as bits: a letter or combining mark (`\p{L}`, `\p{M}`),
 * lower case (`\p{Ll}`), upper case (`\p{Lu}`), an ASCII digit, white space (`\s`).
 */
const LETTER = 1;
const LOWER = 2;
const UPPER = 4;
const DIGIT = 8;
const SPACE = 16;
/** Set on every computed entry, so that 0 means "not yet looked up". */
const KNOWN = 128;

/**
 * The classes of the Basic Multilingual Plane, filled on first sight of each code unit: testing a
 * Unicode property pattern on every character of a megabyte edition was most of recognition.
 */
const BMP_CLASSES = new Uint8Array(0x10000);
const ASTRAL_CLASSES = new Map<number, number>();

function classify(codePoint: number): number {
  const character = String.fromCodePoint(codePoint);
  return (
    KNOWN |
    (/^[\p{L}\p{M}]$/u.test(character) ? LETTER : 0) |
    (/^\p{Ll}$/u.test(character) ? LOWER : 0) |
    (/^\p{Lu}$/u.test(character) ? UPPER : 0) |
    (/^\d$/u.test(character) ? DIGIT : 0) |
    (/^\s$/u.test(character) ? SPACE : 0)
  );
}

function classOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    let found = BMP_CLASSES[codePoint] as number;
    if (found === 0) {
      found = classify(codePoint);
      BMP_CLASSES[codePoint] = found;
    }
    return found;
  }
  let found = ASTRAL_CLASSES.get(codePoint);
  if (found === undefined) {
    found = classify(codePoint);
    ASTRAL_CLASSES.set(codePoint, found);
  }
  return found;
}

/** The class of the code point at `index` (a lone surrogate is a code point of its own). */
function classAt(text: string, index: number): number {
  return classOf(text.codePointAt(index) as number);
}

function widthAt(text: string, index: number): number {
  return (text.codePointAt(index) as number) > 0xffff ? 2 : 1;
}

const HYPHEN = 0x2d;
const UNICODE_HYPHEN = 0x2010;

/**
 * Splits a text into tokens; never throws, tokens are in text order. A word is letters with
 * combining marks, its hyphenated parts included (`Tso-lin`, `Stein-Domski`, with `-` or `‐`); a
 * number is ASCII digits; any other visible character is a token of its own. Extraction sometimes
 * loses the space between words (`andespeciallyNazaretian`, `inMoscow`): a capital after a
 * lower-case letter starts a new word. Scanned by code point rather than with a Unicode pattern,
 * which allocated a match for every token.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let index = 0;
  let gap: Gap = 'none';
  while (index < length) {
    const code = text.charCodeAt(index);
    const kind = code < 0xd800 ? BMP_CLASSES[code] || classOf(code) : classAt(text, index);
    if (kind & SPACE) {
      if (code === 0x0a || code === 0x0d) gap = 'line';
      else if (gap === 'none') gap = 'space';
      index++;
      continue;
    }
    const start = index;
    if (kind & LETTER) index = readWord(tokens, text, index, gap);
    else {
      if (kind & DIGIT) while (index < length && isDigitCode(text.charCodeAt(index))) index++;
      else index += code < 0xd800 ? 1 : widthAt(text, index);
      tokens.push({ start, end: index, text: text.slice(start, index), word: false, gap });
    }
    gap = 'none';
  }
  return tokens;
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Reads the word at `start` (letters, and a hyphen only with letters after it) in one pass,
 * pushing its parts, cut where a capital follows a lower-case letter (the parts after the first
 * follow without a gap); returns where the word ends.
 */
function readWord(tokens: Token[], text: string, start: number, gap: Gap): number {
  const length = text.length;
  let index = start;
  let partStart = start;
  let previousLower = false;
  for (;;) {
    while (index < length) {
      const code = text.charCodeAt(index);
      const point = code < 0xd800 ? code : (text.codePointAt(index) as number);
      const kind = point < 0x10000 ? BMP_CLASSES[point] || classOf(point) : classOf(point);
      if (!(kind & LETTER)) break;
      if (previousLower && kind & UPPER) {
        tokens.push({ start: partStart, end: index, text: text.slice(partStart, index), word: true, gap });
        partStart = index;
        gap = 'none';
      }
      previousLower = (kind & LOWER) !== 0;
      index += point > 0xffff ? 2 : 1;
    }
    const code = text.charCodeAt(index);
    if (
      (code !== HYPHEN && code !== UNICODE_HYPHEN) ||
      index + 1 >= length ||
      !(classAt(text, index + 1) & LETTER)
    )
      break;
    // The hyphen is no lower-case letter: a capital after it starts no new word.
    index++;
    previousLower = false;
  }
  tokens.push({ start: partStart, end: index, text: text.slice(partStart, index), word: true, gap });
  return index;
}

/** Whether a word starts with a lower-case letter (`\p{Ll}`). */
export function startsLowerCase(word: string): boolean {
  return word.length > 0 && (classAt(word, 0) & LOWER) !== 0;
}

/** The key of a token in the name trie: the gap matters only as "joined" or "separated". */
export function tokenKey(token: Token, first: boolean): string {
  return first || token.gap === 'none' ? token.text : ` ${token.text}`;
}

/** Whether a token is a capitalised word (a possible name). */
export function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && token.word && (classAt(token.text, 0) & UPPER) !== 0;
}

/** Whether a token looks like an initial: one capital (`L`), or a transliterated one (`Ye`, `Yem`). */
export function isInitialLetter(token: Token | undefined): boolean {
  return token !== undefined && token.word && /^\p{Lu}\p{Ll}{0,2}$/u.test(token.text);
}

/** A node of a trie of names by tokens: each path from the root spells a name, `match` says whose. */
export interface NameTrieNode<Match> {
  readonly children: Map<string, NameTrieNode<Match>>;
  match?: Match;
}

/**
 * Adds a name, as its tokens, to a trie and returns the node where it ends (undefined for a name
 * without tokens); the caller sets what the name matches there.
 */
export function insertName<Match>(
  root: NameTrieNode<Match>,
  tokens: readonly Token[],
): NameTrieNode<Match> | undefined {
  if (tokens.length === 0) return undefined;
  let node = root;
  tokens.forEach((token, index) => {
    const key = tokenKey(token, index === 0);
    let child = node.children.get(key);
    if (!child) {
      child = { children: new Map() };
      node.children.set(key, child);
    }
    node = child;
  });
  return node;
}

/**
 * The first code units of the names a trie starts with, as a table by code unit: looking up every
 * word of a letter in the trie hashes each one, and most words start with no name's first letter.
 */
export function firstCodeUnits(root: NameTrieNode<unknown>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const key of root.children.keys()) if (key.length > 0) table[key.charCodeAt(0)] = 1;
  return table;
}

/** The longest name of a trie that starts at token `first`: the node it ends at and its last token. */
export function longestMatch<Match>(
  root: NameTrieNode<Match>,
  tokens: readonly Token[],
  first: number,
): { last: number; node: NameTrieNode<Match> } | undefined {
  let node: NameTrieNode<Match> | undefined = root;
  let best: { last: number; node: NameTrieNode<Match> } | undefined;
  for (let index = first; index < tokens.length && node; index++) {
    node = node.children.get(tokenKey(tokens[index] as Token, index === first));
    if (node?.match) best = { last: index, node };
  }
  return best;
}

/** Longest editorial bracket looked at after a name. */
const MAX_BRACKET = 80;

/** Steps over `'s` / `’s` after a name: the index of the name's last token, the `s` included. */
export function skipPossessive(tokens: readonly Token[], last: number): number {
  const apostrophe = tokens[last + 1];
  const s = tokens[last + 2];
  return apostrophe?.gap === 'none' && /^['’]$/.test(apostrophe.text) && s?.text === 's' && s.gap === 'none'
    ? last + 2
    : last;
}

/** An editorial bracket right after a name, on the same line (`[Zinoviev]`, `[Petrograd]`): its tokens. */
export function bracketAfter(
  tokens: readonly Token[],
  last: number,
): { open: number; close: number } | undefined {
  const open = tokens[last + 1];
  if (open?.text !== '[' || open.gap === 'line') return undefined;
  for (let index = last + 2; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.gap === 'line' || token.end - open.start > MAX_BRACKET || token.text === '[') return undefined;
    if (token.text === ']') return index > last + 2 ? { open: last + 1, close: index } : undefined;
  }
  return undefined;
}
