/**
 * The VS Code side of Letters Edition: starts the bundled language server and connects it to the
 * editor. It holds no language logic; everything a user sees comes from the server.
 */
import * as path from 'node:path';
import { commands, Uri, window, workspace, type Event, type ExtensionContext, type TreeItem } from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { EditionOffer } from './editionOffer';
import { registerExportCommands } from './exportEdition';
import { LetterStatus } from './letterStatus';
import { LettersView, type LettersNode } from './lettersView';
import { Navigation, type LetterFilter, type LetterPickItem, type NotePickItem } from './navigation';
import { RegisterCommands, type EntryPickItem } from './registerCommands';
import { RegistersView, type RegistersNode } from './registersView';
import type { LettersInitializationOptions } from '../../protocol/letters';
import { LettersChangedNotification } from '../../protocol/requests';
import { LettersPreview } from './preview/previewPanel';
import { openPendingSample, openSample } from './sample';
import { ServerLog } from './serverLog';

/** The registers the server reads: person, place, organisation and term files. */
const REGISTER_PATTERN = '**/*.{persons,places,organisations,terms}.json';
/** The edition's word lists: words the text-damage check counts as known. */
const WORD_LIST_PATTERN = '**/*.words.txt';

/** The edition's metadata file. */
const EDITION_PATTERN = '**/edition.json';

/** What the extension exposes to the real-VS-Code tests: the same data the user sees. */
export interface LettersApi {
  /** The status-bar text, or undefined while the item is hidden. */
  statusText(): string | undefined;
  /** The items Go to Letter shows, all of them or those a name filter keeps. */
  letterPickItems(filter?: LetterFilter): Promise<LetterPickItem[]>;
  /** The names Go to Letter Mentioning offers. */
  entryPickItems(): Promise<EntryPickItem[]>;
  /** The items Go to Note shows for the letter at the cursor. */
  notePickItems(): Promise<NotePickItem[]>;
  /** The Letters view's data. */
  lettersView: { getChildren(node?: LettersNode): Promise<LettersNode[]> };
  /** The Registers view's data and items. */
  registersView: {
    getChildren(node?: RegistersNode): Promise<RegistersNode[]>;
    getTreeItem(node: RegistersNode): TreeItem;
    onDidChangeTreeData: Event<RegistersNode | undefined>;
  };
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
      // The edition's metadata, for its diagnostics (what the CMIF export needs).
      { language: 'json', pattern: EDITION_PATTERN },
      { language: 'jsonc', pattern: EDITION_PATTERN },
      // Word lists too: a word added by the quick fix counts before the list is saved.
      { pattern: WORD_LIST_PATTERN },
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
        workspace.createFileSystemWatcher(EDITION_PATTERN),
        workspace.createFileSystemWatcher(WORD_LIST_PATTERN),
      ],
    },
  };
  const started = new LanguageClient('letters', 'Letters Edition', serverOptions, clientOptions);
  client = started;
  const lettersView = new LettersView(started);
  const registersView = new RegistersView(started);
  // Registered before start: the server announces its first index right after initializing. It
  // also announces register changes (they change what the letters mention).
  context.subscriptions.push(
    started.onNotification(LettersChangedNotification, (params) => {
      lettersView.refresh(params.count);
      registersView.refresh();
    }),
  );
  await started.start();
  const status = new LetterStatus(started);
  const navigation = new Navigation(started);
  const editionOffer = new EditionOffer(started, context.workspaceState);
  const registerCommands = new RegisterCommands(started, registersView, navigation);
  const preview = new LettersPreview(started, Uri.joinPath(context.extensionUri, 'media'));
  context.subscriptions.push(
    status,
    lettersView,
    window.registerTreeDataProvider('letters.lettersView', lettersView),
    ...navigation.register(),
    commands.registerCommand('letters.refreshLetters', () => lettersView.refresh()),
    registersView,
    window.registerTreeDataProvider('letters.registersView', registersView),
    ...registerCommands.register(),
    commands.registerCommand('letters.refreshRegisters', () => registersView.refresh()),
    // The walkthrough's first step: the sample edition that ships with the extension.
    commands.registerCommand('letters.openSample', () => openSample(context)),
    ...editionOffer.register(),
    preview,
    commands.registerCommand('letters.openPreview', () => preview.open(false)),
    commands.registerCommand('letters.openPreviewToSide', () => preview.open(true)),
    commands.registerCommand('letters.togglePreviewLock', () => preview.toggleLock()),
    ...registerExportCommands(started),
    commands.registerCommand('letters.togglePreviewProof', () => preview.toggleProof()),
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
    letterPickItems: (filter) => navigation.letterItems(filter),
    entryPickItems: () => registerCommands.entryItems(),
    notePickItems: async () => (await navigation.noteItems())?.items ?? [],
    lettersView,
    registersView,
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
