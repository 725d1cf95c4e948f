import { InlayHintKind, type InlayHint } from 'vscode-languageserver-types';
import type { DocumentModel } from '../analysis/model';
import type { LettersSettings } from '../analysis/settings';
import type { Edition } from '../analysis/edition';
import type { Span } from '../syntax/span';
import { TOPICS } from '../topics';
import { toPosition } from './ranges';

/** Inlay hints: what each topic shows after places of the text (ISO dates, preferred names), in text order. */
export function inlayHints(
  model: DocumentModel,
  range: Span,
  workspace: Edition,
  settings: LettersSettings,
): InlayHint[] {
  const context = { model, workspace, settings };
  return TOPICS.flatMap((topic) => topic.hints?.(context, range) ?? [])
    .sort((a, b) => a.offset - b.offset)
    .map((hint) => ({
      position: toPosition(model, hint.offset),
      label: hint.label,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      ...(hint.tooltip !== undefined ? { tooltip: hint.tooltip } : {}),
    }));
}
