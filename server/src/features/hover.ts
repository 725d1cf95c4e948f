import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { DocumentModel } from '../analysis/model';
import { DEFAULT_SETTINGS, type LettersSettings } from '../analysis/settings';
import type { Edition } from '../analysis/edition';
import { TOPICS } from '../topics';
import { toRange } from './ranges';

/** Hover: the first topic that describes the element under the cursor answers. */
export function hover(
  model: DocumentModel,
  offset: number,
  workspace: Edition,
  settings: LettersSettings = DEFAULT_SETTINGS,
): Hover | null {
  const context = { model, workspace, settings };
  for (const topic of TOPICS) {
    const found = topic.describe?.(context, offset);
    if (found)
      return {
        contents: { kind: MarkupKind.Markdown, value: found.markdown },
        range: toRange(model, found.span),
      };
  }
  return null;
}
