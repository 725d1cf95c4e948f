/**
 * The requests the server sends to the client, each sent only when the client declared support and
 * each tolerating a refusal: a client may answer any request with an error, and the server goes on.
 */
import {
  DidChangeConfigurationNotification,
  type Connection,
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
