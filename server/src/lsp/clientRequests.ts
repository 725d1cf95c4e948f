/**
 * The requests the server sends to the client, each sent only when the client declared support and
 * each tolerating a refusal: a client may answer any request with an error, and the server goes on.
 */
import {
  DidChangeConfigurationNotification,
  type Connection,
  type WorkDoneProgressServerReporter,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { ClientSupport } from './clientSupport';

/** The server's requests to the client, gated by its declared support. */
export class ClientRequests {
  constructor(
    private readonly connection: Connection,
    private readonly support: () => ClientSupport,
  ) {}

  /** Asks to be told of changes to the `letters` settings (dynamic registration only when declared). */
  async registerForConfiguration(): Promise<void> {
    if (!this.support().configurationRegistration) return;
    await this.refusable('client/registerCapability', undefined, () =>
      this.connection.client.register(DidChangeConfigurationNotification.type, { section: 'letters' }),
    );
  }

  /** The `letters` section of the settings, or undefined when the client cannot or will not say. */
  async configuration(): Promise<unknown> {
    if (!this.support().configurationPull) return undefined;
    return this.refusable('workspace/configuration', undefined, () =>
      this.connection.workspace.getConfiguration('letters'),
    );
  }

  /** Asks the client to ask for inlay hints again (only when it supports the refresh). */
  async refreshInlayHints(): Promise<void> {
    if (!this.support().inlayHintRefresh) return;
    await this.refusable('workspace/inlayHint/refresh', undefined, () =>
      this.connection.languages.inlayHint.refresh(),
    );
  }

  /**
   * Asks the client to apply an edit; false when it cannot (no `workspace.applyEdit`), refuses,
   * or does not apply it.
   */
  async applyEdit(label: string, edit: WorkspaceEdit): Promise<boolean> {
    if (!this.support().applyEdit) return false;
    const result = await this.refusable('workspace/applyEdit', undefined, () =>
      this.connection.workspace.applyEdit({ label, edit }),
    );
    return result?.applied === true;
  }

  /**
   * Shows long work as progress in the client (VS Code: in the status bar) under `title`, from 0
   * to 100 %; a client without `window.workDoneProgress`, or one that refuses it, shows nothing and
   * the work goes on the same.
   */
  async progress(title: string): Promise<Progress> {
    if (!this.support().workDoneProgress) return SILENT_PROGRESS;
    const reporter = await this.refusable<WorkDoneProgressServerReporter, undefined>(
      'window/workDoneProgress/create',
      undefined,
      () => this.connection.window.createWorkDoneProgress(),
    );
    if (!reporter) return SILENT_PROGRESS;
    reporter.begin(title, 0, undefined, false);
    let shown = -1;
    return {
      report: (done, total, message) => {
        // One report per whole percent: a thousand files are not a thousand notifications.
        const percentage = total > 0 ? Math.floor((100 * Math.min(done, total)) / total) : 0;
        if (percentage === shown) return;
        shown = percentage;
        if (message === undefined) reporter.report(percentage);
        else reporter.report(percentage, message);
      },
      done: () => reporter.done(),
    };
  }

  /** Sends a request; a refusal or a lost connection is logged as a warning and gives `fallback`. */
  private async refusable<T, F>(method: string, fallback: F, send: () => Promise<T>): Promise<T | F> {
    try {
      return await send();
    } catch (error) {
      this.connection.console.warn(
        `the client refused ${method}: ${error instanceof Error ? error.message : String(error)}`,
      );
      return fallback;
    }
  }
}

/** Long work as the client sees it: how far along, and its end. */
export interface Progress {
  /** `done` of `total` steps are finished; `message` says what is under way. */
  report(done: number, total: number, message?: string): void;
  /** The work is over (also after a failure). */
  done(): void;
}

/** The progress of a client that shows none. */
const SILENT_PROGRESS: Progress = { report: () => undefined, done: () => undefined };
