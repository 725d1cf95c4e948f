/**
 * When diagnostics are computed and published: a burst of edits is analysed once, at its latest
 * version; other documents are republished after a quiet time when the edited one's letter or
 * note numbers changed; registers' changes republish everything. Also the `letters/didChangeLetters`
 * notification, sent only to a client that asked for it.
 */
import type { Connection } from 'vscode-languageserver/node';
import type { LettersChanged } from '../../../protocol/letters';
import { LettersChangedNotification } from '../../../protocol/requests';
import { numberingKey, type DocumentModel } from '../analysis/model';
import type { ClientRequests } from './clientRequests';
import { diagnosticsFor } from './declaredForms';
import type { ErrorGuard } from './errorGuard';
import { DiagnosticsPublisher, ignoreLostConnection } from './diagnosticsPublisher';
import { forEachInSlices, prepareRequestsInSlices, nextTurn, prepareInSlices, type Urgent } from './slices';
import type { Session } from './session';

/** Quiet time after an edit before the other documents' diagnostics are recomputed. */
const WORKSPACE_PASS_DELAY_MS = 300;

/** Schedules and publishes the diagnostics of the session's documents and registers. */
export class DiagnosticsScheduler {
  /** What was last sent per document and file, so that nothing is sent twice. */
  private readonly publisher: DiagnosticsPublisher;
  /** Per document, the letter and note numbers other documents' checks depend on (sequence, cross-references). */
  private readonly crossFileFacts = new Map<string, string>();
  /** Side files that have diagnostics published, to clear them when one goes away. */
  private readonly sideFilesWithDiagnostics = new Set<string>();
  /** Documents whose diagnostics are due. */
  private readonly due = new Set<string>();
  private workspacePass: ReturnType<typeof setTimeout> | undefined;
  /** How many workspace publishes were begun: a pass goes on only while it is the latest. */
  private workspacePasses = 0;
  private republishPending = false;
  /** What asked for the pending workspace pass: open documents' URIs, `''` for anything else. */
  private readonly passCauses = new Set<string>();
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

  /**
   * Publishes the diagnostics of every `.letters` document known, open or not, and tells the
   * client; `except` is left out (a document just published whose own change is the cause). The
   * open documents come first; the pass runs in slices between which the editor's messages are
   * answered (an edit waits for one slice, not for hundreds of files), and a newer pass replaces
   * one still under way.
   */
  publishWorkspace(except?: string): void {
    const pass = ++this.workspacePasses;
    const { documents, workspace } = this.session;
    const uris = workspace
      .all()
      .map((model) => model.uri)
      .filter((uri) => uri !== except);
    const open = uris.filter((uri) => documents.get(uri) !== undefined);
    const closed = uris.filter((uri) => documents.get(uri) === undefined);
    void this.guard.runAsync('workspace diagnostics', undefined, async () => {
      const done = await forEachInSlices(
        [...open, ...closed],
        (uri) => {
          // The model of the document as it is now: an edit may have come since the pass began.
          const isOpen = documents.get(uri) !== undefined;
          const model = isOpen ? this.session.modelOf(uri) : workspace.get(uri);
          if (model) this.publisher.publishModel(model, isOpen);
        },
        () => pass === this.workspacePasses,
        this.urgent,
      );
      // Problem counts and the persons of letters may have changed: the Letters view reads them again.
      if (done) this.notifyLettersChanged();
    });
  }

  /**
   * Soon republishes every other document of the workspace (their letter sequence and
   * cross-references depend on this one) and tells the client that letters changed. `cause` is
   * the open document whose change calls for it, which was just published: a pass for one cause
   * alone leaves it out, since nothing it depends on changed since.
   */
  scheduleWorkspacePass(republish: boolean, cause?: string): void {
    this.republishPending ||= republish;
    this.passCauses.add(cause ?? '');
    if (this.workspacePass) clearTimeout(this.workspacePass);
    this.workspacePass = setTimeout(() => {
      this.workspacePass = undefined;
      const [cause, ...others] = this.passCauses;
      const alone = others.length === 0 && cause !== '' ? cause : undefined;
      this.passCauses.clear();
      this.guard.run('workspace diagnostics', undefined, () => {
        if (this.republishPending) this.publishWorkspace(alone);
        else this.notifyLettersChanged();
      });
      this.republishPending = false;
    }, WORKSPACE_PASS_DELAY_MS);
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
    const facts = numberingKey(model);
    const changed = this.crossFileFacts.get(uri) !== facts;
    this.crossFileFacts.set(uri, facts);
    // While the first reading goes on, its end republishes every document anyway.
    if (this.session.isLoaded) this.scheduleWorkspacePass(changed || this.editionWordsChanged(model), uri);
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
