/**
 * The state of one server session, in one object instead of module-level variables: the editor's
 * documents, the model cache, the workspace index, the settings, the workspace folders, what the
 * client declared, and the language service over them.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileUri } from '../host/files';
import { ModelCache, type DocumentModel } from '../analysis/model';
import { Edition } from '../analysis/edition';
import { DEFAULT_SETTINGS, type LettersSettings } from '../analysis/settings';
import type { ShownProblem } from '../features/letters';
import { createLanguageService, type LettersLanguageService } from '../service/languageService';
import type { ClientSupport } from './clientSupport';
import type { OutputState } from './transport';

/**
 * How long a request waits for the first reading of the workspace (registers, other `.letters`
 * files) before it is answered from what has been read so far.
 */
export const INITIAL_LOAD_WAIT_MS = 10_000;

/** One session's state. */
export class Session {
  readonly models = new ModelCache();
  readonly workspace = new Edition();
  /** The editor's documents; every edit is also recorded in `models`, so a new version re-parses only what changed. */
  readonly documents: TextDocuments<TextDocument>;
  settings: LettersSettings = DEFAULT_SETTINGS;
  /** Per document, the problems last published, with the severity they were shown at (the Letters view counts them). */
  readonly shownProblems = new Map<string, readonly ShownProblem[]>();
  /** The language features over this session's edition and settings. */
  readonly service: LettersLanguageService = createLanguageService({
    workspace: this.workspace,
    settings: () => this.settings,
    modelOf: (uri) => this.modelOf(uri),
    shownProblemsOf: (uri) => this.shownProblems.get(uri) ?? [],
  });
  private folders: string[] = [];
  /** Registers named in `letters.persons`, which may have any file name. */
  configuredRegisters = new Set<string>();
  /** Requests being answered, which an opened document's first diagnostics and background work let go first. */
  readonly replies = new PendingReplies();
  /** Whether the connection's writer still holds messages other than replies (set when the transport opens). */
  output: OutputState = { pending: false, written: () => Promise.resolve() };
  /** What the client declared in `initialize` (set there, before any other message is handled). */
  support!: ClientSupport;
  private loaded = false;
  private markLoaded!: () => void;
  private readonly initialLoad = new Promise<void>((resolve) => (this.markLoaded = resolve));
  private markSideFilesLoaded!: () => void;
  private readonly sideFilesLoad = new Promise<void>((resolve) => (this.markSideFilesLoaded = resolve));

  constructor() {
    // Until the first reading ends, checks that read the other files wait (see `Edition.filesRead`).
    this.workspace.filesRead = false;
    const models = this.models;
    this.documents = new TextDocuments<TextDocument>({
      create: TextDocument.create,
      update(document, changes, version) {
        for (const change of changes) {
          const range = 'range' in change ? change.range : undefined;
          const start = range ? document.offsetAt(range.start) : 0;
          const end = range ? document.offsetAt(range.end) : document.getText().length;
          models.edit(document.uri, start, end, change.text.length);
          TextDocument.update(document, [change], version);
        }
        return TextDocument.update(document, [], version);
      },
    });
  }

  /** Whether the first reading of the workspace has finished. */
  get isLoaded(): boolean {
    return this.loaded;
  }

  /**
   * Records that the settings, registers, word lists and `edition.json` are read (the small files,
   * read first): requests on one document need no more and go on.
   */
  finishSideFilesLoad(): void {
    this.markSideFilesLoaded();
  }

  /** Records that the first reading of the workspace has finished; waiting requests go on. */
  finishInitialLoad(): void {
    this.loaded = true;
    this.workspace.filesRead = true;
    this.markSideFilesLoaded();
    this.markLoaded();
  }

  /**
   * Resolves when the first reading of the workspace is done, or after {@link INITIAL_LOAD_WAIT_MS}:
   * a request sent right after opening a document gets the answer it would get a moment later.
   */
  whenLoaded(): Promise<void> {
    return this.loaded ? Promise.resolve() : withinLoadWait(this.initialLoad);
  }

  /**
   * Resolves when the side files (registers, word lists, settings, `edition.json`) are read, or
   * after {@link INITIAL_LOAD_WAIT_MS}: what one document's answers need, long before a large
   * edition's letters are all read.
   */
  whenSideFilesLoaded(): Promise<void> {
    return this.loaded ? Promise.resolve() : withinLoadWait(this.sideFilesLoad);
  }

