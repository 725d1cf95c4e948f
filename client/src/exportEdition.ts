/**
 * Export Edition as TEI / as CMIF: the server writes the file's content (`letters/exportEdition`);
 * the client asks where to save it, writes it there and offers to open or reveal it. The server
 * never writes files.
 */
import * as path from 'node:path';
import { commands, Uri, window, workspace, type Disposable } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_FORMATS, type ExportFormat, type FileExportFormat } from '../../protocol/exportFormats';
import type { ExportEditionParams, ExportedEdition } from '../../protocol/letters';
import { ExportEditionRequest } from '../../protocol/requests';
import { exportWebsite } from './preview/siteExport';

/** What an export command did: the file written, or why nothing was (also shown to the user). */
export type ExportOutcome =
  { readonly written: string } | { readonly error: string } | { readonly cancelled: true };

/**
 * The command of every format of `EXPORT_FORMATS` (`letters.exportTei`, ...). One written as a file
 * takes an optional target URI (for scripts and tests: no save dialog then) and returns its
 * {@link ExportOutcome}; the website asks for a folder.
 */
export function registerExportCommands(client: LanguageClient): Disposable[] {
  return (Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((format) => {
    const entry = EXPORT_FORMATS[format];
    return commands.registerCommand(entry.command, (target?: Uri) =>
      // A format whose output is not a folder is one of the file formats.
      entry.output === 'folder'
        ? exportWebsite(client)
        : exportEdition(client, format as FileExportFormat, target),
    );
  });
}

async function exportEdition(
  client: LanguageClient,
  format: FileExportFormat,
  target: Uri | undefined,
): Promise<ExportOutcome> {
  const label = EXPORT_FORMATS[format].label;
  const params: ExportEditionParams = { format };
  let answer: ExportedEdition | null;
  try {
    answer = await client.sendRequest(ExportEditionRequest, params);
  } catch (error) {
    answer = { error: `The language server did not answer: ${String(error)}`, missing: [] };
  }
  if (!answer) answer = { error: 'The language server could not export the edition.', missing: [] };
  if ('error' in answer) {
    void window.showErrorMessage(`Export Edition as ${label}: ${answer.error}`);
    return { error: answer.error };
  }
  const folder = workspace.workspaceFolders?.[0]?.uri;
  const uri =
    target ??
    (await window.showSaveDialog({
      title: `Export Edition as ${label}`,
      defaultUri: folder ? Uri.joinPath(folder, answer.fileName) : undefined,
      filters: { [`${label} XML`]: ['xml'] },
    }));
  if (!uri) return { cancelled: true };
  try {
    await workspace.fs.writeFile(uri, new TextEncoder().encode(answer.content));
  } catch (error) {
    const message = `Could not write ${uri.fsPath}: ${String(error)}`;
    void window.showErrorMessage(`Export Edition as ${label}: ${message}`);
    return { error: message };
  }
  void offerToShow(uri, label);
  return { written: uri.toString() };
}

async function offerToShow(uri: Uri, label: string): Promise<void> {
  const choice = await window.showInformationMessage(
    `Exported the edition as ${label} to ${path.basename(uri.fsPath)}.`,
    'Open',
    'Reveal',
  );
  if (choice === 'Open') await window.showTextDocument(uri);
  else if (choice === 'Reveal') await commands.executeCommand('revealFileInOS', uri);
}
