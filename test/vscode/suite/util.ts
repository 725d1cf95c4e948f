/** Helpers shared by the real-VS-Code test files. */
import * as vscode from 'vscode';

/** `publisher.name` from package.json. */
export const EXTENSION_ID = 'letters-edition.letters-edition';

/** The folder the launchers open: `samples/`. */
export function samplesFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder: the launcher must open samples/');
  return folder.uri;
}

/** Opens a file of the samples folder in an editor and returns the editor. */
export async function openSample(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(samplesFolder(), name));
  return vscode.window.showTextDocument(document);
}

/**
 * Polls `probe` until it returns a value other than `undefined`, then returns that value; fails after
 * `timeoutMs` with `what` in the message. For waiting on the language server (diagnostics, symbols)
 * without fixed sleeps.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the diagnostics of `uri` satisfy `accept`, and returns them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean = (diagnostics) => diagnostics.length > 0,
  timeoutMs?: number,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `diagnostics of ${uri.toString()}`,
    () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      return accept(diagnostics) ? diagnostics : undefined;
    },
    timeoutMs,
  );
}
