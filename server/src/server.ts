/**
 * The Letters language server: the only module that talks to the LSP connection. Each handler
 * finds the document's model and calls one feature function; errors are caught and logged so
 * that one bad request never takes the server down.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type TextDocumentPositionParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentProblems } from './topics/diagnose';
import { detectEdition } from './analysis/editionDetection';
import { ModelCache, numberingKey, type DocumentModel } from './analysis/model';
import { WorkspaceIndex } from './analysis/workspace';
import { codeActions } from './features/codeActions';
import { completion } from './features/completion';
import { definition } from './features/definition';
import { toDiagnostics } from './features/diagnostics';
import { documentHighlights } from './features/documentHighlights';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/foldingRanges';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { adjacentLetter, letterAt, newLetter, workspaceLetters } from './features/letters';
import { LETTERS_CHANGED_NOTIFICATION, LettersRequests } from '../../protocol/letters';
import { references } from './features/references';
import { registerDiagnostics } from './features/registerDiagnostics';
import { renumberNotesCommand, RENUMBER_NOTES_COMMAND } from './features/renumberCommand';
import { DEFAULT_SETTINGS, parseSettings, type LettersSettings } from './analysis/settings';
import { workspaceSymbols } from './features/workspaceSymbols';
import { readServerCommand } from './host/commandLine';
import { fileUri, findFiles, readText } from './host/files';

const LETTERS_SUFFIX = '.letters';
const REGISTER_SUFFIX = '.persons.json';

const command = readServerCommand(process.argv.slice(2));
if (command.kind !== 'serve') {
  (command.kind === 'help' ? process.stdout : process.stderr).write(`${command.text}\n`);
  process.exit(command.kind === 'help' ? 0 : 2);
}

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
let canRefreshInlayHints = false;
/** Registers named in `letters.persons`, which may have any file name. */
let configuredRegisters = new Set<string>();
/** Registers that have diagnostics published, to clear them when a register goes away. */
const registersWithDiagnostics = new Set<string>();
/** The diagnostics last published per document (open or not), as the Problems panel shows them. */
const published = new Map<string, { diagnostics: Diagnostic[] }>();
/** Per document, the letter and note numbers other documents' checks depend on (sequence, cross-references). */
const crossFileFacts = new Map<string, string>();
let workspacePass: ReturnType<typeof setTimeout> | undefined;
let republishPending = false;
/** Quiet time after an edit before the other documents' diagnostics are recomputed. */
const WORKSPACE_PASS_DELAY_MS = 300;

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

/** Whether a URI is a person register (the server answers no language features on it). */
function isRegister(uri: string): boolean {
  return uri.endsWith(REGISTER_SUFFIX) || configuredRegisters.has(uri);
}

