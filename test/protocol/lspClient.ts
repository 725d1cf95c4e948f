/**
 * A minimal LSP client for protocol tests: starts `node dist/server.js --stdio` exactly as another
 * editor would and speaks JSON-RPC to it over its standard streams.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type Diagnostic,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

export const ROOT = path.resolve(__dirname, '..', '..');

/** A running server with a connection to it. */
export interface ServerSession {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcessWithoutNullStreams;
  /** Resolves with the next diagnostics published for `uri` that satisfy `accept`. */
  diagnostics(
    uri: string,
    accept?: (params: PublishDiagnosticsParams) => boolean,
  ): Promise<PublishDiagnosticsParams>;
  /** Sends shutdown and exit and waits for the process to end. */
  stop(): Promise<number | null>;
}

/** Starts the bundled server and completes the initialize handshake for `workspaceFolder`. */
export async function startServer(workspaceFolder: string, settings: unknown = {}): Promise<ServerSession> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: 'pipe' });
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const latest = new Map<string, PublishDiagnosticsParams>();
  const waiting: {
    uri: string;
    accept: (params: PublishDiagnosticsParams) => boolean;
    resolve: (params: PublishDiagnosticsParams) => void;
  }[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    latest.set(params.uri, params);
    for (const waiter of [...waiting]) {
      if (waiter.uri === params.uri && waiter.accept(params)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
    params.items.map((item) => (item.section === 'letters' ? settings : null)),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const folderUri = pathToFileURL(workspaceFolder).toString();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folderUri,
    workspaceFolders: [{ uri: folderUri, name: path.basename(workspaceFolder) }],
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true },
      textDocument: {
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        publishDiagnostics: { relatedInformation: true },
      },
    },
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    diagnostics(uri, accept = () => true) {
      const known = latest.get(uri);
      if (known && accept(known)) return Promise.resolve(known);
      return new Promise((resolve) => waiting.push({ uri, accept, resolve }));
    },
    async stop() {
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}

/** Opens a document in the server. */
export async function openDocument(
  session: ServerSession,
  uri: string,
  text: string,
  version = 1,
): Promise<void> {
  await session.connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'letters', version, text },
  });
}

/** The bundled sample edition, as the protocol tests open it. */
export const SAMPLE = path.join(ROOT, 'samples', 'stalin-molotov-1926.letters');
export const SAMPLE_URI = pathToFileURL(SAMPLE).toString();
export const SAMPLE_TEXT = readFileSync(SAMPLE, 'utf8');

/** The LSP position `index` characters into the first occurrence of `needle` in `text` (the sample by default). */
export function positionOf(
  needle: string,
  index = 0,
  text = SAMPLE_TEXT,
): { line: number; character: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`the text does not contain ${needle}`);
  const before = text.slice(0, offset + index).split('\n');
  return { line: before.length - 1, character: (before[before.length - 1] ?? '').length };
}

/** Starts a server on the samples folder with the sample open, once its first diagnostics are in. */
export async function startSampleSession(): Promise<{ session: ServerSession; diagnostics: Diagnostic[] }> {
  const session = await startServer(path.join(ROOT, 'samples'));
  await openDocument(session, SAMPLE_URI, SAMPLE_TEXT);
  return { session, diagnostics: (await session.diagnostics(SAMPLE_URI)).diagnostics };
}
