import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
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

/** The display name of a letter: its number and editorial date. */
export function letterTitle(model: DocumentModel, letter: LetterSyntax): string {
  const date = letter.editorialDate ? model.textOf(letter.editorialDate.inner).trim() : '';
  return date ? `Letter ${letter.number} \u2014 ${date}` : `Letter ${letter.number}`;
}

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

/** The first words of a note, on one line. */
export function summary(text: string, length = 60): string {
  // Flatten only the start of a long note: the outline of a large edition asks for thousands of these.
  const head = text.length > 3 * length ? text.slice(0, 3 * length) : text;
  let flat = head.replace(/\s+/g, ' ').trim();
  if (head !== text && flat.length <= length) flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}\u2026`;
}
