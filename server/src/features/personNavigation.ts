import type { Location, LocationLink, Range } from 'vscode-languageserver';
import type { DocumentModel } from '../analysis/model';
import type { Mention } from '../analysis/persons/recognize';
import type { Person } from '../analysis/persons/register';
import type { WorkspaceIndex } from '../analysis/workspace';
import type { LineIndex } from '../syntax/lineIndex';
import type { Span } from '../syntax/span';
import { toRange } from './ranges';

/** The registered person mentioned at `offset`, with the mention. */
export function mentionAt(
  model: DocumentModel,
  offset: number,
  workspace: WorkspaceIndex,
): { mention: Mention; person: Person } | undefined {
  const mentions = workspace.persons.recognise(model).mentions;
  let low = 0;
  let high = mentions.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const mention = mentions[middle] as Mention;
    if (offset < mention.span.start) high = middle - 1;
    else if (offset > mention.span.end) low = middle + 1;
    else {
      const person = workspace.persons.person(mention.personId);
      return person ? { mention, person } : undefined;
    }
  }
  return undefined;
}

/** Every mention of a person in the workspace's `.letters` documents, in URI and text order. */
export function mentionsOf(
  personId: string,
  workspace: WorkspaceIndex,
): { model: DocumentModel; mention: Mention }[] {
  return workspace.all().flatMap((model) =>
    workspace.persons
      .recognise(model)
      .mentions.filter((mention) => mention.personId === personId)
      .map((mention) => ({ model, mention })),
  );
}

/** Converts a span of a register's text to an LSP range. */
export function registerRange(lineIndex: LineIndex, range: Span): Range {
  return { start: lineIndex.positionAt(range.start), end: lineIndex.positionAt(range.end) };
}

/** Go to definition on a mention: the person's entry in its register. */
export function personDefinition(
  model: DocumentModel,
  offset: number,
  workspace: WorkspaceIndex,
): LocationLink[] {
  const found = mentionAt(model, offset, workspace);
  const file = found && workspace.persons.file(found.person.uri);
  if (!found || !file) return [];
  return [
    {
      originSelectionRange: toRange(model, found.mention.span),
      targetUri: file.uri,
      targetRange: registerRange(file.lineIndex, found.person.span),
      targetSelectionRange: registerRange(file.lineIndex, found.person.nameSpan),
    },
  ];
}

/** Find references on a mention: every mention of the person; its register entry when `includeDeclaration`. */
export function personReferences(
  model: DocumentModel,
  offset: number,
  workspace: WorkspaceIndex,
  includeDeclaration: boolean,
): Location[] {
  const found = mentionAt(model, offset, workspace);
  if (!found) return [];
  const locations: Location[] = [];
  const file = workspace.persons.file(found.person.uri);
  if (includeDeclaration && file)
    locations.push({ uri: file.uri, range: registerRange(file.lineIndex, found.person.nameSpan) });
  for (const place of mentionsOf(found.person.id, workspace))
    locations.push({ uri: place.model.uri, range: toRange(place.model, place.mention.span) });
  return locations;
}
