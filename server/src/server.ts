/**
 * The Letters language server: the only module that talks to the LSP connection. Each handler
 * finds the document's model and calls one feature function; errors are caught and logged so
 * that one bad request never takes the server down.
 */
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
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
import { codeActions } from './features/codeActions';
import { completion } from './features/completion';
import { definition } from './features/definition';
import { toDiagnostics } from './features/diagnostics';
import { documentHighlights } from './features/documentHighlights';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/foldingRanges';
import { hover } from './features/hover';
import { references } from './features/references';
import { renumberNotesCommand, RENUMBER_NOTES_COMMAND } from './features/renumberCommand';
import { DEFAULT_SETTINGS, parseSettings, type LettersSettings } from './features/settings';
import { workspaceSymbols } from './features/workspaceSymbols';
import { fileUri, findFiles, readText } from './host/files';

const LETTERS_SUFFIX = '.letters';

const connection: Connection = createConnection(ProposedFeatures.all);
const models = new ModelCache();
/** The editor's documents; every edit is also recorded in `models`, so a new version re-parses only what changed. */
const documents = new TextDocuments<TextDocument>({
  create: TextDocument.create,
  update(document, changes, version) {
    for (const change of changes) {
      const range = 'range' in change ? change.range : undefined;
      const start = range ? document.offsetAt(range.start) : 0;
      const end = range ? document.offsetAt(range.end) : document.getText().length;
      models.edit(document.uri, start, end, change.text.length);
      TextDocument.update(document, [change], version);
    }
    return TextDocument.update(document, [], version);
  },
});
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

/** Documents whose diagnostics are due: a burst of edits is analysed once, at its latest version. */
const diagnosticsDue = new Set<string>();

function scheduleDiagnostics(uri: string): void {
  if (diagnosticsDue.has(uri)) return;
  diagnosticsDue.add(uri);
  setImmediate(() => {
    diagnosticsDue.delete(uri);
    publishDiagnostics(uri);
  });
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
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      hoverProvider: true,
      completionProvider: { triggerCharacters: [' '] },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] },
      executeCommandProvider: { commands: [RENUMBER_NOTES_COMMAND] },
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

documents.onDidChangeContent((change) => scheduleDiagnostics(change.document.uri));

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

/** Runs a position request on the model of an open document; unknown documents get `fallback`. */
function atPosition<T>(
  name: string,
  params: { textDocument: { uri: string }; position: { line: number; character: number } },
  fallback: T,
  run: (model: DocumentModel, offset: number) => T,
): T {
  return guard(name, fallback, () => {
    const model = modelOf(params.textDocument.uri);
    return model ? run(model, model.lineIndex.offsetAt(params.position)) : fallback;
  });
}

connection.onDefinition((params) =>
  atPosition('definition', params, [], (model, offset) => definition(model, offset, workspace)),
);

connection.onReferences((params) =>
  atPosition('references', params, [], (model, offset) =>
    references(model, offset, workspace, params.context.includeDeclaration),
  ),
);

connection.onDocumentHighlight((params) => atPosition('documentHighlight', params, [], documentHighlights));

connection.onHover((params) =>
  atPosition('hover', params, null, (model, offset) => hover(model, offset, workspace)),
);

connection.onCompletion((params) =>
  atPosition('completion', params, [], (model, offset) => completion(model, offset, workspace)),
);

connection.onCodeAction((params) =>
  guard('codeAction', [], () => {
    const model = modelOf(params.textDocument.uri);
    if (!model) return [];
    const range = {
      start: model.lineIndex.offsetAt(params.range.start),
      end: model.lineIndex.offsetAt(params.range.end),
    };
    return codeActions(model, documentProblems(model, workspace), range, params.context.diagnostics);
  }),
);

connection.onExecuteCommand(async (params) => {
  if (params.command !== RENUMBER_NOTES_COMMAND) return;
  const edit = guard('executeCommand', undefined, () =>
    renumberNotesCommand(params.arguments ?? [], modelOf),
  );
  if (edit) await connection.workspace.applyEdit({ label: 'Renumber notes', edit });
});

documents.listen(connection);
connection.listen();
