/**
 * The language feature handlers: each finds the document's model, calls one feature function and
 * brings its answer into the form the client declared. Every handler waits (bounded) for the first
 * reading of the workspace and runs inside the error guard.
 */
import {
  CodeActionKind,
  LSPErrorCodes,
  ResponseError,
  type Connection,
  type InitializeResult,
  type TextDocumentPositionParams,
} from 'vscode-languageserver/node';
import { LettersRequests, type PreviewParams } from '../../../protocol/letters';
import { documentProblems } from '../topics/diagnose';
import { detectEdition } from '../analysis/editionDetection';
import type { DocumentModel } from '../analysis/model';
import { codeActions } from '../features/codeActions';
import { FIX_ALL_KIND, fixAllAction, kindRequested } from '../features/fixAll';
import { completion } from '../features/completion';
import { definition } from '../features/definition';
import { documentHighlights } from '../features/documentHighlights';
import { documentSymbols } from '../features/documentSymbols';
import { foldingRanges } from '../features/foldingRanges';
import { hover } from '../features/hover';
import { inlayHints } from '../features/inlayHints';
import { adjacentLetter, letterAt, newLetter, workspaceLetters } from '../features/letters';
import { toOffset, toSpan } from '../features/ranges';
import { references } from '../features/references';
import { renumberNotesCommand, RENUMBER_NOTES_COMMAND } from '../features/renumberCommand';
import { workspaceSymbols } from '../features/workspaceSymbols';
import { preview } from '../features/preview';
import type { ClientRequests } from './clientRequests';
import {
  APPLY_EDIT_COMMAND,
  codeActionsFor,
  completionFor,
  definitionFor,
  documentSymbolsFor,
  hoverFor,
  isWorkspaceEdit,
  workspaceSymbolsFor,
} from './declaredForms';
import type { DiagnosticsScheduler } from './diagnosticsScheduler';
import type { ErrorGuard } from './errorGuard';
import type { Session } from './session';

/** The server's capabilities: what the handlers below answer. */
export const SERVER_CAPABILITIES: InitializeResult['capabilities'] = {
  documentSymbolProvider: true,
  foldingRangeProvider: true,
  workspaceSymbolProvider: true,
  definitionProvider: true,
  referencesProvider: true,
  documentHighlightProvider: true,
  hoverProvider: true,
  completionProvider: { triggerCharacters: [' '] },
  inlayHintProvider: true,
  codeActionProvider: {
    codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND],
  },
  executeCommandProvider: { commands: [RENUMBER_NOTES_COMMAND, APPLY_EDIT_COMMAND] },
};

type PositionParams = { textDocument: { uri: string }; position: { line: number; character: number } };