  /** The workspace folders, as file system paths; the first is the edition's root. */
  get workspaceFolders(): string[] {
    return this.folders;
  }

  set workspaceFolders(folders: string[]) {
    this.folders = folders;
    const root = folders[0];
    this.workspace.root = root === undefined ? undefined : fileUri(root).replace(/\/?$/, '/');
  }

  /**
   * Whether a URI is a side file (a register of any kind, a word list, `edition.json`, a register
   * the settings name): the server answers no language features on it.
   */
  isSideFile(uri: string): boolean {
    return (
      this.configuredRegisters.has(uri) ||
      this.workspace.kindOf(uri) !== undefined ||
      this.workspace.holding(uri) !== undefined
    );
  }

  /** The model of an open `.letters` document (also the workspace index's), or undefined for an unknown URI or a register. */
  modelOf(uri: string): DocumentModel | undefined {
    const document = this.documents.get(uri);
    if (!document || this.isSideFile(uri)) return undefined;
    const model = this.models.get(uri, document.version, document.getText(), this.workspace.words);
    if (this.workspace.get(uri) !== model) this.workspace.put(model);
    return model;
  }

  /** Whether a `file:` URI lies inside one of the workspace folders. */
  inWorkspace(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    const file = fileURLToPath(uri);
    return this.workspaceFolders.some((folder) => file === folder || file.startsWith(folder + path.sep));
  }
}

/** The turns from a message's bytes to its handler in the language server library (reader, queue), and one to spare. */
const DISPATCH_TURNS = 3;

/**
 * The requests being answered and their replies not yet written. A reply is written on a later
 * turn than its handler returns, and a large one (the references of a person across hundreds of
 * files: megabytes) takes many turns, one per chunk the client has read: work that runs on every
 * free turn (the republish of the other files, in slices) would hold each chunk back by a slice.
 * The connection's writer tells of each reply's write (`transport.ts`), and that work waits here.
 */
export class PendingReplies {
  private answering = 0;
  private writing = 0;
  private dispatchTurns = 0;
  private readonly waiting: (() => void)[] = [];

  /**
   * Bytes of a client's message came in. The library hands a message to its handler a few turns
   * later (its reader, then its queue, each on a turn of its own), and a slice of background work
   * on each of those turns kept a request from its handler for 50–100 ms.
   */
  arrived(): void {
    this.dispatchTurns = DISPATCH_TURNS;
  }

  /**
   * What background work waits for before its next slice, or undefined when nothing: the turns
   * the library takes to hand a message that came in to its handler, a request being answered, a
   * reply being written.
   */
  urgent(): Promise<void> | undefined {
    if (this.busy) return this.written();
    if (this.dispatchTurns === 0) return undefined;
    this.dispatchTurns--;
    return new Promise((resolve) => setImmediate(resolve));
  }

  /** A request's handler began. */
  begin(): void {
    this.answering++;
  }

  /** The handler returned: its reply reaches the writer in the same turn (see {@link replying}). */
  end(): void {
    this.answering--;
    this.wakeWhenIdle();
  }

  /** The writer was given a reply: `written` resolves (or rejects) when its bytes are written. */
  replying(written: Promise<void>): void {
    this.writing++;
    const settle = () => {
      this.writing--;
      this.wakeWhenIdle();
    };
    written.then(settle, settle);
  }

  /** Whether a request is being answered or a reply being written: background work waits. */
  get busy(): boolean {
    return this.answering > 0 || this.writing > 0;
  }

  /** Resolves, on a later turn, once no request is being answered and every reply is written. */
  written(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /**
   * Lets the waiting work go on a turn later, if still idle then: a handler's reply reaches the
   * writer a few promise reactions after the handler returns, all before that turn.
   */
  private wakeWhenIdle(): void {
    if (this.busy || this.waiting.length === 0) return;
    setImmediate(() => {
      if (this.busy) return;
      for (const resolve of this.waiting.splice(0)) resolve();
    });
  }
}

/** The workspace folders of `initialize` (or its root) as file system paths; non-file URIs are skipped. */
export function folderPaths(uris: readonly string[]): string[] {
  return uris.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri));
}

/** Resolves when `loading` does, or after {@link INITIAL_LOAD_WAIT_MS} at the latest. */
async function withinLoadWait(loading: Promise<void>): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const bound = new Promise<void>((resolve) => (timer = setTimeout(resolve, INITIAL_LOAD_WAIT_MS)));
  await Promise.race([loading, bound]);
  clearTimeout(timer);
}
