/** How often each lower-cased word, and each hyphenated compound, occurs in a document. */
export interface EditionWords {
  /** Occurrences of a word, counting the parts of hyphenated compounds too. */
  readonly words: ReadonlyMap<string, number>;
  /** Occurrences of a hyphenated compound (`so-called`). */
  readonly compounds: ReadonlyMap<string, number>;
}

interface Table {
  readonly words: Map<string, number>;
  readonly compounds: Map<string, number>;
}

let cachedText: string | undefined;
let cachedTable: Table | undefined;

function add(map: Map<string, number>, key: string, by: number): void {
  const count = (map.get(key) ?? 0) + by;
  if (count > 0) map.set(key, count);
  else map.delete(key);
}

/** Adds (`by` = 1) or removes (`by` = -1) the words of `text` to or from `table`. */
function tally(table: Table, text: string, by: number): void {
  for (const [token] of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
    const lower = token.toLowerCase();
    const parts = lower.split('-');
    if (parts.length > 1) add(table.compounds, lower, by);
    for (const part of parts) add(table.words, part, by);
  }
}

const WORD_CHARACTER = /[\p{L}-]/u;

/**
 * Recounts only the edited stretch: the text between the common prefix and suffix of the two
 * versions, widened to whole tokens, so that an edit costs a comparison, not a recount.
 */
function retally(table: Table, before: string, after: string): void {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let suffix = 0;
  while (
    suffix < shorter - start &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  while (start > 0 && WORD_CHARACTER.test(before[start - 1] ?? '')) start--;
  while (suffix > 0 && WORD_CHARACTER.test(before[before.length - suffix] ?? '')) suffix--;
  tally(table, before.slice(start, before.length - suffix), -1);
  tally(table, after.slice(start, after.length - suffix), 1);
}

/**
 * The word-frequency table of `text`. The last table is kept, since every letter of a document
 * asks for the same one, and updated from it after an edit rather than rebuilt.
 */
export function editionWords(text: string): EditionWords {
  if (cachedTable && cachedText === text) return cachedTable;
  if (cachedTable && cachedText !== undefined) retally(cachedTable, cachedText, text);
  else {
    cachedTable = { words: new Map(), compounds: new Map() };
    tally(cachedTable, text, 1);
  }
  cachedText = text;
  return cachedTable;
}
