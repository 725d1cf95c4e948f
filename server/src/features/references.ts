import type { Location } from 'vscode-languageserver-types';
import type { DocumentModel } from '../analysis/model';
import { DEFAULT_SETTINGS, type LettersSettings } from '../analysis/settings';
import type { Edition } from '../analysis/edition';
import { TOPICS } from '../topics';
import { toLocation } from './ranges';

/**
 * Find references: every place that refers to what the element under the cursor is about, as the
 * first topic that has an element there lists them (markers and cross-references of a note,
 * mentions of a person), with the declaration when `includeDeclaration`.
 */
export function references(
  model: DocumentModel,
  offset: number,
  workspace: Edition,
  includeDeclaration: boolean,
  settings: LettersSettings = DEFAULT_SETTINGS,
): Location[] {
  const context = { model, workspace, settings };
  for (const topic of TOPICS) {
    const found = topic.references?.(context, offset, includeDeclaration);
    if (found) return found.map(toLocation);
  }
  return [];
}
