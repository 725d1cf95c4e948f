/**
 * Sends diagnostics to the client, never the same twice for one version of a document: what was
 * last sent for each document is kept, with the problems the user was shown (the Letters view
 * counts them).
 */
import type { Connection, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import type { DocumentModel } from '../analysis/model';
import { shownProblems } from '../features/letters';
import { diagnosticsFor } from './declaredForms';
import type { ErrorGuard } from './errorGuard';
import { sameDiagnostics } from './sameDiagnostics';
import type { Session } from './session';

/** The diagnostics last published per document, and the sending of new ones. */
export class DiagnosticsPublisher {
  /** The diagnostics last published per document (open or not), as the Problems panel shows them, with the version they were for. */
  private readonly published = new Map<string, { version: number | undefined; diagnostics: Diagnostic[] }>();

  constructor(
    private readonly connection: Connection,
    private readonly session: Session,
    private readonly guard: ErrorGuard,
  ) {}

  /**
   * Publishes a document's diagnostics unless the same were last sent for the same version (a
   * document is republished when anything it depends on may have changed, the dictionary, the
   * registers, another file, and most often nothing did). Open documents carry their version;
   * files that are not open are published too (version-less), so the Problems panel lists the
   * defects of the whole edition.
   */
  publishModel(model: DocumentModel, open: boolean): void {
    this.guard.run('diagnostics', undefined, () => {
      const { service, settings, support } = this.session;
      const problems = service.problems(model);
      this.session.shownProblems.set(model.uri, shownProblems(problems, settings));
      const diagnostics = diagnosticsFor(support, service.diagnostics(model, problems));
      const version = open ? model.version : undefined;
      const previous = this.published.get(model.uri);
      if (previous && previous.version === version && sameDiagnostics(previous.diagnostics, diagnostics))
        return;
      this.published.set(model.uri, { version, diagnostics });
      this.send({ uri: model.uri, ...(open ? { version } : {}), diagnostics });
    });
  }

  /** A document closed or gone: its diagnostics are sent again from scratch, or cleared when `clear`. */
  forget(uri: string, clear: boolean): void {
    this.published.delete(uri);
    this.session.shownProblems.delete(uri);
    if (clear) this.send({ uri, diagnostics: [] });
  }

  /** Sends a notification of diagnostics as it is. */
  send(params: PublishDiagnosticsParams): void {
    ignoreLostConnection(this.connection.sendDiagnostics(params));
  }
}

/**
 * A notification fails only when the connection is gone (the client quit): there is nobody left
 * to tell, and the library ends the process when the input closes.
 */
export function ignoreLostConnection(sent: Promise<void>): void {
  sent.catch(() => undefined);
}
