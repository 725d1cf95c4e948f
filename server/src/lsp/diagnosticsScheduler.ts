/**
 * When diagnostics are computed and published: a burst of edits is analysed once, at its latest
 * version; other documents are published again after a quiet time when the edited one changed
 * what they read of it (`workspacePasses.ts`); registers' changes and the dictionary's arrival
 * republish everything. Also the `letters/didChangeLetters` notification, sent only to a client
 * that asked for it.
 */
import type { Connection } from 'vscode-languageserver/node';
import type { LettersChanged } from '../../../protocol/letters';
import { LettersChangedNotification } from '../../../protocol/requests';
import { crossFileKey, type DocumentModel } from '../analysis/model';
import type { ClientRequests } from './clientRequests';
import { diagnosticsFor } from './declaredForms';
import type { ErrorGuard } from './errorGuard';
import { DiagnosticsPublisher, ignoreLostConnection } from './diagnosticsPublisher';
import { prepareRequestsInSlices, nextTurn, prepareInSlices, type Urgent } from './slices';
import { WorkspacePasses, type Republish } from './workspacePasses';
import type { Session } from './session';

/** Schedules and publishes the diagnostics of the session's documents and registers. */
export class DiagnosticsScheduler {
  /** What was last sent per document and file, so that nothing is sent twice. */
  private readonly publisher: DiagnosticsPublisher;
  /** Per document, what other documents' checks read of it (see `crossFileKey`). */
  private readonly crossFileFacts = new Map<string, string>();
  /** Side files that have diagnostics published, to clear them when one goes away. */
  private readonly sideFilesWithDiagnostics = new Set<string>();
  /** Documents whose diagnostics are due. */
  private readonly due = new Set<string>();
  private readonly passes: WorkspacePasses;
  /** The revision of the edition's word table when the other files were last republished for it. */
  private wordsRevision = -1;
  private sideFilesChangePending = false;
  /**
   * What background slices wait for: a message of the client on its way to its handler, a reply
   * being answered or written (until its bytes are out), an open document's diagnostics due (turn
   * by turn, until published).
   */
  private readonly urgent: Urgent = () =>
    this.session.replies.urgent() ?? (this.due.size > 0 ? nextTurn() : undefined);

  /**
   * What work that no publish waits for (preparing requests ahead) also waits for: the messages sent
   * before it written, so that it never holds back the diagnostics of the open document.
   */
  private readonly lastly: Urgent = () => {
    const { output } = this.session;
    return this.urgent() ?? (output.pending ? output.written() : undefined);
  };

  constructor(
    private readonly connection: Connection,
    private readonly session: Session,
    private readonly guard: ErrorGuard,
    private readonly requests: ClientRequests,
  ) {
    this.publisher = new DiagnosticsPublisher(connection, session, guard);
    this.passes = new WorkspacePasses(session, guard, this.publisher, this.urgent, () =>
      this.notifyLettersChanged(),
    );
  }

  /**
   * Publishes an open document's diagnostics soon (once for a burst of edits) and, if its letter
   * or note numbers changed, the others'. Waits for the side files (registers, word lists), not
   * for the other letters: while those are read, the checks that need them wait, and the end of
   * the reading publishes every document again, complete.
   */
  schedule(uri: string): void {
    if (this.due.has(uri)) return;
    this.due.add(uri);
    setImmediate(() => {
      void this.guard.runAsync('diagnostics', undefined, async () => {
        await this.session.whenSideFilesLoaded();
        // Requests that waited for the same reading (a hover right after the open) go first, their
        // replies written before the document's checks keep the server busy.
        await nextTurn();
        await this.session.replies.written();
        this.due.delete(uri);
        this.publishOpen(uri);
      });
    });
  }

  /** Publishes every document of the workspace again, in slices (see {@link WorkspacePasses.publish}). */
  publishWorkspace(): void {
    this.passes.publish();
  }

  /** Soon publishes the other documents again (see {@link WorkspacePasses.schedule}). */
  scheduleWorkspacePass(republish: Republish, cause?: string): void {
    this.passes.schedule(republish, cause);
  }

