/**
 * Keeps the session's edition in step with the editor and the disk: the first reading of the
 * workspace, documents opened, edited and closed, files changed on disk, registers, settings and
 * workspace folders.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileChangeType, type Connection } from 'vscode-languageserver/node';
import { PERSONS } from '../analysis/registers/kinds/persons';
import { parseSettings } from '../analysis/settings';
import { fileUri, findFiles, readText } from '../host/files';
import { isEditionFile } from '../analysis/editionFile';
import { isWordList, WORD_LIST_SUFFIX, wordListsOf } from '../analysis/wordLists';
import type { ClientRequests, Progress } from './clientRequests';
import { applyEditionWords } from './editionWords';
import type { DiagnosticsScheduler } from './diagnosticsScheduler';
import { EditionSync } from './editionSync';
import type { ErrorGuard } from './errorGuard';
import { folderPaths, LETTERS_SUFFIX, REGISTER_SUFFIX, type Session } from './session';

/** Synchronises the session with the editor and the disk. */
export class DocumentSync {
  private readonly editions: EditionSync;

  constructor(
    private readonly connection: Connection,
    private readonly session: Session,
    private readonly guard: ErrorGuard,
    private readonly requests: ClientRequests,
    private readonly diagnostics: DiagnosticsScheduler,
  ) {
    this.editions = new EditionSync(connection, session, guard);
  }

  /**
   * The first reading of the workspace, after `initialized`: settings, registers, every `.letters`
   * file; then everything is published and waiting requests are answered. The dictionary loads
   * meanwhile, in batches; text damage waits for it, the other checks do not.
   */
  async loadWorkspace(): Promise<void> {
    this.diagnostics.loadDictionary();
    const progress = await this.requests.progress('Letters: reading the edition');
    try {
      await this.requests.registerForConfiguration();
      await this.refreshSettings();
      await applyEditionWords(this.session);
      await this.loadRegisters();
      await this.indexFolders(this.session.workspaceFolders, progress);
      await this.editions.loadAll();
    } finally {
      progress.done();
      this.session.finishInitialLoad();
    }
    const { documents } = this.session;
    documents
      .all()
      .forEach((document) => this.guard.run('model', undefined, () => this.session.modelOf(document.uri)));
    this.diagnostics.publishRegisters();
    this.diagnostics.publishWorkspace();
  }

  /** Registers the handlers of the editor's and the file system's notifications. */
  listen(): void {
    const { connection, session, guard } = this;
    const documents = session.documents;

    connection.onDidChangeConfiguration(
      guard.notification('didChangeConfiguration', async (change) => {
        if (session.support.configurationPull) await this.refreshSettings();
        else
          session.settings = parseSettings((change.settings as { letters?: unknown } | undefined)?.letters);
        await applyEditionWords(session);
        await this.loadRegisters();
        this.diagnostics.publishRegisters();
        this.editions.publishAll();
        void this.requests.refreshInlayHints();
        this.diagnostics.publishWorkspace();
      }),
    );

    documents.onDidChangeContent((change) =>
      guard.run('didChange', undefined, () => {
        const uri = change.document.uri;
        if (isEditionFile(uri)) return this.editions.changed(uri, change.document.getText());
        if (!session.isRegister(uri)) return this.diagnostics.schedule(uri);
        this.storeRegister(uri, change.document.getText());
        this.diagnostics.registersChanged();
      }),
    );

    documents.onDidClose(
      guard.notification('didClose', async (event) => {
        const uri = event.document.uri;
        if (isEditionFile(uri)) return this.editions.reload(uri);
        if (session.isRegister(uri)) {
          // The register stays loaded with its text on disk (or goes, if it was never saved).
          await this.loadRegister(uri);
          return this.diagnostics.registersChanged();
        }
        session.models.delete(uri);
        // A closed file of the workspace stays in the edition with its text on disk; others leave it.
        await this.reloadFromDisk(uri);
        this.diagnostics.forget(uri, false);
        this.diagnostics.publishClosed(uri);
        this.diagnostics.scheduleWorkspacePass(true);
      }),
    );

    // The client watches `**/*.letters` and the registers (`**/*.persons.json`, `**/*.places.json`, ...): files created, changed or deleted on
    // disk outside the editor.
    connection.onDidChangeWatchedFiles(
      guard.notification('didChangeWatchedFiles', async (params) => {
        let registers = false;
        for (const change of params.changes) {
          if (isEditionFile(change.uri) && !documents.get(change.uri)) await this.editions.reload(change.uri);
          if (!session.isRegister(change.uri) || documents.get(change.uri)) continue;
          if (change.type === FileChangeType.Deleted) this.storeRegister(change.uri, undefined);
          else await this.loadRegister(change.uri);
          registers = true;
        }
        if (registers) this.diagnostics.registersChanged();
        // Open documents are kept by the editor; a deleted file reads as undefined and is forgotten.
        for (const change of params.changes)
          if (change.uri.endsWith(LETTERS_SUFFIX)) await this.reloadFromDisk(change.uri);
        this.diagnostics.scheduleWorkspacePass(true);
      }),
    );

    documents.listen(connection);
  }

