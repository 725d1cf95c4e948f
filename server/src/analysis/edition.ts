import type { LineIndex } from '../syntax/lineIndex';
import { DEFAULT_WORDS, sameWords, type EditionWords } from '../syntax/vocabulary';
import { EDITION_FILE_NAME, EditionFiles, type EditionFile } from './editionFile';
import { inEditionOrder } from './editionOrder';
import { isOfKind, type FileKind } from './fileKind';
import { readLetters } from './documentLetters';
import { SHARED_LETTERS } from './letterTable';
import { DocumentModel } from './model';
import type { Problem } from './problems';
import type { RegisterKind } from './registers/kind';
import { REGISTER_KINDS } from './registers/kinds';
import { WorkspaceRegisters } from './registers/workspaceRegisters';
import { WordLists, WORD_LIST_SUFFIX } from './wordLists';

/** The file name ending of the letters. */
export const LETTERS_SUFFIX = '.letters';

/**
 * Every file of an edition's workspace, open or not: the `.letters` documents, each as the model of
 * its latest known text, and the side files of every {@link FileKind} (each register kind, the
 * word lists, `edition.json`). Pure: its hosts (the LSP session, the command-line tools) feed it
 * from the editor and from disk through `host/loader.ts`.
 */
export class Edition {
  private readonly documents = new Map<string, DocumentModel>();
  /** The registers of every kind and the mentions of their entries. */
  readonly registers: WorkspaceRegisters;
  /** The edition's own words (`*.words.txt`). */
  readonly wordLists = new WordLists();
  /** Every `edition.json` of the workspace. */
  readonly metadataFiles = new EditionFiles();
  /**
   * The kinds of side file, each with where it is kept: one entry per register kind, the word
   * lists and the metadata. A new side file is one entry here.
   */
  readonly fileKinds: readonly FileKind[];
  /** The folder whose `edition.json` is the edition's metadata (a `file:` URI ending in `/`). */
  root: string | undefined;
  /**
   * False while the host is still reading the edition's files from disk: checks that read the
   * other files (the letter sequence, cross-references, the chronology) wait until it is true, so
   * that a document opened meanwhile gets its own problems at once and theirs when the reading ends.
   */
  filesRead = true;
  private readWith: EditionWords = DEFAULT_WORDS;
  private documentsRevision = 0;
  private numbersRevision = 0;
  /** Per document, its letters' numbers (`11,12,13`): what the edition's order and sequence read of it. */
  private readonly letterNumbers = new Map<string, string>();
  /**
   * The URIs sorted, until a document comes or goes, and the edition's in edition order, until
   * letter numbers change too: an edit inside a letter of one file changes neither, and sorting
   * hundreds of files after every keystroke showed in its diagnostics.
   */
  private sorted: string[] | undefined;
  private inOrder: string[] | undefined;

  /** @param registerKinds the kinds of register the edition reads (a test may add one) */
  constructor(registerKinds: readonly RegisterKind[] = REGISTER_KINDS) {
    const registers = (this.registers = new WorkspaceRegisters(registerKinds));
    this.fileKinds = [
      ...registers.kinds.map((index): FileKind => ({
        name: index.kind.name,
        suffix: index.kind.suffix,
        store: {
          set: (uri, text) => index.set(uri, text),
          delete: (uri) => index.delete(uri),
          uris: () => index.files().map((file) => file.uri),
          problemsOf: (uri) => registers.problemsOf(uri),
          lineIndexOf: (uri) => index.file(uri)?.lineIndex,
        },
      })),
      { name: 'word list', suffix: WORD_LIST_SUFFIX, store: this.wordLists },
      { name: 'edition metadata', suffix: `/${EDITION_FILE_NAME}`, store: this.metadataFiles },
    ];
  }

  /** The side-file kind a file's name says it is; undefined for letters and other files. */
  kindOf(uri: string): FileKind | undefined {
    return this.fileKinds.find((kind) => isOfKind(kind, uri));
  }

  /** The side-file kind that keeps a file (whatever its name), if any. */
  holding(uri: string): FileKind | undefined {
    return this.fileKinds.find((kind) => kind.store.uris().includes(uri));
  }

  /** How the names of every side file end, for finding them on disk. */
  get sideFileSuffixes(): readonly string[] {
    return this.fileKinds.map((kind) => kind.suffix);
  }

  /**
   * Reads a side file into its kind: the one named (`persons`, for a register the settings name
   * whatever its file name), else the one its name says. False when it is of no kind.
   */
  setFile(uri: string, text: string, kindName?: string): boolean {
    const kind =
      kindName === undefined ? this.kindOf(uri) : this.fileKinds.find((each) => each.name === kindName);
    kind?.store.set(uri, text);
    return kind !== undefined;
  }

