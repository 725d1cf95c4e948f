import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver';
import type { DocumentModel } from '../analysis/model';
import type { WorkspaceIndex } from '../analysis/workspace';
import { mentionAt } from './personNavigation';
import { toRange } from './ranges';

/**
 * On a marker or a note number: the note's number and all its markers in the letter, together.
 * On a person's mention: every mention of that person in the document.
 */
export function documentHighlights(
  model: DocumentModel,
  offset: number,
  workspace?: WorkspaceIndex,
): DocumentHighlight[] {
  const element = model.elementAt(offset);
  if (!element && workspace) return personHighlights(model, offset, workspace);
  if (!element || element.kind === 'crossReference') return [];
  const number = element.kind === 'marker' ? element.marker.number : element.note.number;
  const notes = element.letter.notes.filter((note) => note.number === number);
  const markers = element.letter.markers.filter((marker) => marker.number === number);
  return [
    ...notes.map((note) => ({ range: toRange(model, note.numberSpan), kind: DocumentHighlightKind.Write })),
    ...markers.map((marker) => ({ range: toRange(model, marker.span), kind: DocumentHighlightKind.Read })),
  ];
}

function personHighlights(
  model: DocumentModel,
  offset: number,
  workspace: WorkspaceIndex,
): DocumentHighlight[] {
  const found = mentionAt(model, offset, workspace);
  if (!found) return [];
  return workspace.persons
    .recognise(model)
    .mentions.filter((mention) => mention.personId === found.person.id)
    .map((mention) => ({ range: toRange(model, mention.span), kind: DocumentHighlightKind.Text }));
}
