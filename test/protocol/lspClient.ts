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
  ErrorCodes,
  MessageType,
  ResponseError,
  type ClientCapabilities,
  type Diagnostic,
  type LogMessageParams,
  type MessageConnection,
  type PublishDiagnosticsParams,
  type WorkDoneProgressBegin,
  type WorkDoneProgressEnd,
  type WorkDoneProgressReport,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';

export const ROOT = path.resolve(__dirname, '..', '..');

/** The kinds 1 to `count` of an LSP kind enumeration. */
const ONE_TO = <Kind extends number>(count: number) =>
  Array.from({ length: count }, (_, index) => (index + 1) as Kind);

/**
 * The client capabilities VS Code's language client (vscode-languageclient 9) declares, as far as
 * this server reads them, with the initialization option the extension sets.
 */
export const VSCODE_CLIENT: ClientProfile = {
  capabilities: {
    workspace: {
      applyEdit: true,
      workspaceEdit: { documentChanges: true },
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
      symbol: { dynamicRegistration: true, symbolKind: { valueSet: ONE_TO(26) } },
      executeCommand: { dynamicRegistration: true },
      configuration: true,
      workspaceFolders: true,
      inlayHint: { refreshSupport: true },
    },
    textDocument: {
      synchronization: { dynamicRegistration: true, didSave: true },
      completion: {
        dynamicRegistration: true,
        contextSupport: true,
        completionItem: {
          snippetSupport: true,
          documentationFormat: ['markdown', 'plaintext'],
          insertReplaceSupport: true,
          labelDetailsSupport: true,
        },
        completionItemKind: { valueSet: ONE_TO(25) },
      },
      hover: { dynamicRegistration: true, contentFormat: ['markdown', 'plaintext'] },
      definition: { dynamicRegistration: true, linkSupport: true },
      references: { dynamicRegistration: true },
      documentHighlight: { dynamicRegistration: true },
      documentSymbol: {
        dynamicRegistration: true,
        hierarchicalDocumentSymbolSupport: true,
        symbolKind: { valueSet: ONE_TO(26) },
        labelSupport: true,
      },
      codeAction: {
        dynamicRegistration: true,
        isPreferredSupport: true,
        disabledSupport: true,
        dataSupport: true,
        codeActionLiteralSupport: {
          codeActionKind: {
            valueSet: [
              '',
              'quickfix',
              'refactor',
              'refactor.extract',
              'refactor.inline',
              'refactor.rewrite',
              'source',
            ],
          },
        },
      },
      foldingRange: { dynamicRegistration: true },
      publishDiagnostics: { relatedInformation: true, versionSupport: false, codeDescriptionSupport: true },
      inlayHint: { dynamicRegistration: true },
    },
    window: { workDoneProgress: true },
  },
  initializationOptions: { lettersChangedNotification: true },
};

/**
 * A client that declares nothing: no Markdown, no location links, no symbol hierarchy, no code
 * action literals, no related information, no dynamic registration, no `workspace/applyEdit`, no
 * settings to pull, no custom notifications.
 */
export const MINIMAL_CLIENT: ClientProfile = { capabilities: {} };

/** How the test client introduces itself and answers the server's requests. */
export interface ClientProfile {
  readonly capabilities: ClientCapabilities;
  readonly initializationOptions?: unknown;
  /** Answer every request from the server with an error, as some clients do. */
  readonly refuseRequests?: boolean;
}

/** A running server with a connection to it. */
export interface ServerSession {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcessWithoutNullStreams;
  /** The edits the server asked the client to apply (`workspace/applyEdit`), in order. */
  readonly appliedEdits: WorkspaceEdit[];
  /** The methods of the requests the server sent to the client, in order. */
  readonly serverRequests: string[];
  /** The `$/progress` notifications the server sent, in order. */
  readonly progress: readonly {
    token: string | number;
    value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;
  }[];
  /** Resolves with the next diagnostics published for `uri` that satisfy `accept`. */
  diagnostics(
    uri: string,
    accept?: (params: PublishDiagnosticsParams) => boolean,
  ): Promise<PublishDiagnosticsParams>;
  /** Every publication for `uri` so far, in order. */
  publications(uri: string): readonly PublishDiagnosticsParams[];
  /** Sends shutdown and exit and waits for the process to end. */
  stop(): Promise<number | null>;
}

