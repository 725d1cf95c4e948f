import { commands, FileType, Uri, window, workspace, type ExtensionContext } from 'vscode';

/** The sample edition and its registers (persons, places, organisations, terms), shipped in the extension's `samples/`. */
const SAMPLE = 'stalin-molotov-1926.letters';
const SAMPLE_FILES = [
  SAMPLE,
  ...['persons', 'places', 'organisations', 'terms'].map((kind) => `stalin-molotov-1926.${kind}.json`),
];
/** Global-state key: the sample to open once the folder holding it has been opened. */
const PENDING = 'letters.sampleToOpen';

/**
 * The walkthrough's first step. A workspace that holds the sample opens it in place. Otherwise the
 * sample and its registers are copied to the extension's storage (never edited where installed) and
 * that folder is opened, so that the registers are part of the workspace and their names can be hovered;
 * the sample opens when the folder's window starts ({@link openPendingSample}).
 */
export async function openSample(context: ExtensionContext): Promise<void> {
  const [found] = await workspace.findFiles(`**/${SAMPLE}`, '**/node_modules/**', 1);
  if (found) {
    await window.showTextDocument(found);
    return;
  }
  const folder = Uri.joinPath(context.globalStorageUri, 'sample');
  await workspace.fs.createDirectory(folder);
  for (const name of SAMPLE_FILES) {
    const target = Uri.joinPath(folder, name);
    // A copy the user has already worked in is kept.
    const exists = await workspace.fs.stat(target).then(
      (stat) => stat.type === FileType.File,
      () => false,
    );
    if (!exists) await workspace.fs.copy(Uri.joinPath(context.extensionUri, 'samples', name), target);
  }
  await context.globalState.update(PENDING, Uri.joinPath(folder, SAMPLE).toString());
  await commands.executeCommand('vscode.openFolder', folder, {
    forceNewWindow: (workspace.workspaceFolders?.length ?? 0) > 0,
  });
}

/** Opens the sample in the window of the folder {@link openSample} opened for it. */
export async function openPendingSample(context: ExtensionContext): Promise<void> {
  const pending = context.globalState.get<string>(PENDING);
  if (!pending) return;
  const uri = Uri.parse(pending);
  const folder = Uri.joinPath(uri, '..').toString();
  if (!workspace.workspaceFolders?.some((each) => each.uri.toString() === folder)) return;
  await context.globalState.update(PENDING, undefined);
  await window.showTextDocument(uri);
}