/** The model of an open `.letters` document, or undefined for an unknown URI or a register. */
function modelOf(uri: string): DocumentModel | undefined {
  const document = documents.get(uri);
  if (!document || isRegister(uri)) return undefined;
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

/** The diagnostics last published for a document; empty when none were. */
function diagnosticsOf(uri: string): readonly Diagnostic[] {
  return published.get(uri)?.diagnostics ?? [];
}

/**
 * Publishes a document's diagnostics when they differ from the last ones sent. Open documents
 * carry their version; files that are not open are published too (version-less), so the Problems
 * panel lists the defects of the whole edition.
 */
function publishModel(model: DocumentModel, open: boolean): void {
  guard('diagnostics', undefined, () => {
    const diagnostics = toDiagnostics(model, documentProblems(model, workspace), settings, workspace);
    // Comparing costs a serialisation, so only files that are not open (republished in bulk) pay it.
    const previous = published.get(model.uri)?.diagnostics;
    if (!open && previous && JSON.stringify(previous) === JSON.stringify(diagnostics)) return;
    published.set(model.uri, { diagnostics });
    void connection.sendDiagnostics({
      uri: model.uri,
      ...(open ? { version: model.version } : {}),
      diagnostics,
    });
  });
}

/** Publishes an open document's diagnostics and, if its letter or note numbers changed, the others'. */
function publishDiagnostics(uri: string): void {
  const model = guard('model', undefined, () => modelOf(uri));
  if (!model) return;
  publishModel(model, true);
  const facts = numberingKey(model);
  const changed = crossFileFacts.get(uri) !== facts;
  crossFileFacts.set(uri, facts);
  scheduleWorkspacePass(changed);
}

/**
 * Soon republishes every other document of the workspace (their letter sequence and
 * cross-references depend on this one) and tells the client that letters changed.
 */
function scheduleWorkspacePass(republish: boolean): void {
  republishPending ||= republish;
  if (workspacePass) clearTimeout(workspacePass);
  workspacePass = setTimeout(() => {
    workspacePass = undefined;
    if (republishPending) publishWorkspace();
    else notifyLettersChanged();
    republishPending = false;
  }, WORKSPACE_PASS_DELAY_MS);
}

/** Publishes the diagnostics of every `.letters` document known, open or not. */
function publishWorkspace(): void {
  for (const model of workspace.all()) publishModel(model, documents.get(model.uri) !== undefined);
  // Problem counts and the persons of letters may have changed: the Letters view reads them again.
  notifyLettersChanged();
}

/** Tells the client that letters changed, with how many there are (the Letters view shows when any). */
function notifyLettersChanged(): void {
  const count = workspace.all().reduce((sum, model) => sum + model.letters.length, 0);
  void connection.sendNotification(LETTERS_CHANGED_NOTIFICATION, { count });
}

/** Whether a `file:` URI lies inside one of the workspace folders. */
function inWorkspace(uri: string): boolean {
  if (!uri.startsWith('file:')) return false;
  const file = fileURLToPath(uri);
  return workspaceFolders.some((folder) => file === folder || file.startsWith(folder + path.sep));
}

/** Re-reads a file that is not open from disk: indexed and published, or forgotten when gone. */
async function reloadFromDisk(uri: string): Promise<void> {
  if (documents.get(uri)) return;
  const text = inWorkspace(uri) ? await readText(fileURLToPath(uri)) : undefined;
  if (text === undefined) {
    workspace.delete(uri);
    crossFileFacts.delete(uri);
    published.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  } else {
    guard('index', undefined, () => workspace.set(uri, -1, text));
  }
}

/** Publishes the diagnostics of every register (a change to one can clear a conflict in another). */
function publishRegisterDiagnostics(): void {
  guard('register diagnostics', undefined, () => {
    const current = new Set(workspace.persons.files().map((file) => file.uri));
    for (const uri of registersWithDiagnostics) {
      if (!current.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    registersWithDiagnostics.clear();
    for (const uri of current) {
      registersWithDiagnostics.add(uri);
      void connection.sendDiagnostics({
        uri,
        diagnostics: registerDiagnostics(uri, workspace.persons, settings),
      });
    }
  });
}

let registersChangePending = false;

/**
 * After a register changed (a burst of edits is handled once): the registers' diagnostics, the
 * letters' `person.unknown`, the inlay hints.
 */
function registersChanged(): void {
  if (registersChangePending) return;
  registersChangePending = true;
  setImmediate(() => {
    registersChangePending = false;
    publishRegisterDiagnostics();
    publishWorkspace();
    if (canRefreshInlayHints) void connection.languages.inlayHint.refresh();
  });
}

/** Loads a register from the editor when open, else from disk; forgets it when it cannot be read. */
async function loadRegister(uri: string): Promise<void> {
  const open = documents.get(uri);
  const text = open
    ? open.getText()
    : uri.startsWith('file:')
      ? await readText(fileURLToPath(uri))
      : undefined;
  guard('register', undefined, () => {
    if (text === undefined) workspace.persons.delete(uri);
    else workspace.persons.set(uri, text);
  });
}

/** Finds the registers: `*.persons.json` in the workspace folders and the `letters.persons` paths. */
async function loadRegisters(): Promise<void> {
  const found = new Set<string>();
  for (const folder of workspaceFolders) {
    for (const file of await findFiles(folder, [REGISTER_SUFFIX])) found.add(fileUri(file));
  }
  const base = workspaceFolders[0] ?? process.cwd();
  configuredRegisters = new Set(settings.persons.map((entry) => fileUri(path.resolve(base, entry))));
  for (const uri of configuredRegisters) found.add(uri);
  for (const file of workspace.persons.files()) if (!found.has(file.uri)) workspace.persons.delete(file.uri);
  for (const uri of found) await loadRegister(uri);
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
  canRefreshInlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
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
      inlayHintProvider: true,
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
  await loadRegisters();
  await indexWorkspace();
  documents.all().forEach((document) => guard('model', undefined, () => modelOf(document.uri)));
  publishRegisterDiagnostics();
  publishWorkspace();
});

connection.onDidChangeConfiguration(async (change) => {
  if (canPullConfiguration) await refreshSettings();
  else settings = parseSettings((change.settings as { letters?: unknown } | undefined)?.letters);
  await loadRegisters();
  publishRegisterDiagnostics();
  if (canRefreshInlayHints) void connection.languages.inlayHint.refresh();
  publishWorkspace();
});

documents.onDidChangeContent((change) => {
  const uri = change.document.uri;
  if (!isRegister(uri)) return scheduleDiagnostics(uri);
  guard('register', undefined, () => workspace.persons.set(uri, change.document.getText()));
  registersChanged();
});

documents.onDidClose(async (event) => {
  const uri = event.document.uri;
  if (isRegister(uri)) {
    // The register stays loaded with its text on disk (or goes, if it was never saved).
    await loadRegister(uri);
    return registersChanged();
  }
  models.delete(uri);
  // A closed file of the workspace stays in the edition with its text on disk; others leave it.
  await reloadFromDisk(uri);
  published.delete(uri);
  const model = workspace.get(uri);
  if (model) publishModel(model, false);
  scheduleWorkspacePass(true);
});

// The client watches `**/*.letters` and `**/*.persons.json`: files created, changed or deleted on
// disk outside the editor.
connection.onDidChangeWatchedFiles(async (params) => {
  let registers = false;
  for (const change of params.changes) {
    if (!isRegister(change.uri) || documents.get(change.uri)) continue;
    if (change.type === FileChangeType.Deleted) workspace.persons.delete(change.uri);
    else await loadRegister(change.uri);
    registers = true;
  }
  if (registers) registersChanged();
  // Open documents are kept by the editor; a deleted file reads as undefined and is forgotten.
  for (const change of params.changes)
    if (change.uri.endsWith(LETTERS_SUFFIX)) await reloadFromDisk(change.uri);
  scheduleWorkspacePass(true);
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

connection.onDocumentHighlight((params) =>
  atPosition('documentHighlight', params, [], (model, offset) =>
    documentHighlights(model, offset, workspace),
  ),
);

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
    return codeActions(
      model,
      documentProblems(model, workspace),
      range,
      params.context.diagnostics,
      workspace,
    );
  }),
);

connection.languages.inlayHint.on((params) =>
  guard('inlayHint', [], () => {
    const model = modelOf(params.textDocument.uri);
    if (!model) return [];
    const range = {
      start: model.lineIndex.offsetAt(params.range.start),
      end: model.lineIndex.offsetAt(params.range.end),
    };
    return inlayHints(model, range, workspace, settings);
  }),
);

connection.onExecuteCommand(async (params) => {
  if (params.command !== RENUMBER_NOTES_COMMAND) return;
  const edit = guard('executeCommand', undefined, () =>
    renumberNotesCommand(params.arguments ?? [], modelOf),
  );
  if (edit) await connection.workspace.applyEdit({ label: 'Renumber notes', edit });
});

connection.onRequest(LettersRequests.letters, () =>
  guard('letters', [], () => workspaceLetters(workspace.all(), diagnosticsOf, workspace.persons)),
);

connection.onRequest(LettersRequests.letterAt, (params: TextDocumentPositionParams) =>
  atPosition('letterAt', params, null, (model, offset) => letterAt(model, offset, diagnosticsOf(model.uri))),
);

connection.onRequest(
  LettersRequests.adjacentLetter,
  (params: TextDocumentPositionParams & { direction: 'next' | 'previous' }) =>
    atPosition('adjacentLetter', params, null, (model, offset) =>
      adjacentLetter(workspace.all(), model, offset, params.direction, diagnosticsOf),
    ),
);

connection.onRequest(LettersRequests.newLetter, (params: TextDocumentPositionParams) =>
  atPosition('newLetter', params, null, newLetter),
);

connection.onRequest(LettersRequests.detectEdition, (params: { text?: unknown }) =>
  guard('detectEdition', null, () => (typeof params.text === 'string' ? detectEdition(params.text) : null)),
);

documents.listen(connection);
connection.listen();
