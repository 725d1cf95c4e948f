import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver';
import type { DocumentModel } from '../analysis/model';
import { toRange } from './ranges';

/** On a marker or a note number: the note's number and all its markers in the letter, together. */
export function documentHighlights(model: DocumentModel, offset: number): DocumentHighlight[] {
  const element = model.elementAt(offset);
  if (!element || element.kind === 'crossReference') return [];
  const number = element.kind === 'marker' ? element.marker.number : element.note.number;
  const notes = element.letter.notes.filter((note) => note.number === number);
  const markers = element.letter.markers.filter((marker) => marker.number === number);
  return [
    ...notes.map((note) => ({ range: toRange(model, note.numberSpan), kind: DocumentHighlightKind.Write })),
    ...markers.map((marker) => ({ range: toRange(model, marker.span), kind: DocumentHighlightKind.Read })),
  ];
}