  /**
   * Loads the English dictionary once the first reading of the workspace is published, so the
   * first diagnostics never wait for it, and republishes every document when it is ready, or
   * known to be missing; then prepares what requests across the edition need (names matched,
   * letters titled). Called once per session, at its start: text damage is silent from then until
   * the dictionary is settled (see `documentTextDamage`).
   */
  loadDictionary(): void {
    const published = this.session.whenLoaded().then(nextTurn);
    // Called now, not after the first publish: text damage waits for the dictionary from here on.
    const loaded = this.session.service.loadDictionary(published);
    void this.guard.runAsync('dictionary', undefined, async () => {
      await published;
      const progress = await this.requests.progress('Letters: checking the text against the dictionary');
      try {
        progress.report(0, 1, 'loading the English dictionary');
        await loaded;
        await prepareInSlices(this.session, this.urgent, progress);
      } finally {
        progress.done();
      }
      this.publishWorkspace();
      // Then, while nothing else is due, what the first request across the edition needs.
      await prepareRequestsInSlices(this.session, this.lastly);
    });
  }

  /** A document closed or gone: its diagnostics are sent again from scratch, or cleared when `clear`. */
  forget(uri: string, clear: boolean): void {
    this.publisher.forget(uri, clear);
    if (clear) this.crossFileFacts.delete(uri);
  }

  /** Publishes a document that is not open (closed, or read from disk) when its diagnostics changed. */
  publishClosed(uri: string): void {
    const model = this.session.workspace.get(uri);
    if (model) this.publisher.publishModel(model, false);
  }

  /**
   * After a register changed (a burst of edits is handled once): the registers' diagnostics, the
   * letters' `person.unknown`, the inlay hints.
   */
  sideFilesChanged(): void {
    if (this.sideFilesChangePending) return;
    this.sideFilesChangePending = true;
    void this.guard.runAsync('register change', undefined, async () => {
      await nextTurn();
      this.sideFilesChangePending = false;
      this.publishSideFiles();
      await prepareInSlices(this.session, this.urgent);
      this.publishWorkspace();
      void this.requests.refreshInlayHints();
      await prepareRequestsInSlices(this.session, this.lastly);
    });
  }

  /**
   * Publishes the diagnostics of every side file (registers, word lists, `edition.json`): a change
   * to one register can clear a conflict in another.
   */
  publishSideFiles(): void {
    this.guard.run('side file diagnostics', undefined, () => {
      const current = new Set(this.session.workspace.sideFiles());
      for (const uri of this.sideFilesWithDiagnostics) {
        if (!current.has(uri)) this.publisher.send({ uri, diagnostics: [] });
      }
      this.sideFilesWithDiagnostics.clear();
      for (const uri of current) {
        this.sideFilesWithDiagnostics.add(uri);
        const diagnostics = this.session.service.sideFileDiagnostics(uri);
        this.publisher.send({ uri, diagnostics: diagnosticsFor(this.session.support, diagnostics) });
      }
    });
  }

  /** Publishes an open document's diagnostics and, if its letter or note numbers changed, the others'. */
  private publishOpen(uri: string): void {
    const model = this.guard.run('model', undefined, () => this.session.modelOf(uri));
    if (!model) return;
    this.publisher.publishModel(model, true);
    const facts = crossFileKey(model);
    const changed = this.crossFileFacts.get(uri) !== facts;
    this.crossFileFacts.set(uri, facts);
    // While the first reading goes on, its end republishes every document anyway.
    if (!this.session.isLoaded) return;
    this.scheduleWorkspacePass(
      changed ? 'all' : this.editionWordsChanged(model) ? 'wordsChanged' : 'none',
      uri,
    );
  }

  /**
   * Whether the edition's word table changed since the last look, in an edition of several files:
   * the text damage of the other files weighs their words by it.
   */
  private editionWordsChanged(model: DocumentModel): boolean {
    if (this.session.workspace.all().length < 2) return false;
    const revision = this.session.service.editionWordsRevision(model);
    const changed = revision !== this.wordsRevision;
    this.wordsRevision = revision;
    return changed;
  }

  /** Tells the client that letters changed, with how many there are (only when it asked to be told). */
  private notifyLettersChanged(): void {
    if (!this.session.support.lettersChangedNotification) return;
    const count = this.session.workspace.all().reduce((sum, model) => sum + model.letters.length, 0);
    const params: LettersChanged = { count };
    ignoreLostConnection(this.connection.sendNotification(LettersChangedNotification, params));
  }
}