/** Registers every language feature and custom request on the connection. */
export function registerHandlers(
  connection: Connection,
  session: Session,
  guard: ErrorGuard,
  requests: ClientRequests,
  diagnostics: DiagnosticsScheduler,
): void {
  const { workspace } = session;
  const problemsOf = (uri: string) => diagnostics.shownProblems(uri);

  /** A request answered once the workspace is read, with `fallback` when anything fails. */
  function answer<T>(name: string, fallback: T, run: () => T): Promise<T> {
    return guard.runAsync(name, fallback, async () => {
      await session.whenLoaded();
      return guard.run(name, fallback, run);
    });
  }

  /** A request on the model of an open document; unknown documents get `fallback`. */
  function onModel<T>(name: string, uri: string, fallback: T, run: (model: DocumentModel) => T): Promise<T> {
    return answer(name, fallback, () => {
      const model = session.modelOf(uri);
      return model ? run(model) : fallback;
    });
  }

  /** A position request on the model of an open document. */
  function atPosition<T>(
    name: string,
    params: PositionParams,
    fallback: T,
    run: (model: DocumentModel, offset: number) => T,
  ): Promise<T> {
    return onModel(name, params.textDocument.uri, fallback, (model) =>
      run(model, toOffset(model, params.position)),
    );
  }

  connection.onDocumentSymbol((params) =>
    onModel('documentSymbol', params.textDocument.uri, [], (model) =>
      documentSymbolsFor(session.support, model.uri, documentSymbols(model)),
    ),
  );

  connection.onFoldingRanges((params) => onModel('foldingRange', params.textDocument.uri, [], foldingRanges));

  connection.onWorkspaceSymbol((params) =>
    answer('workspaceSymbol', [], () =>
      workspaceSymbolsFor(session.support, workspaceSymbols(workspace, params.query)),
    ),
  );

  connection.onDefinition((params) =>
    atPosition('definition', params, [], (model, offset) =>
      definitionFor(session.support, definition(model, offset, workspace)),
    ),
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
    atPosition('hover', params, null, (model, offset) =>
      hoverFor(session.support, hover(model, offset, workspace)),
    ),
  );

  connection.onCompletion((params) =>
    atPosition('completion', params, [], (model, offset) =>
      completionFor(session.support, completion(model, offset, workspace)),
    ),
  );

  connection.onCodeAction((params) =>
    onModel('codeAction', params.textDocument.uri, [], (model) => {
      const problems = documentProblems(model, workspace, session.settings);
      const { only } = params.context;
      // The fix-all action only when asked for by kind (on save, the Source Action menu).
      const fixAll = only ? fixAllAction(model, problems, session.settings) : undefined;
      const actions = codeActions(
        model,
        problems,
        toSpan(model, params.range),
        params.context.diagnostics,
        workspace,
      )
        .concat(fixAll ? [fixAll] : [])
        .filter((action) => kindRequested(action.kind ?? '', only));
      return codeActionsFor(session.support, actions);
    }),
  );

  connection.languages.inlayHint.on((params) =>
    onModel('inlayHint', params.textDocument.uri, [], (model) =>
      inlayHints(model, toSpan(model, params.range), workspace, session.settings),
    ),
  );

  connection.onExecuteCommand(async (params) => {
    const edit = await answer('executeCommand', undefined, () => {
      if (params.command === APPLY_EDIT_COMMAND) return params.arguments?.find(isWorkspaceEdit);
      if (params.command === RENUMBER_NOTES_COMMAND)
        return renumberNotesCommand(params.arguments ?? [], (uri) => session.modelOf(uri));
      return undefined;
    });
    if (!edit) return null;
    if (!session.support.applyEdit)
      return new ResponseError(
        LSPErrorCodes.RequestFailed,
        'This editor does not accept edits from the server (workspace/applyEdit); use the code action instead.',
      );
    const label = params.command === RENUMBER_NOTES_COMMAND ? 'Renumber notes' : 'Apply fix';
    if (await requests.applyEdit(label, edit)) return null;
    return new ResponseError(LSPErrorCodes.RequestFailed, 'The editor did not apply the edit.');
  });

  connection.onRequest(LettersRequests.letters, () =>
    answer('letters', [], () => workspaceLetters(workspace.all(), problemsOf, workspace.persons)),
  );

  connection.onRequest(LettersRequests.letterAt, (params: TextDocumentPositionParams) =>
    atPosition('letterAt', params, null, (model, offset) => letterAt(model, offset, problemsOf(model.uri))),
  );

  connection.onRequest(
    LettersRequests.adjacentLetter,
    (params: TextDocumentPositionParams & { direction: 'next' | 'previous' }) =>
      atPosition('adjacentLetter', params, null, (model, offset) =>
        adjacentLetter(workspace.all(), model, offset, params.direction, problemsOf),
      ),
  );

  connection.onRequest(LettersRequests.newLetter, (params: TextDocumentPositionParams) =>
    atPosition('newLetter', params, null, newLetter),
  );

  connection.onRequest(LettersRequests.preview, (params: PreviewParams) =>
    onModel('preview', params.textDocument.uri, null, (model) =>
      preview(
        model,
        workspace,
        params.proof === true ? documentProblems(model, workspace) : [],
        session.settings,
      ),
    ),
  );

  connection.onRequest(LettersRequests.detectEdition, (params: { text?: unknown }) =>
    guard.run('detectEdition', null, () =>
      typeof params.text === 'string' ? detectEdition(params.text) : null,
    ),
  );
}
