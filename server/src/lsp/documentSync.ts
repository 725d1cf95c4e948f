/**
 * Keeps the session's edition in step with the editor and the disk: the first reading of the
 * workspace, documents opened, edited and closed, files changed on disk, side files (registers,
 * word lists, `edition.json`), settings and workspace folders.
 */
import * as path from 'node:path';
import { FileChangeType, type Connection } from 'vscode-languageserver/node';
import { LETTERS_SUFFIX } from '../analysis/edition';
import { parseSettings } from '../analysis/settings';
import { fileUri } from '../host/files';
import { findLetters, findSideFiles, readUri } from '../host/loader';
import type { ClientRequests, Progress } from './clientRequests';
import { applyEditionWords } from './editionWords';
import type { DiagnosticsScheduler } from './diagnosticsScheduler';
import type { ErrorGuard } from './errorGuard';
import { folderPaths, type Session } from './session';

/** Synchronises the session with the editor and the disk. */
export class DocumentSync {
  constructor(
    private readonly connection: Connection,
    private readonly session: Session,
    private readonly guard: ErrorGuard,
    private readonly requests: ClientRequests,
    private readonly diagnostics: DiagnosticsScheduler,
  ) {}

  /**
   * The first reading of the workspace, after `initialized`: settings, side files (registers,
   * word lists, `edition.json`), every `.letters` file; then everything is published and waiting requests are answered. The dictionary loads
   * meanwhile, in batches; text damage waits for it, the other checks do not.
   */
  async loadWorkspace(): Promise<void> {
    this.diagnostics.loadDictionary();
    const progress = await this.requests.progress('Letters: reading the edition');
    try {
      await this.requests.registerForConfiguration();
      await this.refreshSettings();
      await this.loadSideFiles();
      await applyEditionWords(this.session);
      this.session.finishSideFilesLoad();
      await this.indexFolders(this.session.workspaceFolders, progress);
    } finally {
      progress.done();
      this.session.finishInitialLoad();
    }
    const { documents } = this.session;
    documents
      .all()
      .forEach((document) => this.guard.run('model', undefined, () => this.session.modelOf(document.uri)));
    this.diagnostics.publishSideFiles();
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
        await this.loadSideFiles();
        await applyEditionWords(session);
        this.diagnostics.publishSideFiles();
        void this.requests.refreshInlayHints();
        this.diagnostics.publishWorkspace();
      }),
    );

    documents.onDidChangeContent((change) =>
      guard.run('didChange', undefined, () => {
        const uri = change.document.uri;
        if (!session.isSideFile(uri)) return this.diagnostics.schedule(uri);
        this.storeSideFile(uri, change.document.getText());
        this.diagnostics.sideFilesChanged();
      }),
    );

    documents.onDidClose(
      guard.notification('didClose', async (event) => {
        const uri = event.document.uri;
        if (session.isSideFile(uri)) {
          // The file stays loaded with its text on disk (or goes, if it was never saved).
          await this.loadSideFile(uri);
          return this.diagnostics.sideFilesChanged();
        }
        session.models.delete(uri);
        // A closed file of the workspace stays in the edition with its text on disk; others leave it.
        await this.reloadFromDisk(uri);
        this.diagnostics.forget(uri, false);
        this.diagnostics.publishClosed(uri);
        this.diagnostics.scheduleWorkspacePass('all');
      }),
    );

    // The client watches `**/*.letters` and the side files (`**/*.persons.json`, `**/*.words.txt`,
    // `**/edition.json`, ...): files created, changed or deleted on disk outside the editor.
    connection.onDidChangeWatchedFiles(
      guard.notification('didChangeWatchedFiles', async (params) => {
        let sideFiles = false;
        for (const change of params.changes) {
          if (!session.isSideFile(change.uri) || documents.get(change.uri)) continue;
          if (change.type === FileChangeType.Deleted) this.storeSideFile(change.uri, undefined);
          else await this.loadSideFile(change.uri);
          sideFiles = true;
        }
        if (sideFiles) this.diagnostics.sideFilesChanged();
        // Open documents are kept by the editor; a deleted file reads as undefined and is forgotten.
        for (const change of params.changes)
          if (change.uri.endsWith(LETTERS_SUFFIX)) await this.reloadFromDisk(change.uri);
        this.diagnostics.scheduleWorkspacePass('all');
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
        await this.loadSideFiles();
        await applyEditionWords(session);
        this.diagnostics.publishSideFiles();
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
    const files = await findLetters(folders);
    for (const [index, file] of files.entries()) {
      progress?.report(index, files.length, `${index} of ${files.length} files`);
      const uri = fileUri(file);
      if (this.session.documents.get(uri)) continue;
      const text = await readUri(uri);
      // Opened while the disk was read: the editor's text is the document now.
      if (text !== undefined && !this.session.documents.get(uri))
        this.guard.run('index', undefined, () => this.session.workspace.set(uri, -1, text));
    }
  }

  /** Re-reads a file that is not open from disk: indexed, or forgotten when gone or outside the workspace. */
  private async reloadFromDisk(uri: string): Promise<void> {
    const session = this.session;
    if (session.documents.get(uri)) return;
    // Only `.letters` files are the edition on disk: a `.txt` read as letters while open leaves it when closed.
    const onDisk = session.inWorkspace(uri) && uri.endsWith(LETTERS_SUFFIX);
    const text = onDisk ? await readUri(uri) : undefined;
    if (session.documents.get(uri)) return; // opened while the disk was read: the editor's text wins
    if (text === undefined) {
      session.workspace.delete(uri);
      this.diagnostics.forget(uri, true);
    } else {
      this.guard.run('index', undefined, () => session.workspace.set(uri, -1, text));
    }
  }

  /** Loads a side file from the editor when open, else from disk; forgets it when it cannot be read. */
  private async loadSideFile(uri: string): Promise<void> {
    const open = this.session.documents.get(uri);
    const read = open ? open.getText() : await readUri(uri);
    // Opened (and maybe edited) while the disk was read: the editor's text wins.
    const text = this.session.documents.get(uri)?.getText() ?? read;
    this.guard.run('side file', undefined, () => this.storeSideFile(uri, text));
  }

  /** Stores a side file's text, or forgets it (`undefined`). */
  private storeSideFile(uri: string, text: string | undefined): void {
    const workspace = this.session.workspace;
    if (text === undefined) workspace.delete(uri);
    // A register `letters.persons` names may have any file name.
    else workspace.setFile(uri, text, this.session.configuredRegisters.has(uri) ? 'persons' : undefined);
  }

  /**
   * Finds the side files of every kind in the workspace folders (registers, word lists,
   * `edition.json`) and the registers `letters.persons` names; forgets those no longer there.
   */
  private async loadSideFiles(): Promise<void> {
    const session = this.session;
    const found = new Set(await findSideFiles(session.workspace, session.workspaceFolders));
    const base = session.workspaceFolders[0] ?? process.cwd();
    session.configuredRegisters = new Set(
      session.settings.persons.map((entry) => fileUri(path.resolve(base, entry))),
    );
    for (const uri of session.configuredRegisters) found.add(uri);
    for (const uri of session.workspace.sideFiles()) if (!found.has(uri)) session.workspace.delete(uri);
    for (const uri of found) await this.loadSideFile(uri);
  }
}