  /** Every side file kept, by URI. */
  sideFiles(): string[] {
    return this.fileKinds.flatMap((kind) => kind.store.uris());
  }

  /** A side file's problems: its own and those across the files of its kind. */
  problemsOf(uri: string): readonly Problem[] {
    return this.holding(uri)?.store.problemsOf(uri) ?? [];
  }

  /** The line index of a side file, or of a letters document. */
  lineIndexOf(uri: string): LineIndex | undefined {
    return this.holding(uri)?.store.lineIndexOf(uri) ?? this.documents.get(uri)?.lineIndex;
  }

  /** The edition's metadata: the `edition.json` of {@link root}, else the first one by URI. */
  metadata(): EditionFile | undefined {
    return this.metadataFiles.metadata(this.root);
  }

  /**
   * The words the edition's letters are read with (its language and heading word, from the
   * settings and `edition.json`: `resolveEditionWords`); English and `Letter` until told others.
   */
  get words(): EditionWords {
    return this.readWith;
  }

  /**
   * Reads the edition's letters with `words` from now on: every document known is read again with
   * them. False, and nothing read again, when they read as the words in use.
   */
  useWords(words: EditionWords): boolean {
    if (sameWords(words, this.readWith)) return false;
    this.readWith = words;
    for (const model of [...this.documents.values()])
      this.store(fromDisk(model.uri, model.version, model.text, words));
    return true;
  }

  /** Records a document's text; reuses the model when the version, text and words are unchanged. */
  set(uri: string, version: number, text: string): DocumentModel {
    const existing = this.documents.get(uri);
    if (
      existing &&
      existing.version === version &&
      existing.text === text &&
      existing.words === this.readWith
    )
      return existing;
    const model = fromDisk(uri, version, text, this.readWith);
    this.store(model);
    return model;
  }

  /** Stores an already built model (the open document's, read with {@link words}). */
  put(model: DocumentModel): void {
    this.store(model);
  }

  /**
   * A number that changes whenever a document is set, put or forgotten: what is derived from
   * every document (the letters as workspace symbols) is kept while it holds.
   */
  get revision(): number {
    return this.documentsRevision;
  }

  /**
   * A number that changes whenever a document comes or goes or its letters' numbers change: what
   * reads only the edition's order and the letters' numbers (their sequence) is kept while it
   * holds, over edits inside letters.
   */
  get numberingRevision(): number {
    return this.numbersRevision;
  }

  private store(model: DocumentModel): void {
    const added = !this.documents.has(model.uri);
    this.documents.set(model.uri, model);
    this.documentsRevision++;
    if (added) this.sorted = undefined;
    const numbers = model.letters.map((letter) => letter.number).join(',');
    if (added || this.letterNumbers.get(model.uri) !== numbers) {
      this.letterNumbers.set(model.uri, numbers);
      this.numbersRevision++;
      this.inOrder = undefined;
    }
  }

  get(uri: string): DocumentModel | undefined {
    return this.documents.get(uri);
  }

  /** Forgets a file of any kind. */
  delete(uri: string): void {
    if (this.documents.delete(uri)) {
      this.letterNumbers.delete(uri);
      this.documentsRevision++;
      this.numbersRevision++;
      this.sorted = this.inOrder = undefined;
    }
    for (const kind of this.fileKinds) kind.store.delete(uri);
  }

  /** All documents, sorted by URI so that results are stable. */
  all(): DocumentModel[] {
    this.sorted ??= [...this.documents.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return this.sorted.map((uri) => this.documents.get(uri) as DocumentModel);
  }

  /**
   * The documents that form the edition, in edition order: the files on disk. An untitled scratch
   * document (a copy being tried out) is checked on its own and takes no part in the sequence,
   * the exports, the website or the register listing.
   */
  edition(): DocumentModel[] {
    this.inOrder ??= inEditionOrder(this.all().filter((model) => belongsToEdition(model.uri))).map(
      (model) => model.uri,
    );
    return this.inOrder.map((uri) => this.documents.get(uri) as DocumentModel);
  }
}

/**
 * The model of a file the host read (from disk, not an editor's document): every letter read at
 * once, since the host reads the edition's files one by one, yielding between them, so that a
 * check across files later does not read them all in one go; the letters' texts slices of the
 * file's, which its model keeps (see `LetterTable.analysis`).
 */
function fromDisk(uri: string, version: number, text: string, words: EditionWords): DocumentModel {
  return new DocumentModel(uri, version, text, readLetters(text, words, SHARED_LETTERS, true));
}

/** Whether a document belongs to the edition: a file on disk, not an untitled scratch document. */
export function belongsToEdition(uri: string): boolean {
  return uri.startsWith('file:');
}

/** The file name of a URI, decoded, for messages and labels (`stalin-molotov-1926.letters`). */
export function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
