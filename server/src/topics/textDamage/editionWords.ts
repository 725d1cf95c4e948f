/** How often each lower-cased word, and each hyphenated compound, occurs in a document. */
export interface EditionWords {
  /** Occurrences of a word, counting the parts of hyphenated compounds too. */
  readonly words: ReadonlyMap<string, number>;
  /** Occurrences of a hyphenated compound (`so-called`). */
  readonly compounds: ReadonlyMap<string, number>;
}

let cachedText: string | undefined;
let cachedWords: EditionWords | undefined;

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * The word-frequency table of `text`; the last table is kept, since every letter of a document asks
 * for the same one.
 */
export function editionWords(text: string): EditionWords {
  if (cachedWords && cachedText === text) return cachedWords;
  const words = new Map<string, number>();
  const compounds = new Map<string, number>();
  for (const [token] of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
    const lower = token.toLowerCase();
    const parts = lower.split('-');
    if (parts.length > 1) count(compounds, lower);
    for (const part of parts) count(words, part);
  }
  cachedText = text;
  cachedWords = { words, compounds };
  return cachedWords;
}
