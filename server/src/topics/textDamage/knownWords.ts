import type { Edition } from '../../analysis/edition';

/**
 * The words the edition itself vouches for, lower-cased: every word of every name and alias of
 * the persons, places, organisations and terms registers, and the words of its word lists.
 */
export interface KnownWords {
  readonly words: ReadonlySet<string>;
  /** The same object while the registers and the word lists are unchanged. */
  readonly sources: readonly unknown[];
}

/** Cache keyed by the edition: its known words, rebuilt when a register's entries or the word lists change (`sources`). */
const known = new WeakMap<Edition, KnownWords>();

/** The words of a name (`Kamenev`, `Narkomindel`, `d'Abernon`), lower-cased. */
function wordsOfName(name: string): string[] {
  return [...name.matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)].map(([word]) => word.toLowerCase());
}

/**
 * The edition's known words, rebuilt only when a register or a word list changed (the registers'
 * entry lists are rebuilt objects then, the lists count versions).
 */
export function knownWords(workspace: Edition): KnownWords {
  const registers = workspace.registers;
  const lists = workspace.wordLists;
  const sources = [lists.version, ...registers.kinds.map((index) => index.entries)];
  const previous = known.get(workspace);
  if (previous && sameSources(previous.sources, sources)) return previous;
  const words = new Set(lists.words);
  for (const index of registers.kinds) {
    for (const name of index.names.keys()) for (const word of wordsOfName(name)) words.add(word);
    for (const entry of index.entries)
      for (const claim of entry.claims) for (const word of wordsOfName(claim.name)) words.add(word);
  }
  const result = { words, sources };
  known.set(workspace, result);
  return result;
}

function sameSources(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((source, index) => source === b[index]);
}
