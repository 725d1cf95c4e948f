/**
 * Export Edition as Website: asks the server for the site's files (`letters/site`) and writes them
 * into a folder the user picks. The server renders; only the client writes, and only where the
 * user said.
 */
import { FileType, Uri, window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SiteRequest } from '../../../protocol/requests';

/** Runs the command: pick a folder, confirm before replacing an earlier site, write every file. */
export async function exportWebsite(client: LanguageClient): Promise<void> {
  const picked = await window.showOpenDialog({
    canSelectFolders: true,
    canSelectFiles: false,
    canSelectMany: false,
    openLabel: 'Export Website Here',
    title: 'Export Edition as Website',
    defaultUri: workspace.workspaceFolders?.[0]?.uri,
  });
  const folder = picked?.[0];
  if (!folder) return;
  const files = await client.sendRequest(SiteRequest);
  if (files.length === 0 || !files.some((file) => file.path === 'index.html')) {
    void window.showWarningMessage('The workspace has no letters to export.');
    return;
  }
  if (await exists(Uri.joinPath(folder, 'index.html'))) {
    const replace = 'Replace';
    const answer = await window.showWarningMessage(
      `${folder.fsPath} already has an index.html. Replace the site's files?`,
      { modal: true },
      replace,
    );
    if (answer !== replace) return;
  }
  const encoder = new TextEncoder();
  for (const file of files) {
    const segments = file.path.split('/');
    // Every file stays inside the folder picked.
    if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) continue;
    await workspace.fs.writeFile(Uri.joinPath(folder, ...segments), encoder.encode(file.content));
  }
  void window.showInformationMessage(`Wrote ${files.length} files of the website to ${folder.fsPath}.`);
}

async function exists(uri: Uri): Promise<boolean> {
  try {
    return (await workspace.fs.stat(uri)).type === FileType.File;
  } catch {
    return false;
  }
}
