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

// Letters with combining marks; hyphenated parts stay one word (`Tso-lin`, `Stein-Domski`).
const TOKEN = /[\p{L}\p{M}]+(?:[-‐][\p{L}\p{M}]+)*|\d+|[^\s\p{L}\p{M}\d]/gu;
// Extraction sometimes loses the space between words (`andespeciallyNazaretian`, `inMoscow`): a
// capital after a lower-case letter starts a new word.
const HUMP = /(?<=\p{Ll})(?=\p{Lu})/u;
const WORD_START = /^[\p{L}\p{M}]/u;
const HUMP_TEST = /\p{Ll}\p{Lu}/u;

/** Splits a text into tokens; never throws, tokens are in text order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const gap = gapKind(text, previousEnd, start);
    const value = match[0];
    const parts = value.length > 1 && HUMP_TEST.test(value) ? value.split(HUMP) : [value];
    let offset = start;
    parts.forEach((part, index) => {
      tokens.push({
        start: offset,
        end: offset + part.length,
        text: part,
        word: WORD_START.test(part),
        gap: index === 0 ? gap : 'none',
      });
      offset += part.length;
    });
    previousEnd = start + value.length;
  }
  return tokens;
}

function gapKind(text: string, from: number, to: number): Gap {
  if (from === to) return 'none';
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a || code === 0x0d) return 'line';
  }
  return 'space';
}

/** The key of a token in the name trie: the gap matters only as "joined" or "separated". */
export function tokenKey(token: Token, first: boolean): string {
  return first || token.gap === 'none' ? token.text : ` ${token.text}`;
}

/** Whether a token is a capitalised word (a possible name). */
export function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && token.word && /^\p{Lu}/u.test(token.text);
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
