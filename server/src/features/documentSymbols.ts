import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { letterTitle, summary } from '../analysis/labels';
import type { DocumentModel } from '../analysis/model';
import type { LetterSyntax, NoteSyntax } from '../syntax/tree';
import { toRange } from './ranges';

/** The outline: one symbol per letter, named `Letter N — <editorial date>`, with its notes as children. */
export function documentSymbols(model: DocumentModel): DocumentSymbol[] {
  // The outline, breadcrumbs and sticky scroll all ask for it: build it once per document version.
  let symbols = outlines.get(model);
  if (!symbols) outlines.set(model, (symbols = model.letters.map((letter) => letterSymbol(model, letter))));
  return symbols;
}

const outlines = new WeakMap<DocumentModel, DocumentSymbol[]>();

function letterSymbol(model: DocumentModel, letter: LetterSyntax): DocumentSymbol {
  return {
    name: letterTitle(model, letter),
    detail: letter.editorialDate ? model.textOf(letter.editorialDate.span) : undefined,
    kind: SymbolKind.Module,
    range: toRange(model, letter.span),
    selectionRange: toRange(model, letter.heading),
    children: letter.notes.map((note) => noteSymbol(model, note)),
  };
}

function noteSymbol(model: DocumentModel, note: NoteSyntax): DocumentSymbol {
  return {
    name: `Note ${note.number}`,
    detail: summary(model.textOf(note.textSpan)),
    kind: SymbolKind.String,
    range: toRange(model, note.span),
    selectionRange: toRange(model, note.numberSpan),
  };
}
