/**
 * The VS Code side of Letters Edition: starts the bundled language server and connects it to the
 * editor. It holds no language logic; everything a user sees comes from the server.
 */
import * as path from 'node:path';
import { commands, window, type ExtensionContext } from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** Starts the language server for `letters` documents. */
export async function activate(context: ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6010'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'letters' }],
    synchronize: { configurationSection: 'letters' },
  };
  client = new LanguageClient('letters', 'Letters Edition', serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push(
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
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
