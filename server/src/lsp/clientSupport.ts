/**
 * What the client declared in `initialize` (LSP 3.17 capability negotiation), read once into plain
 * flags that every handler consults: the server sends only forms and requests the client said it
 * understands.
 */
import { MarkupKind, type InitializeParams } from 'vscode-languageserver/node';
import type { LettersInitializationOptions } from '../../../protocol/letters';

/** The client's declared support, as the server uses it. */
export interface ClientSupport {
  /** `hover.contentFormat` includes markdown; otherwise hovers are plain text. */
  readonly markdownHover: boolean;
  /** `completionItem.documentationFormat` includes markdown. */
  readonly markdownCompletionDocumentation: boolean;
  /** `completionItem.snippetSupport`; otherwise snippets are sent as plain text. */
  readonly snippets: boolean;
  /** `definition.linkSupport`; otherwise `Location[]`. */
  readonly definitionLinks: boolean;
  /** `documentSymbol.hierarchicalDocumentSymbolSupport`; otherwise flat `SymbolInformation[]`. */
  readonly hierarchicalSymbols: boolean;
  /** The symbol kinds the client shows in the outline (`documentSymbol.symbolKind.valueSet`). */
  readonly documentSymbolKinds: ReadonlySet<number>;
  /** The symbol kinds the client shows for workspace symbols (`workspace.symbol.symbolKind.valueSet`). */
  readonly workspaceSymbolKinds: ReadonlySet<number>;
  /** `codeAction.codeActionLiteralSupport`; otherwise code actions travel as `Command[]`. */
  readonly codeActionLiterals: boolean;
  /** `codeAction.isPreferredSupport`. */
  readonly preferredCodeActions: boolean;
  /** `publishDiagnostics.relatedInformation`; otherwise related places are named in the message. */
  readonly relatedInformation: boolean;
  /** `workspace.configuration`: settings are pulled with `workspace/configuration`. */
  readonly configurationPull: boolean;
  /** `workspace.didChangeConfiguration.dynamicRegistration`: the server may register for changes. */
  readonly configurationRegistration: boolean;
  /** `workspace.applyEdit`: the server may send `workspace/applyEdit`. */
  readonly applyEdit: boolean;
  /** `workspace.inlayHint.refreshSupport`. */
  readonly inlayHintRefresh: boolean;
  /** `workspace.workspaceFolders`: the client sends `workspace/didChangeWorkspaceFolders`. */
  readonly workspaceFolderChanges: boolean;
  /** `window.workDoneProgress`: the server may create progress (`window/workDoneProgress/create`). */
  readonly workDoneProgress: boolean;
  /** The client asked for `letters/didChangeLetters` (initialization option; the VS Code client does). */
  readonly lettersChangedNotification: boolean;
}

/** The symbol kinds every client knows: File (1) to Array (18), the initial protocol's set. */
const INITIAL_SYMBOL_KINDS: readonly number[] = Array.from({ length: 18 }, (_, index) => index + 1);

/** Reads the client's declared support from the `initialize` parameters; anything absent is unsupported. */
export function readClientSupport(params: InitializeParams): ClientSupport {
  const text = params.capabilities.textDocument;
  const workspace = params.capabilities.workspace;
  const options = (params.initializationOptions ?? {}) as LettersInitializationOptions;
  return {
    markdownHover: text?.hover?.contentFormat?.includes(MarkupKind.Markdown) === true,
    markdownCompletionDocumentation:
      text?.completion?.completionItem?.documentationFormat?.includes(MarkupKind.Markdown) === true,
    snippets: text?.completion?.completionItem?.snippetSupport === true,
    definitionLinks: text?.definition?.linkSupport === true,
    hierarchicalSymbols: text?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    documentSymbolKinds: new Set(text?.documentSymbol?.symbolKind?.valueSet ?? INITIAL_SYMBOL_KINDS),
    workspaceSymbolKinds: new Set(workspace?.symbol?.symbolKind?.valueSet ?? INITIAL_SYMBOL_KINDS),
    codeActionLiterals: text?.codeAction?.codeActionLiteralSupport !== undefined,
    preferredCodeActions: text?.codeAction?.isPreferredSupport === true,
    relatedInformation: text?.publishDiagnostics?.relatedInformation === true,
    configurationPull: workspace?.configuration === true,
    configurationRegistration: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    applyEdit: workspace?.applyEdit === true,
    inlayHintRefresh: workspace?.inlayHint?.refreshSupport === true,
    workspaceFolderChanges: workspace?.workspaceFolders === true,
    workDoneProgress: params.capabilities.window?.workDoneProgress === true,
    lettersChangedNotification:
      typeof options === 'object' && options !== null && options.lettersChangedNotification === true,
  };
}
