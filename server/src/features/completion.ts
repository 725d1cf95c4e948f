import type { CompletionItem } from 'vscode-languageserver';
import type { DocumentModel } from '../analysis/model';
import type { WorkspaceIndex } from '../analysis/workspace';
import { crossReferenceCompletions } from './completionNotes';
import { personCompletions } from './completionPersons';

/** Completion: each topic contributes the items that fit the text before the cursor. */
export function completion(
  model: DocumentModel,
  offset: number,
  workspace: WorkspaceIndex,
): CompletionItem[] {
  return [
    ...crossReferenceCompletions(model, offset, workspace),
    ...personCompletions(model, offset, workspace),
  ];
}
