import type { LocationLink } from 'vscode-languageserver';
import type { DocumentModel } from '../analysis/model';
import type { WorkspaceIndex } from '../analysis/workspace';
import { notesAt } from './noteNavigation';
import { personDefinition } from './personNavigation';
import { toRange } from './ranges';

/**
 * Go to definition: from a marker to its note; from a cross-reference to the note (or letter) it
 * names, in this file or another `.letters` file of the workspace; from a person's mention to the
 * person's entry in the register.
 */
export function definition(model: DocumentModel, offset: number, workspace: WorkspaceIndex): LocationLink[] {
  const found = notesAt(model, offset, workspace);
  if (!found) return personDefinition(model, offset, workspace);
  const originSelectionRange = toRange(model, found.origin);
  if (found.notes.length === 0) {
    const element = model.elementAt(offset);
    if (element?.kind !== 'crossReference' || element.crossReference.note !== undefined) return [];
    return [
      {
        originSelectionRange,
        targetUri: found.model.uri,
        targetRange: toRange(found.model, found.letter.span),
        targetSelectionRange: toRange(found.model, found.letter.heading),
      },
    ];
  }
  return found.notes.map((note) => ({
    originSelectionRange,
    targetUri: found.model.uri,
    targetRange: toRange(found.model, note.span),
    targetSelectionRange: toRange(found.model, note.numberSpan),
  }));
}