  /**
   * Workspace folders added or removed (`workspace/didChangeWorkspaceFolders`): the files of new
   * folders join the edition, those of removed ones leave it, and every diagnostic that depends on
   * them is recomputed.
   */
  listenToWorkspaceFolders(): void {
    this.connection.workspace.onDidChangeWorkspaceFolders(
      this.guard.notification('didChangeWorkspaceFolders', async (event) => {
        const removed = folderPaths(event.removed.map((folder) => folder.uri));
        const added = folderPaths(event.added.map((folder) => folder.uri));
        const session = this.session;
        session.workspaceFolders = session.workspaceFolders
          .filter((folder) => !removed.includes(folder))
          .concat(added.filter((folder) => !session.workspaceFolders.includes(folder)));
        for (const model of session.workspace.all())
          if (!session.documents.get(model.uri) && !session.inWorkspace(model.uri))
            await this.reloadFromDisk(model.uri);
        await this.indexFolders(added);
        await applyEditionWords(session);
        await this.loadRegisters();
        await this.editions.loadAll();
        this.diagnostics.publishRegisters();
        this.diagnostics.publishWorkspace();
      }),
    );
  }

  /** Reads the settings from the client (when it lets the server pull them). */
  private async refreshSettings(): Promise<void> {
    const section = await this.requests.configuration();
    if (section !== undefined) this.session.settings = parseSettings(section);
  }

  /** Loads every `.letters` file of `folders` that is not open in the editor, telling `progress` how far it got. */
  private async indexFolders(folders: readonly string[], progress?: Progress): Promise<void> {
    const files: string[] = [];
    for (const folder of folders) files.push(...(await findFiles(folder, [LETTERS_SUFFIX])));
    for (const [index, file] of files.entries()) {
      progress?.report(index, files.length, `${index} of ${files.length} files`);
      const uri = fileUri(file);
      if (this.session.documents.get(uri)) continue;
      const text = await readText(file);
      if (text !== undefined)
        this.guard.run('index', undefined, () => this.session.workspace.set(uri, -1, text));
    }
  }

  /** Re-reads a file that is not open from disk: indexed, or forgotten when gone or outside the workspace. */
  private async reloadFromDisk(uri: string): Promise<void> {
    const session = this.session;
    if (session.documents.get(uri)) return;
    // Only `.letters` files are the edition on disk: a `.txt` read as letters while open leaves it when closed.
    const onDisk = session.inWorkspace(uri) && uri.endsWith(LETTERS_SUFFIX);
    const text = onDisk ? await readText(fileURLToPath(uri)) : undefined;
    if (text === undefined) {
      session.workspace.delete(uri);
      this.diagnostics.forget(uri, true);
    } else {
      this.guard.run('index', undefined, () => session.workspace.set(uri, -1, text));
    }
  }

  /** Loads a register from the editor when open, else from disk; forgets it when it cannot be read. */
  private async loadRegister(uri: string): Promise<void> {
    const open = this.session.documents.get(uri);
    const text = open
      ? open.getText()
      : uri.startsWith('file:')
        ? await readText(fileURLToPath(uri))
        : undefined;
    this.guard.run('register', undefined, () => this.storeRegister(uri, text));
  }

  /** Stores a register's or word list's text, or forgets it (`undefined`). */
  private storeRegister(uri: string, text: string | undefined): void {
    const workspace = this.session.workspace;
    const registers = workspace.registers;
    if (text === undefined) {
      registers.delete(uri);
      wordListsOf(workspace).delete(uri);
    } else if (isWordList(uri)) wordListsOf(workspace).set(uri, text);
    // A register `letters.persons` names may have any file name.
    else registers.set(uri, text, registers.kindOf(uri) ?? registers.index(PERSONS));
  }

  /**
   * Finds the registers: `*.persons.json` and the other kinds' files (`*.places.json`, ...) in the
   * workspace folders, and the `letters.persons` paths; and the edition's word lists (`*.words.txt`).
   */
  private async loadRegisters(): Promise<void> {
    const session = this.session;
    const registers = session.workspace.registers;
    const suffixes = [
      REGISTER_SUFFIX,
      ...registers.kinds.map((index) => index.kind.suffix),
      WORD_LIST_SUFFIX,
    ];
    const found = new Set<string>();
    for (const folder of session.workspaceFolders) {
      for (const file of await findFiles(folder, suffixes)) found.add(fileUri(file));
    }
    const base = session.workspaceFolders[0] ?? process.cwd();
    session.configuredRegisters = new Set(
      session.settings.persons.map((entry) => fileUri(path.resolve(base, entry))),
    );
    for (const uri of session.configuredRegisters) found.add(uri);
    for (const index of registers.kinds)
      for (const file of index.files()) if (!found.has(file.uri)) index.delete(file.uri);
    const wordLists = wordListsOf(session.workspace);
    for (const file of wordLists.files()) if (!found.has(file.uri)) wordLists.delete(file.uri);
    for (const uri of found) await this.loadRegister(uri);
  }
}
