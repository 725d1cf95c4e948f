/**
 * Answers in the form the client declared: every feature function returns the richest LSP form,
 * and these functions bring it down to what the client said it understands (plain text instead
 * of Markdown, `Location` instead of `LocationLink`, flat symbols, `Command` instead of code
 * action literals, related places named in the message). Generic over topics: nothing here knows
 * which topic produced an answer.
 */
import {
  InsertTextFormat,
  MarkupKind,
  SymbolKind,
  type CodeAction,
  type Command,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type Hover,
  type Location,
  type LocationLink,
  type SymbolInformation,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { fileName } from '../analysis/edition';
import { markdownToPlainText, snippetToPlainText } from '../features/plainText';
import type { ClientSupport } from './clientSupport';

/** The server command that applies a code action's edit for clients without code action literals. */
export const APPLY_EDIT_COMMAND = 'letters.applyEdit';

/** A hover in the client's content format. */
export function hoverFor(support: ClientSupport, hover: Hover | null): Hover | null {
  if (!hover || support.markdownHover) return hover;
  const contents = hover.contents;
  if (typeof contents !== 'object' || !('kind' in contents) || contents.kind !== MarkupKind.Markdown)
    return hover;
  return { ...hover, contents: { kind: MarkupKind.PlainText, value: markdownToPlainText(contents.value) } };
}

/** Completion items with documentation and insert text the client can show and insert. */
export function completionFor(support: ClientSupport, items: CompletionItem[]): CompletionItem[] {
  return items.map((item) => {
    let converted = item;
    const documentation = item.documentation;
    if (
      !support.markdownCompletionDocumentation &&
      typeof documentation === 'object' &&
      documentation.kind === MarkupKind.Markdown
    ) {
      converted = { ...converted, documentation: markdownToPlainText(documentation.value) };
    }
    if (!support.snippets && item.insertTextFormat === InsertTextFormat.Snippet) {
      const textEdit = item.textEdit && {
        ...item.textEdit,
        newText: snippetToPlainText(item.textEdit.newText),
      };
      converted = {
        ...converted,
        insertTextFormat: InsertTextFormat.PlainText,
        ...(item.insertText !== undefined ? { insertText: snippetToPlainText(item.insertText) } : {}),
        ...(textEdit ? { textEdit } : {}),
      };
    }
    return converted;
  });
}

/** Definition targets as links, or as locations (the target's name) for clients without link support. */
export function definitionFor(support: ClientSupport, links: LocationLink[]): LocationLink[] | Location[] {
  if (support.definitionLinks) return links;
  return links.map((link) => ({ uri: link.targetUri, range: link.targetSelectionRange }));
}

/** Cache keyed by an outline (one per document version, `features/documentSymbols.ts`): its flat form for clients without hierarchy. */
const loweredOutlines = new WeakMap<DocumentSymbol[], DocumentSymbol[]>();

/** The outline as a tree, or flattened with container names for clients without hierarchy support. */
export function documentSymbolsFor(
  support: ClientSupport,
  uri: string,
  symbols: DocumentSymbol[],
): DocumentSymbol[] | SymbolInformation[] {
  const kinds = support.documentSymbolKinds;
  if (support.hierarchicalSymbols) {
    // The outline is cached per document version; so is its lowered form (one session, one client).
    let lowered = loweredOutlines.get(symbols);
    if (!lowered)
      loweredOutlines.set(symbols, (lowered = symbols.map((symbol) => withKnownKinds(symbol, kinds))));
    return lowered;
  }
  const flat: SymbolInformation[] = [];
  const visit = (symbol: DocumentSymbol, container: string | undefined) => {
    flat.push({
      name: symbol.name,
      kind: knownKind(symbol.kind, kinds),
      location: { uri, range: symbol.range },
      ...(container !== undefined ? { containerName: container } : {}),
    });
    for (const child of symbol.children ?? []) visit(child, symbol.name);
  };
  for (const symbol of symbols) visit(symbol, undefined);
  return flat;
}

/** Workspace symbols with kinds the client knows. */
export function workspaceSymbolsFor(
  support: ClientSupport,
  symbols: SymbolInformation[],
): SymbolInformation[] {
  return symbols.map((symbol) => ({ ...symbol, kind: knownKind(symbol.kind, support.workspaceSymbolKinds) }));
}

function withKnownKinds(symbol: DocumentSymbol, kinds: ReadonlySet<number>): DocumentSymbol {
  const kind = knownKind(symbol.kind, kinds);
  const children = symbol.children?.map((child) => withKnownKinds(child, kinds));
  return kind === symbol.kind && children === undefined
    ? symbol
    : { ...symbol, kind, ...(children ? { children } : {}) };
}

/**
 * A symbol kind the client declared: the kind itself, else the nearest of the initial protocol's
 * kinds (an `Object` shows as a `Class`, then a `Variable`), else `File`, which every client knows.
 */
function knownKind(kind: SymbolKind, kinds: ReadonlySet<number>): SymbolKind {
  for (const candidate of [kind, SymbolKind.Class, SymbolKind.Variable])
    if (kinds.has(candidate)) return candidate;
  return SymbolKind.File;
}

/**
 * Code actions as literals (without `isPreferred` unless declared), or as commands that apply their
 * edit through {@link APPLY_EDIT_COMMAND}. A client that takes neither literals nor
 * `workspace/applyEdit` could apply none of them, so it gets none.
 */
export function codeActionsFor(support: ClientSupport, actions: CodeAction[]): (CodeAction | Command)[] {
  if (support.codeActionLiterals) {
    if (support.preferredCodeActions) return actions;
    return actions.map(({ isPreferred: _isPreferred, ...action }) => action);
  }
  if (!support.applyEdit)
    return actions.flatMap((action) => (action.command && !action.edit ? [action.command] : []));
  return actions.flatMap((action): Command[] => {
    if (action.edit) return [{ title: action.title, command: APPLY_EDIT_COMMAND, arguments: [action.edit] }];
    return action.command ? [action.command] : [];
  });
}

/** Whether a command argument is a workspace edit {@link codeActionsFor} put there. */
export function isWorkspaceEdit(value: unknown): value is WorkspaceEdit {
  if (typeof value !== 'object' || value === null) return false;
  const edit = value as WorkspaceEdit;
  return typeof edit.changes === 'object' || Array.isArray(edit.documentChanges);
}

/**
 * Diagnostics with related places, or with the places named in the message (`… (letter 21:
 * b.letters, line 7)`) for clients that do not show related information.
 */
export function diagnosticsFor(support: ClientSupport, diagnostics: Diagnostic[]): Diagnostic[] {
  if (support.relatedInformation) return diagnostics;
  return diagnostics.map(({ relatedInformation, ...diagnostic }) => {
    if (!relatedInformation || relatedInformation.length === 0) return diagnostic;
    const places = relatedInformation.map(
      (related) =>
        `${related.message}: ${fileName(related.location.uri)}, line ${related.location.range.start.line + 1}`,
    );
    return { ...diagnostic, message: `${diagnostic.message} (${places.join('; ')})` };
  });
}
