import type { DocumentModel } from '../../analysis/model';
import type { Edition } from '../../analysis/edition';
import type { Suggestion } from '../topic';

// The capitalised word being typed, possibly with initials before it (`S. P. Med`).
const NAME_PREFIX = /(?:\p{Lu}\.[ \t\u00A0]?)*\p{Lu}[\p{L}\p{M}'’-]*$/u;

/**
 * Completion of registered names and aliases while a capitalised word is typed. Each name replaces
 * the word and says whom it names; lower-case words get nothing, so ordinary prose is not disturbed.
 */
export function personCompletions(model: DocumentModel, offset: number, workspace: Edition): Suggestion[] {
  const before = model.text.slice(Math.max(0, offset - 60), offset);
  const prefix = NAME_PREFIX.exec(before)?.[0];
  if (!prefix || /[\p{L}\p{M}]/u.test(model.text.charAt(offset))) return [];
  const replace = { start: offset - prefix.length, end: offset };
  const items: Suggestion[] = [];
  for (const [name, personId] of workspace.persons.names) {
    const person = workspace.persons.person(personId);
    if (!person) continue;
    items.push({
      label: name,
      kind: 'entry',
      detail: person.name,
      ...(person.description ? { documentation: person.description } : {}),
      replace,
    });
  }
  return items;
}
