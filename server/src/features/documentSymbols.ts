import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { letterTitle, summary } from '../analysis/labels';
import type { DocumentModel } from '../analysis/model';
import type { LetterSyntax, NoteSyntax } from '../syntax/tree';
import { TOPICS } from '../topics';
import { toRange } from './ranges';

/**
 * The outline: one symbol per letter, named `Letter N — <editorial date>`, with its notes as
 * children and, under each note, what the topics list in it (its sources).
 */
export function documentSymbols(model: DocumentModel): DocumentSymbol[] {
  // The outline, breadcrumbs and sticky scroll all ask for it: build it once per document version.
  let symbols = outlines.get(model);
  if (!symbols) outlines.set(model, (symbols = model.letters.map((letter) => letterSymbol(model, letter))));
  return symbols;
}

/** Cache keyed by document version (the model): its outline, asked again on every outline request. */
const outlines = new WeakMap<DocumentModel, DocumentSymbol[]>();

function letterSymbol(model: DocumentModel, letter: LetterSyntax): DocumentSymbol {
  return {
    name: letterTitle(model.words, letter),
    detail: letter.editorialDate ? model.textOf(letter.editorialDate.span) : undefined,
    kind: SymbolKind.Module,
    range: toRange(model, letter.span),
    selectionRange: toRange(model, letter.heading),
    children: withTopicEntries(model, letter),
  };
}

/** The notes of a letter, each with the outline entries of the topics that lie in it; other entries after the notes. */
function withTopicEntries(model: DocumentModel, letter: LetterSyntax): DocumentSymbol[] {
  const notes = letter.notes.map((note) => ({ note, symbol: noteSymbol(model, note) }));
  const loose: DocumentSymbol[] = [];
  for (const topic of TOPICS) {
    for (const entry of topic.outline?.(model, letter) ?? []) {
      const symbol: DocumentSymbol = {
        name: entry.name,
        // A detail that only repeats the name (a source cited in its usual form) is left out: at
        // 5 MB it is a tenth of the outline's JSON, which every outline request serialises.
        ...(entry.detail !== undefined && entry.detail !== entry.name ? { detail: entry.detail } : {}),
        kind: SymbolKind.Field,
        range: toRange(model, entry.span),
        selectionRange: toRange(model, entry.selection),
      };
      const owner = notes.find(
        ({ note }) => note.span.start <= entry.span.start && entry.span.end <= note.span.end,
      );
      if (owner) (owner.symbol.children ??= []).push(symbol);
      else loose.push(symbol);
    }
  }
  return [...notes.map(({ symbol }) => symbol), ...loose];
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
