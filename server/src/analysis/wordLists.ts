import type { FileStore } from './fileKind';
import type { Problem } from './problems';
import { LineIndex } from '../syntax/lineIndex';

/** The file name ending of an edition's word list (`stalin-molotov-1926.words.txt`). */
export const WORD_LIST_SUFFIX = '.words.txt';

/**
 * One word of a list: letters, with apostrophes, hyphens and full stops inside (`Narkomindel`,
 * `so-called`, `d'Abernon`, `U.S.`), as a spelling checker's word list holds them.
 */
const WORD = /^\p{L}[\p{L}\p{M}'’.-]*$/u;

/** Whether a text can be an entry of a word list: one word as {@link WORD} describes it. */
export function isWord(entry: string): boolean {
  return WORD.test(entry);
}

/** A parsed word list: its words (lower-cased, since a list matches words in any case) and its problems. */
export interface WordListFile {
  readonly uri: string;
  readonly text: string;
  readonly lineIndex: LineIndex;
  /** The words, lower-cased. */
  readonly words: ReadonlySet<string>;
  readonly problems: readonly Problem[];
}

/**
 * Reads a word list in the format of cSpell's and Hunspell's personal word lists: one word per
 * line; blank lines and lines starting with `#` are ignored. A line that is not one word is a
 * `words.entry` problem and adds nothing. Never throws.
 */
export function parseWordList(uri: string, text: string): WordListFile {
  const words = new Set<string>();
  const problems: Problem[] = [];
  let offset = 0;
  for (const line of text.split(/\r\n|\r|\n/u)) {
    const start = offset + (line.length - line.trimStart().length);
    offset += line.length + (text.startsWith('\r\n', offset + line.length) ? 2 : 1);
    const entry = line.trim();
    if (entry === '' || entry.startsWith('#')) continue;
    if (isWord(entry)) {
      words.add(entry.toLowerCase());
      continue;
    }
    problems.push({
      code: 'words.entry',
      span: { start, end: start + entry.length },
      message: /\s/u.test(entry)
        ? `\`${entry}\` is more than one word: a word list holds one word per line.`
        : `\`${entry}\` is not a word: a word starts with a letter and holds only letters, apostrophes, hyphens and full stops.`,
      related: [],
      fixes: [],
    });
  }
  return { uri, text, lineIndex: new LineIndex(text), words, problems };
}

/** The word lists of a workspace; {@link version} changes with every change to them. */
export class WordLists implements FileStore {
  private readonly lists = new Map<string, WordListFile>();
  private merged: ReadonlySet<string> | undefined;
  /** Raised whenever a list is set or deleted. */
  version = 0;

  /** Parses and stores a list's text; unchanged text keeps the list as it was. */
  set(uri: string, text: string): WordListFile {
    const existing = this.lists.get(uri);
    if (existing?.text === text) return existing;
    const file = parseWordList(uri, text);
    this.lists.set(uri, file);
    this.changed();
    return file;
  }

  delete(uri: string): void {
    if (this.lists.delete(uri)) this.changed();
  }

  uris(): string[] {
    return this.files().map((file) => file.uri);
  }

  problemsOf(uri: string): readonly Problem[] {
    return this.lists.get(uri)?.problems ?? [];
  }

  lineIndexOf(uri: string): LineIndex | undefined {
    return this.lists.get(uri)?.lineIndex;
  }

  file(uri: string): WordListFile | undefined {
    return this.lists.get(uri);
  }

  /** Every list, sorted by URI. */
  files(): WordListFile[] {
    return [...this.lists.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  /** The words of every list, lower-cased. */
  get words(): ReadonlySet<string> {
    this.merged ??= new Set(this.files().flatMap((file) => [...file.words]));
    return this.merged;
  }

  /**
   * The list a document's new words go to: one in the document's folder, else in the nearest
   * folder above it, else the first; undefined when the edition has none.
   */
  listFor(documentUri: string): WordListFile | undefined {
    const files = this.files();
    const depth = (file: WordListFile) => {
      const folder = file.uri.slice(0, file.uri.lastIndexOf('/') + 1);
      return documentUri.startsWith(folder) ? folder.length : 0;
    };
    return files.reduce<WordListFile | undefined>(
      (best, file) => (best === undefined || depth(file) > depth(best) ? file : best),
      undefined,
    );
  }

  private changed(): void {
    this.version++;
    this.merged = undefined;
  }
}
