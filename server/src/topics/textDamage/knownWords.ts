import type { Edition } from '../../analysis/edition';

/**
 * The words the edition itself vouches for, lower-cased: every word of every name and alias of
 * the persons, places, organisations and terms registers, and the words of its word lists. The
 * text-damage rules ask only whether a word of the letter, or a part of one, is among them; so a
 * letter's check holds across a change of them in which no word of its text changed (see
 * {@link knownWordsChangeConcerns}).
 */
export interface KnownWords {
  readonly words: ReadonlySet<string>;
  /** The same object while the registers and the word lists are unchanged. */
  readonly sources: readonly unknown[];
  /**
   * The known words these were rebuilt from and the words added or removed since; only one step
   * back is kept (a check made two changes ago is made again).
   */
  previous?: { readonly known: KnownWords; readonly changed: readonly string[] };
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
  const result: KnownWords = { words, sources };
  if (previous) {
    previous.previous = undefined;
    result.previous = { known: previous, changed: changedWords(previous.words, words) };
  }
  known.set(workspace, result);
  return result;
}

/** The words in one of the two sets and not in the other. */
function changedWords(before: ReadonlySet<string>, after: ReadonlySet<string>): string[] {
  const changed = [...after].filter((word) => !before.has(word));
  for (const word of before) if (!after.has(word)) changed.push(word);
  return changed;
}

/**
 * Whether a letter checked against the known words `then` may be found otherwise against `now`:
 * `now` was not rebuilt from `then` alone, or one of the words that changed between them occurs
 * in `letterText` (in any case; each part of a word with an apostrophe is looked for, since the
 * text may write the other apostrophe). A new person in the persons register leaves every letter
 * that does not name them as it was checked.
 */
export function knownWordsChangeConcerns(then: KnownWords, now: KnownWords, letterText: string): boolean {
  if (now.previous?.known !== then) return true;
  const { changed } = now.previous;
  if (changed.length === 0) return false;
  const lower = letterText.toLowerCase();
  return changed.some((word) => word.split(/['’]/u).some((part) => lower.includes(part)));
}

function sameSources(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((source, index) => source === b[index]);
}
