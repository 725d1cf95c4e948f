/**
 * The editions' metadata files (`edition.json`) of the session: read from the editor when open,
 * else from disk, parsed into `Session.editions`, and their diagnostics published on the file.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver/node';
import { fileUri, findFiles, readText } from '../host/files';
import { parseEditionFile } from '../analysis/editionFile';
import { diagnosticsFor } from './declaredForms';
import type { ErrorGuard } from './errorGuard';
import type { Session } from './session';

/** The file name the edition's metadata has. */
const EDITION_FILE = 'edition.json';

/** Keeps `Session.editions` and the diagnostics of every `edition.json` current. */
export class EditionSync {
  constructor(
    private readonly connection: Connection,
    private readonly session: Session,
    private readonly guard: ErrorGuard,
  ) {}

  /** Reads every `edition.json` of the workspace folders and publishes their diagnostics. */
  async loadAll(): Promise<void> {
    const found = new Set<string>();
    for (const folder of this.session.workspaceFolders)
      for (const file of await findFiles(folder, [EDITION_FILE]))
        if (path.basename(file) === EDITION_FILE) found.add(fileUri(file));
    for (const uri of this.session.editions.keys()) if (!found.has(uri)) this.forget(uri);
    for (const uri of found) await this.reload(uri);
  }

  /** An `edition.json` edited in the editor. */
  changed(uri: string, text: string): void {
    this.update(uri, text);
  }

  /** Re-reads an `edition.json` from the editor when open, else from disk; forgets it when gone. */
  async reload(uri: string): Promise<void> {
    const open = this.session.documents.get(uri);
    const text = open
      ? open.getText()
      : uri.startsWith('file:')
        ? await readText(fileURLToPath(uri))
        : undefined;
    if (text === undefined) this.forget(uri);
    else this.update(uri, text);
  }

  /** Publishes the diagnostics of every known `edition.json` again (after a settings change). */
  publishAll(): void {
    for (const [uri, { text }] of this.session.editions) this.update(uri, text);
  }

  private update(uri: string, text: string): void {
    this.guard.run('edition', undefined, () => {
      const file = parseEditionFile(uri, text);
      this.session.editions.set(uri, { file, text });
      const diagnostics = this.session.service.editionDiagnostics(file, text);
      this.send(uri, diagnosticsFor(this.session.support, diagnostics));
    });
  }

  private forget(uri: string): void {
    this.session.editions.delete(uri);
    this.send(uri, []);
  }

  private send(uri: string, diagnostics: Parameters<Connection['sendDiagnostics']>[0]['diagnostics']): void {
    // Fails only when the client is gone: nobody is left to tell.
    this.connection.sendDiagnostics({ uri, diagnostics }).catch(() => undefined);
  }
}
