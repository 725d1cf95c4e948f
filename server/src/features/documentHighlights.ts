import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver-types';
import type { DocumentModel } from '../analysis/model';
import { DEFAULT_SETTINGS, type LettersSettings } from '../analysis/settings';
import { Edition } from '../analysis/edition';
import type { Highlight } from '../topics/topic';
import { TOPICS } from '../topics';
import { toRange } from './ranges';

const KIND: Record<Highlight['role'], DocumentHighlightKind> = {
  definition: DocumentHighlightKind.Write,
  reference: DocumentHighlightKind.Read,
  text: DocumentHighlightKind.Text,
};

/** The places of the document that go with the element under the cursor, as its topic lists them. */
export function documentHighlights(
  model: DocumentModel,
  offset: number,
  workspace: Edition = new Edition(),
  settings: LettersSettings = DEFAULT_SETTINGS,
): DocumentHighlight[] {
  const context = { model, workspace, settings };
  for (const topic of TOPICS) {
    const found = topic.highlights?.(context, offset);
    if (found)
      return found.map((highlight) => ({
        range: toRange(model, highlight.span),
        kind: KIND[highlight.role],
      }));
  }
  return [];
}
