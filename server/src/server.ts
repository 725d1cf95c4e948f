/**
 * The Letters language server: the only module that talks to the LSP connection. Each handler
 * finds the document's model and calls one feature function; errors are caught and logged so
 * that one bad request never takes the server down.
 */
import { fileURLToPath } from 'node:url';
import {
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentProblems } from './analysis/diagnose';
import { ModelCache, type DocumentModel } from './analysis/model';
import { WorkspaceIndex } from './analysis/workspace';
import { toDiagnostics } from './features/diagnostics';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/foldingRanges';
import { DEFAULT_SETTINGS, parseSettings, type LettersSettings } from './features/settings';
import { workspaceSymbols } from './features/workspaceSymbols';
import { fileUri, findFiles, readText } from './host/files';

const LETTERS_SUFFIX = '.letters';

const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const models = new ModelCache();
const workspace = new WorkspaceIndex();
let settings: LettersSettings = DEFAULT_SETTINGS;
let workspaceFolders: string[] = [];
let canPullConfiguration = false;

/** Runs a handler, logging instead of throwing: the editor gets `fallback` when anything fails. */
function guard<T>(name: string, fallback: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    connection.console.error(
      `${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return fallback;
  }
}

/** The model of an open document, or undefined for an unknown URI. */
function modelOf(uri: string): DocumentModel | undefined {
  const document = documents.get(uri);
  if (!document) return undefined;
  const model = models.get(uri, document.version, document.getText());
  workspace.put(model);
  return model;
}

function publishDiagnostics(uri: string): void {
  guard('diagnostics', undefined, () => {
    const model = modelOf(uri);
    if (!model) return;
    const diagnostics = toDiagnostics(model, documentProblems(model, workspace), settings, workspace);
    void connection.sendDiagnostics({ uri, version: model.version, diagnostics });
  });
}

async function refreshSettings(): Promise<void> {
  if (!canPullConfiguration) return;
  try {
    settings = parseSettings(await connection.workspace.getConfiguration('letters'));
  } catch (error) {
    connection.console.warn(`could not read settings: ${String(error)}`);
  }
}

/** Loads every `.letters` file of the workspace folders that is not open in the editor. */
async function indexWorkspace(): Promise<void> {
  for (const folder of workspaceFolders) {
    for (const file of await findFiles(folder, [LETTERS_SUFFIX])) {
      const uri = fileUri(file);
      if (documents.get(uri)) continue;
      const text = await readText(file);
      if (text !== undefined) guard('index', undefined, () => workspace.set(uri, -1, text));
    }
  }
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  workspaceFolders = (params.workspaceFolders ?? [])
    .map((folder) => folder.uri)
    .concat(params.workspaceFolders ? [] : params.rootUri ? [params.rootUri] : [])
    .filter((uri) => uri.startsWith('file:'))
    .map((uri) => fileURLToPath(uri));
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      workspaceSymbolProvider: true,
    },
    serverInfo: { name: 'letters-edition' },
  };
});

connection.onInitialized(async () => {
  if (canPullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'letters' });
  }
  await refreshSettings();
  await indexWorkspace();
  documents.all().forEach((document) => publishDiagnostics(document.uri));
});

connection.onDidChangeConfiguration(async (change) => {
  if (canPullConfiguration) await refreshSettings();
  else settings = parseSettings((change.settings as { letters?: unknown } | undefined)?.letters);
  documents.all().forEach((document) => publishDiagnostics(document.uri));
});

documents.onDidChangeContent((change) => publishDiagnostics(change.document.uri));

documents.onDidClose(async (event) => {
  const uri = event.document.uri;
  models.delete(uri);
  void connection.sendDiagnostics({ uri, diagnostics: [] });
  // The file stays part of the workspace with its text on disk.
  const text = uri.startsWith('file:') ? await readText(fileURLToPath(uri)) : undefined;
  if (text === undefined) workspace.delete(uri);
  else guard('index', undefined, () => workspace.set(uri, -1, text));
});

connection.onDocumentSymbol((params) =>
  guard('documentSymbol', [], () => {
    const model = modelOf(params.textDocument.uri);
    return model ? documentSymbols(model) : [];
  }),
);

connection.onFoldingRanges((params) =>
  guard('foldingRange', [], () => {
    const model = modelOf(params.textDocument.uri);
    return model ? foldingRanges(model) : [];
  }),
);

connection.onWorkspaceSymbol((params) =>
  guard('workspaceSymbol', [], () => workspaceSymbols(workspace, params.query)),
);

documents.listen(connection);
connection.listen();
