/**
 * The VS Code side of Letters Edition: starts the bundled language server and connects it to the
 * editor. It holds no language logic; everything a user sees comes from the server.
 */
import * as path from 'node:path';
import { commands, Uri, window, workspace, type ExtensionContext } from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { EditionOffer } from './editionOffer';
import { LetterStatus } from './letterStatus';
import { LettersView, type LettersNode } from './lettersView';
import { Navigation, type LetterPickItem, type NotePickItem } from './navigation';
import type { LettersInitializationOptions } from '../../protocol/letters';
import { LettersChangedNotification } from '../../protocol/requests';
import { LettersPreview } from './preview/previewPanel';
import { exportWebsite } from './preview/siteExport';
import { openPendingSample, openSample } from './sample';
import { ServerLog } from './serverLog';

/** The registers the server reads: person, place, organisation and term files. */
const REGISTER_PATTERN = '**/*.{persons,places,organisations,terms}.json';

/** What the extension exposes to the real-VS-Code tests: the same data the user sees. */
export interface LettersApi {
  /** The status-bar text, or undefined while the item is hidden. */
  statusText(): string | undefined;
  /** The items Go to Letter shows. */
  letterPickItems(): Promise<LetterPickItem[]>;
  /** The items Go to Note shows for the letter at the cursor. */
  notePickItems(): Promise<NotePickItem[]>;
  /** The Letters view's data. */
  lettersView: { getChildren(node?: LettersNode): Promise<LettersNode[]> };
  /** The offer to switch a `.txt` edition to Letters. */
  editionOffer: EditionOffer;
  /** The errors the language server logged since it started. */
  serverErrors(): readonly string[];
  /** The HTML body the preview panel was last given, or undefined while it is closed. */
  previewHtml(): string | undefined;
}

let client: LanguageClient | undefined;

/** Starts the language server for `letters` documents and the editor features built on it. */
export async function activate(context: ExtensionContext): Promise<LettersApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6010'] },
    },
  };
  const serverLog = new ServerLog('Letters Edition');
  context.subscriptions.push(serverLog.channel);
  const clientOptions: LanguageClientOptions = {
    outputChannel: serverLog.channel,
    // Registers (persons, places, organisations, terms) are synchronised so that their diagnostics show and edits take effect
    // before saving; the server answers no language features on them (VS Code's JSON support does).
    documentSelector: [
      { language: 'letters' },
      { language: 'json', pattern: REGISTER_PATTERN },
      { language: 'jsonc', pattern: REGISTER_PATTERN },
    ],
    // The Letters view listens to the server's custom notification; other clients never ask for it.
    initializationOptions: { lettersChangedNotification: true } satisfies LettersInitializationOptions,
    synchronize: {
      configurationSection: 'letters',
      // Files changed on disk outside the editor keep the workspace's diagnostics current, and
      // register edits take effect at once.
      fileEvents: [
        workspace.createFileSystemWatcher('**/*.letters'),
        workspace.createFileSystemWatcher(REGISTER_PATTERN),
      ],
    },
  };
  const started = new LanguageClient('letters', 'Letters Edition', serverOptions, clientOptions);
  client = started;
  const lettersView = new LettersView(started);
  // Registered before start: the server announces its first index right after initializing.
  context.subscriptions.push(
    started.onNotification(LettersChangedNotification, (params) => lettersView.refresh(params.count)),
  );
  await started.start();
  const status = new LetterStatus(started);
  const navigation = new Navigation(started);
  const editionOffer = new EditionOffer(started, context.workspaceState);
  const preview = new LettersPreview(started, Uri.joinPath(context.extensionUri, 'media'));
  context.subscriptions.push(
    status,
    lettersView,
    window.registerTreeDataProvider('letters.lettersView', lettersView),
    ...navigation.register(),
    commands.registerCommand('letters.refreshLetters', () => lettersView.refresh()),
    // The walkthrough's first step: the sample edition that ships with the extension.
    commands.registerCommand('letters.openSample', () => openSample(context)),
    ...editionOffer.register(),
    preview,
    commands.registerCommand('letters.openPreview', () => preview.open(false)),
    commands.registerCommand('letters.openPreviewToSide', () => preview.open(true)),
    commands.registerCommand('letters.togglePreviewLock', () => preview.toggleLock()),
    commands.registerCommand('letters.togglePreviewProof', () => preview.toggleProof()),
    commands.registerCommand('letters.exportWebsite', () => exportWebsite(started)),
    { dispose: () => void client?.stop() },
    // Palette commands carry no arguments; the server's command needs the document and position.
    commands.registerCommand('letters.renumberNotesInLetter', async () => {
      const editor = window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'letters') return;
      const { line, character } = editor.selection.active;
      await commands.executeCommand('letters.renumberNotes', editor.document.uri.toString(), {
        line,
        character,
      });
    }),
  );
  void openPendingSample(context);
  return {
    statusText: () => status.text,
    letterPickItems: () => navigation.letterItems(),
    notePickItems: async () => (await navigation.noteItems())?.items ?? [],
    lettersView,
    editionOffer,
    serverErrors: () => serverLog.errors(),
    previewHtml: () => preview.html,
  };
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
