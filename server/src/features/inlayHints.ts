import { InlayHintKind, type InlayHint } from 'vscode-languageserver';
import type { DocumentModel } from '../analysis/model';
import { surnameOf } from '../analysis/persons/personIndex';
import type { WorkspaceIndex } from '../analysis/workspace';
import { isoDate, longDate } from '../syntax/calendar';
import type { Span } from '../syntax/span';
import type { LettersSettings } from '../analysis/settings';

/** Inlay hints: ISO dates after numeric datelines, and preferred names after nicknames. */
export function inlayHints(
  model: DocumentModel,
  range: Span,
  workspace: WorkspaceIndex,
  settings: LettersSettings,
): InlayHint[] {
  return [
    ...(settings.inlayHints.numericDates ? numericDateHints(model, range) : []),
    ...(settings.inlayHints.persons ? personHints(model, range, workspace) : []),
  ].sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

/**
 * Inlay hints (setting `letters.inlayHints.numericDates`, on by default): the ISO date after a
 * numeric dateline (`6/25/26` → `1926-06-25`), which this edition writes month first.
 */
function numericDateHints(model: DocumentModel, range: Span): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const letter of model.letters) {
    if (letter.span.end < range.start || letter.span.start > range.end) continue;
    const year = letter.editorialDate?.value?.date.year;
    for (const mention of letter.dates) {
      if (
        mention.kind !== 'numeric' ||
        mention.problem ||
        mention.span.end < range.start ||
        mention.span.start > range.end
      )
        continue;
      const inBody = mention.span.start < letter.body.end;
      const date = mention.date.year === undefined && inBody ? { ...mention.date, year } : mention.date;
      const iso = isoDate(date);
      if (!iso || date.day === undefined) continue;
      hints.push({
        position: model.lineIndex.positionAt(mention.span.end),
        label: iso,
        kind: InlayHintKind.Type,
        paddingLeft: true,
        tooltip: longDate(date),
      });
    }
  }
  return hints;
}

/**
 * Inlay hints (setting `letters.inlayHints.persons`, off by default): the preferred name after a
 * mention that does not contain the surname (`Grisha` → `Zinoviev, Grigorii Yevseevich`), unless an
 * editorial bracket already says who is meant.
 */
function personHints(model: DocumentModel, range: Span, workspace: WorkspaceIndex): InlayHint[] {
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
