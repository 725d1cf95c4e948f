/**
 * Wires one language server session onto a connection: lifecycle middleware, the session state,
 * synchronisation, diagnostics and the feature handlers.
 */
import {
  createConnection,
  ProposedFeatures,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
  type MessageReader,
} from 'vscode-languageserver/node';
import { ClientRequests } from './clientRequests';
import { readClientSupport } from './clientSupport';
import { DiagnosticsScheduler } from './diagnosticsScheduler';
import { DocumentSync } from './documentSync';
import { ErrorGuard } from './errorGuard';
import { registerHandlers, SERVER_CAPABILITIES } from './handlers';
import { Lifecycle } from './lifecycle';
import { folderPaths, Session } from './session';
import { consoleToClient, openTransport, watchInput } from './transport';

/**
 * Starts the server on the transport named in the process arguments and listens; the transport's
 * writer tells the session when each reply is written.
 */
export function startLanguageServer(): Connection {
  const lifecycle = new Lifecycle();
  const session = new Session();
  const transport = openTransport(process.argv.slice(2), (written) => session.replies.replying(written));
  session.output = transport.output;
  // Standard input goes in as a stream, which the library's typings pair only with an output
  // stream: it reads it with its own reader, and ends the process when the client closes it.
  const input = transport.input as MessageReader;
  const connection = createConnection(ProposedFeatures.all, input, transport.output, {
    messageStrategy: lifecycle.messageStrategy,
  });
  if (transport.stdio) consoleToClient(connection);
  const guard = new ErrorGuard((message) => connection.console.error(message));
  // The last line of defence: every call site handles its own failures, but a rejection that
  // slips through is logged, never fatal.
  process.on('unhandledRejection', (reason) => guard.report('unhandled rejection', reason));
  const requests = new ClientRequests(connection, () => session.support);
  const diagnostics = new DiagnosticsScheduler(connection, session, guard, requests);
  const sync = new DocumentSync(connection, session, guard, requests, diagnostics);

  lifecycle.attach(connection);
  connection.onInitialize((params): InitializeResult => {
    session.support = readClientSupport(params);
    const folders = params.workspaceFolders
      ? params.workspaceFolders.map((folder) => folder.uri)
      : params.rootUri
        ? [params.rootUri]
        : [];
    session.workspaceFolders = folderPaths(folders);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        ...SERVER_CAPABILITIES,
        ...(session.support.workspaceFolderChanges
          ? { workspace: { workspaceFolders: { supported: true, changeNotifications: true } } }
          : {}),
      },
      serverInfo: { name: 'letters-edition' },
    };
  });
  connection.onInitialized(
    guard.notification('initialized', () => {
      // Subscribed only now: the library registers the notification dynamically when subscribed
      // before it has seen the capabilities the server announced (which make that unnecessary).
      if (session.support.workspaceFolderChanges) sync.listenToWorkspaceFolders();
      return sync.loadWorkspace();
    }),
  );
  sync.listen();
  registerHandlers(connection, session, guard, requests);
  connection.listen();
  watchInput(transport, () => session.replies.arrived());
  return connection;
}
