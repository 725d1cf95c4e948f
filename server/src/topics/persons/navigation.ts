import type { DocumentModel } from '../../analysis/model';
import type { Mention } from '../../analysis/registers/kinds/personRecognizer';
import type { Person } from '../../analysis/registers/kinds/persons';
import type { Edition } from '../../analysis/edition';
import { targetIn, type Highlight, type Navigation, type Target } from '../topic';

/** The registered person mentioned at `offset`, with the mention. */
export function mentionAt(
  model: DocumentModel,
  offset: number,
  workspace: Edition,
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
  workspace: Edition,
): { model: DocumentModel; mention: Mention }[] {
  return workspace.all().flatMap((model) =>
    workspace.persons
      .recognise(model)
      .mentions.filter((mention) => mention.personId === personId)
      .map((mention) => ({ model, mention })),
  );
}

/** The register entry of the person mentioned at `offset`: where go to definition leads. */
export function personNavigation(
  model: DocumentModel,
  offset: number,
  workspace: Edition,
): Navigation | undefined {
  const found = mentionAt(model, offset, workspace);
  if (!found) return undefined;
  const file = workspace.persons.file(found.person.uri);
  const targets = file
    ? [
        {
          uri: file.uri,
          lineIndex: file.lineIndex,
          span: found.person.span,
          selection: found.person.nameSpan,
        },
      ]
    : [];
  return { origin: found.mention.span, targets };
}

/** On a mention: every mention of the person in the workspace; its register entry first when `includeDeclaration`. */
export function personReferences(
  model: DocumentModel,
  offset: number,
  workspace: Edition,
  includeDeclaration: boolean,
): Target[] | undefined {
  const found = mentionAt(model, offset, workspace);
  if (!found) return undefined;
  const targets: Target[] = [];
  const file = workspace.persons.file(found.person.uri);
  if (includeDeclaration && file)
    targets.push({
      uri: file.uri,
      lineIndex: file.lineIndex,
      span: found.person.nameSpan,
      selection: found.person.nameSpan,
    });
  for (const place of mentionsOf(found.person.id, workspace))
    targets.push(targetIn(place.model, place.mention.span));
  return targets;
}

/** On a mention: every mention of the same person in this document. */
export function personHighlights(
  model: DocumentModel,
  offset: number,
  workspace: Edition,
): Highlight[] | undefined {
  const found = mentionAt(model, offset, workspace);
  if (!found) return undefined;
  return workspace.persons
    .recognise(model)
    .mentions.filter((mention) => mention.personId === found.person.id)
    .map((mention) => ({ span: mention.span, role: 'text' }));
}
