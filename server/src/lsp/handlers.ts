/**
 * The language feature handlers: each finds the document's model, calls one function of the
 * session's language service and brings its answer into the form the client declared. Every
 * handler waits (bounded) for what its answer needs of the workspace (`answering.ts`) and runs
 * inside the error guard.
 */
import {
  CodeActionKind,
  LSPErrorCodes,
  ResponseError,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import {
  AdjacentLetterRequest,
  DetectEditionRequest,
  IndexOfNamesRequest,
  ExportEditionRequest,
  LetterAtRequest,
  LettersListRequest,
  NewLetterRequest,
  PreviewRequest,
  SiteRequest,
  RegistersRequest,
} from '../../../protocol/requests';
import { FIX_ALL_KIND } from '../features/fixAll';
import { RENUMBER_NOTES_COMMAND } from '../features/renumberCommand';
import { answering } from './answering';
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

/** Registers every language feature and custom request on the connection. */
export function registerHandlers(
  connection: Connection,
  session: Session,
  guard: ErrorGuard,
  requests: ClientRequests,
): void {
  const { service } = session;

  const { answer, onModel, atPosition, acrossEdition } = answering(session, guard);

  connection.onDocumentSymbol((params) =>
    onModel('documentSymbol', params.textDocument.uri, [], (model) =>
      documentSymbolsFor(session.support, model.uri, service.documentSymbols(model)),
    ),
  );

  connection.onFoldingRanges((params) =>
    onModel('foldingRange', params.textDocument.uri, [], (model) => service.foldingRanges(model)),
  );

  connection.onWorkspaceSymbol((params) =>
    answer('workspaceSymbol', [], () =>
      workspaceSymbolsFor(session.support, service.workspaceSymbols(params.query)),
    ),
  );

  connection.onDefinition((params) =>
    atPosition('definition', params, [], (model, position) =>
      definitionFor(session.support, service.definition(model, position)),
    ),
  );

  connection.onReferences((params) =>
    acrossEdition('references', params, [], (model, position) =>
      service.references(model, position, params.context.includeDeclaration),
    ),
  );

  connection.onDocumentHighlight((params) =>
    atPosition('documentHighlight', params, [], (model, position) =>
      service.documentHighlights(model, position),
    ),
  );

  connection.onHover((params) =>
    atPosition('hover', params, null, (model, position) =>
      hoverFor(session.support, service.hover(model, position)),
    ),
  );

  connection.onCompletion((params) =>
    atPosition('completion', params, [], (model, position) =>
      completionFor(session.support, service.completion(model, position)),
    ),
  );

  connection.onCodeAction((params) =>
    onModel('codeAction', params.textDocument.uri, [], (model) =>
      codeActionsFor(
        session.support,
        service.codeActions(model, params.range, params.context.diagnostics, params.context.only),
      ),
    ),
  );

  connection.languages.inlayHint.on((params) =>
    onModel('inlayHint', params.textDocument.uri, [], (model) => service.inlayHints(model, params.range)),
  );

  connection.onExecuteCommand(async (params) => {
    const edit = await answer('executeCommand', undefined, () => {
      if (params.command === APPLY_EDIT_COMMAND) return params.arguments?.find(isWorkspaceEdit);
      if (params.command === RENUMBER_NOTES_COMMAND) return service.renumberNotes(params.arguments ?? []);
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

  connection.onRequest(LettersListRequest, () => answer('letters', [], () => service.letters()));

  connection.onRequest(LetterAtRequest, (params) =>
    atPosition('letterAt', params, null, (model, position) => service.letterAt(model, position)),
  );

  connection.onRequest(AdjacentLetterRequest, (params) =>
    acrossEdition('adjacentLetter', params, null, (model, position) =>
      service.adjacentLetter(model, position, params.direction),
    ),
  );

  connection.onRequest(ExportEditionRequest, (params) =>
    answer('exportEdition', null, () => service.exportEdition(params)),
  );

  connection.onRequest(NewLetterRequest, (params) =>
    acrossEdition('newLetter', params, null, (model, position) => service.newLetter(model, position)),
  );

  connection.onRequest(PreviewRequest, (params) =>
    onModel('preview', params.textDocument.uri, null, (model) =>
      service.preview(model, params.proof === true),
    ),
  );

  connection.onRequest(SiteRequest, async () => {
    // The site's reading text is corrected by the text-damage check, which needs the dictionary.
    await service.loadDictionary();
    return answer('site', [], () => service.site());
  });
  connection.onRequest(RegistersRequest, () =>
    answer('registers', { kinds: [], unregistered: [] }, () => service.registers()),
  );

  connection.onRequest(IndexOfNamesRequest, (params) =>
    // The type is the client's promise; another editor may send anything.
    answer('indexOfNames', '', () =>
      service.indexOfNamesText(
        (params as Partial<typeof params> | null)?.format === 'csv' ? 'csv' : 'markdown',
      ),
    ),
  );

  connection.onRequest(DetectEditionRequest, (params) =>
    // The type is the client's promise; another editor may send anything.
    guard.run('detectEdition', null, () =>
      typeof (params as { text?: unknown }).text === 'string' ? service.detectEdition(params.text) : null,
    ),
  );
}
