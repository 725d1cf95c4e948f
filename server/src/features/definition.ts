import type { LocationLink } from 'vscode-languageserver-types';
import type { DocumentModel } from '../analysis/model';
import { DEFAULT_SETTINGS, type LettersSettings } from '../analysis/settings';
import type { Edition } from '../analysis/edition';
import { TOPICS } from '../topics';
import { lineRange, toRange } from './ranges';

/**
 * Go to definition: where the first topic with an element under the cursor says it leads (a
 * marker to its note, a cross-reference to the note or letter in any file, a mention to its
 * register entry).
 */
export function definition(
  model: DocumentModel,
  offset: number,
  workspace: Edition,
  settings: LettersSettings = DEFAULT_SETTINGS,
): LocationLink[] {
  const context = { model, workspace, settings };
  for (const topic of TOPICS) {
    const found = topic.navigate?.(context, offset);
    if (!found) continue;
    const originSelectionRange = toRange(model, found.origin);
    return found.targets.map((target) => ({
      originSelectionRange,
      targetUri: target.uri,
      targetRange: lineRange(target.lineIndex, target.span),
      targetSelectionRange: lineRange(target.lineIndex, target.selection),
    }));
  }
  return [];
}
