import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import type { DocumentModel } from '../analysis/model';
import { DEFAULT_SETTINGS, type LettersSettings } from '../analysis/settings';
import type { Edition } from '../analysis/edition';
import { TOPICS } from '../topics';
import type { Suggestion } from '../topics/topic';
import { toRange } from './ranges';

const KIND: Record<Suggestion['kind'], CompletionItemKind> = {
  note: CompletionItemKind.Reference,
  letter: CompletionItemKind.Module,
  entry: CompletionItemKind.Reference,
};

/** Completion: each topic contributes the items that fit the text before the cursor. */
export function completion(
  model: DocumentModel,
  offset: number,
  workspace: Edition,
  settings: LettersSettings = DEFAULT_SETTINGS,
): CompletionItem[] {
  const context = { model, workspace, settings };
  return TOPICS.flatMap((topic) => topic.suggest?.(context, offset) ?? []).map((suggestion) =>
    toCompletionItem(model, suggestion),
  );
}

function toCompletionItem(model: DocumentModel, suggestion: Suggestion): CompletionItem {
  return {
    label: suggestion.label,
    kind: KIND[suggestion.kind],
    ...(suggestion.detail !== undefined ? { detail: suggestion.detail } : {}),
    // A string is plain text for every client, whatever markup it declares.
    ...(suggestion.documentation !== undefined ? { documentation: suggestion.documentation } : {}),
    ...(suggestion.sortText !== undefined ? { sortText: suggestion.sortText } : {}),
    ...(suggestion.replace
      ? {
          filterText: suggestion.label,
          textEdit: { range: toRange(model, suggestion.replace), newText: suggestion.label },
        }
      : {}),
  };
}
