import { InlayHintKind, type InlayHint } from 'vscode-languageserver';
import type { DocumentModel } from '../analysis/model';
import { surnameOf } from '../analysis/persons/personIndex';
import type { WorkspaceIndex } from '../analysis/workspace';
import type { Span } from '../syntax/span';
import type { LettersSettings } from './settings';

/**
 * Inlay hints (setting `letters.inlayHints.persons`, off by default): the preferred name after a
 * mention that does not contain the surname (`Grisha` → `Zinoviev, Grigorii Yevseevich`), unless an
 * editorial bracket already says who is meant.
 */
export function inlayHints(
  model: DocumentModel,
  range: Span,
  workspace: WorkspaceIndex,
  settings: LettersSettings,
): InlayHint[] {
  if (!settings.inlayHints.persons) return [];
  const hints: InlayHint[] = [];
  for (const mention of workspace.persons.recognise(model).mentions) {
    if (mention.span.end < range.start || mention.span.start > range.end || mention.expanded) continue;
    const person = workspace.persons.person(mention.personId);
    if (!person || mention.name.includes(surnameOf(person.name))) continue;
    hints.push({
      position: model.lineIndex.positionAt(mention.span.end),
      label: person.name,
      kind: InlayHintKind.Type,
      paddingLeft: true,
      tooltip: person.description ?? person.name,
    });
  }
  return hints;
}
