import type { LineIndex } from '../syntax/lineIndex';
import type { Problem } from './problems';

/**
 * What an edition keeps of the files of one kind besides its letters (a register kind, the word
 * lists, `edition.json`): each file read into a summary when set, its own problems, and where
 * they stand.
 */
export interface FileStore {
  /** Reads and keeps a file's text (never throws); unchanged text keeps what was read. */
  set(uri: string, text: string): void;
  /** Forgets a file (deleted, or no longer in the workspace). */
  delete(uri: string): void;
  /** The URIs of the files kept. */
  uris(): string[];
  /** A file's problems: its own and those found across the files of its kind. */
  problemsOf(uri: string): readonly Problem[];
  /** The line index of a kept file, where its problems are placed. */
  lineIndexOf(uri: string): LineIndex | undefined;
}

/**
 * One kind of file of an edition besides its letters. A new side file is one of these in the
 * edition's table of kinds (`Edition`), a new register kind one entry of `REGISTER_KINDS`.
 */
export interface FileKind {
  /** For messages and look-ups (`persons`, `word list`, `edition metadata`). */
  readonly name: string;
  /** How the file's name ends (`.places.json`); with a leading `/`, the whole name (`/edition.json`). */
  readonly suffix: string;
  readonly store: FileStore;
}

/** Whether a URI or path names a file of a kind, by the {@link FileKind.suffix} rule. */
export function isOfKind(kind: Pick<FileKind, 'suffix'>, uriOrPath: string): boolean {
  return `/${uriOrPath.replace(/\\/g, '/')}`.endsWith(kind.suffix);
}