/**
 * What the servers of the running tests logged as errors (`window/logMessage` of type Error) or
 * wrote to their standard error, not yet reported: every test fails that leaves something here.
 */
const serverErrors: string[] = [];

// A root hook (registered when a test file imports this module under mocha): a feature that throws
// and is caught by the server's guard still answers, so without this its test would pass.
if (typeof afterEach === 'function') {
  afterEach(function failOnServerErrors() {
    const errors = serverErrors.splice(0);
    if (errors.length > 0) throw new Error(`the server logged errors:\n${errors.join('\n')}`);
  });
}

/**
 * Starts the bundled server and completes the initialize handshake for `workspaceFolder`, as the
 * client `profile` (VS Code's by default) would.
 */
export async function startServer(
  workspaceFolder: string,
  settings: unknown = {},
  profile: ClientProfile = VSCODE_CLIENT,
): Promise<ServerSession> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], { stdio: 'pipe' });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => serverErrors.push(`stderr: ${chunk.trimEnd()}`));
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const latest = new Map<string, PublishDiagnosticsParams>();
  const history = new Map<string, PublishDiagnosticsParams[]>();
  const waiting: {
    uri: string;
    accept: (params: PublishDiagnosticsParams) => boolean;
    resolve: (params: PublishDiagnosticsParams) => void;
  }[] = [];
  const appliedEdits: WorkspaceEdit[] = [];
  const serverRequests: string[] = [];
  const progress: ServerSession['progress'][number][] = [];
  connection.onNotification('$/progress', (params: ServerSession['progress'][number]) =>
    progress.push(params),
  );
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    latest.set(params.uri, params);
    history.set(params.uri, [...(history.get(params.uri) ?? []), params]);
    for (const waiter of [...waiting]) {
      if (waiter.uri === params.uri && waiter.accept(params)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    }
  });
  connection.onNotification('window/logMessage', (params: LogMessageParams) => {
    if (params.type === MessageType.Error) serverErrors.push(`logMessage: ${params.message}`);
  });
  // Every request from the server, whatever its method (the protocol connection's type omits the
  // catch-all overload of the JSON-RPC connection underneath).
  (connection as unknown as MessageConnection).onRequest((method: string, params: unknown) => {
    serverRequests.push(method);
    if (profile.refuseRequests) return new ResponseError(ErrorCodes.MethodNotFound, `refused ${method}`);
    switch (method) {
      case 'workspace/configuration':
        return (params as { items: { section?: string }[] }).items.map((item) =>
          item.section === 'letters' ? settings : null,
        );
      case 'workspace/applyEdit':
        appliedEdits.push((params as { edit: WorkspaceEdit }).edit);
        return { applied: true };
      case 'client/registerCapability':
      case 'workspace/inlayHint/refresh':
      case 'window/workDoneProgress/create':
        return null;
      default:
        return new ResponseError(ErrorCodes.MethodNotFound, `unknown method ${method}`);
    }
  });
  connection.listen();
  const folderUri = pathToFileURL(workspaceFolder).toString();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: folderUri,
    workspaceFolders: [{ uri: folderUri, name: path.basename(workspaceFolder) }],
    capabilities: profile.capabilities,
    ...(profile.initializationOptions !== undefined
      ? { initializationOptions: profile.initializationOptions }
      : {}),
  });
  await connection.sendNotification('initialized', {});
  return {
    connection,
    process: child,
    appliedEdits,
    serverRequests,
    progress,
    diagnostics(uri, accept = () => true) {
      const known = latest.get(uri);
      if (known && accept(known)) return Promise.resolve(known);
      return new Promise((resolve) => waiting.push({ uri, accept, resolve }));
    },
    publications: (uri) => history.get(uri) ?? [],
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
export async function startSampleSession(
  profile: ClientProfile = VSCODE_CLIENT,
): Promise<{ session: ServerSession; diagnostics: Diagnostic[] }> {
  const session = await startServer(path.join(ROOT, 'samples'), {}, profile);
  await openDocument(session, SAMPLE_URI, SAMPLE_TEXT);
  return { session, diagnostics: (await session.diagnostics(SAMPLE_URI)).diagnostics };
}
