import type { Location } from 'vscode-languageserver';
import type { DocumentModel } from '../analysis/model';
import type { WorkspaceIndex } from '../analysis/workspace';
import { notesAt, referencesToNote } from './noteNavigation';
import { personReferences } from './personNavigation';
import { toRange } from './ranges';

/**
 * Find references on a note number, a marker or a cross-reference: every marker of that note and
 * every cross-reference to it in the workspace; the note itself when `includeDeclaration`. On a
 * person's mention: every mention of the person (and the register entry).
 */
export function references(
  model: DocumentModel,
  offset: number,
  workspace: WorkspaceIndex,
  includeDeclaration: boolean,
): Location[] {
  const found = notesAt(model, offset, workspace);
  if (!found) return personReferences(model, offset, workspace, includeDeclaration);
  const locations: Location[] = [];
  for (const note of found.notes) {
    if (includeDeclaration)
      locations.push({ uri: found.model.uri, range: toRange(found.model, note.numberSpan) });
    for (const place of referencesToNote(found.model, found.letter, note, workspace)) {
      locations.push({ uri: place.model.uri, range: toRange(place.model, place.span) });
    }
  }
  return locations;
}
