import type { DocumentModel } from '../../analysis/model';
import { surnameOf } from '../../analysis/registers/personIndex';
import type { Edition } from '../../analysis/edition';
import type { Span } from '../../syntax/span';
import type { InlineHint } from '../topic';

/**
 * Inlay hints (setting `letters.inlayHints.persons`, off by default): the preferred name after a
 * mention that does not contain the surname (`Grisha` → `Zinoviev, Grigorii Yevseevich`), unless an
 * editorial bracket already says who is meant.
 */
export function personHints(model: DocumentModel, range: Span, workspace: Edition): InlineHint[] {
  const hints: InlineHint[] = [];
  for (const mention of workspace.persons.recognise(model).mentions) {
    if (mention.span.end < range.start || mention.span.start > range.end || mention.expanded) continue;
    const person = workspace.persons.person(mention.personId);
    if (!person || mention.name.includes(surnameOf(person.name))) continue;
    hints.push({
      offset: mention.span.end,
      label: person.name,
      tooltip: person.description ?? person.name,
    });
  }
  return hints;
}
