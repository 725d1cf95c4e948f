import { monthName } from '../../syntax/calendar';
import { escapeMarkdown } from '../../analysis/markdown';
import type { DocumentModel } from '../../analysis/model';
import type { Person } from '../../analysis/registers/kinds/persons';
import { type Edition, fileName } from '../../analysis/edition';
import type { Span } from '../../syntax/span';
import { mentionAt, mentionsOf } from './navigation';

const AUTHORITY_NAMES: Readonly<Record<string, string>> = { wikidata: 'Wikidata', viaf: 'VIAF', gnd: 'GND' };

/**
 * Hover on a mention of a registered person: the preferred name and life dates, who the person
 * was, the other names, authority links and where the workspace's letters mention the person.
 */
export function personHover(
  model: DocumentModel,
  offset: number,
  workspace: Edition,
): { markdown: string; span: Span } | undefined {
  const found = mentionAt(model, offset, workspace);
  if (!found) return undefined;
  const { person, mention } = found;
  const lines = [`**${escapeMarkdown(person.name)}**${lifeDates(person)}`];
  if (person.description) lines.push('', escapeMarkdown(person.description));
  const names = [person.editionName, ...person.aliases].filter(
    (name): name is string => name !== undefined && name !== person.name,
  );
  if (names.length > 0) lines.push('', `Also: ${names.map(escapeMarkdown).join(', ')}`);
  const links = Object.entries(person.authority).map(
    ([authority, uri]) => `[${AUTHORITY_NAMES[authority] ?? authority}](${uri})`,
  );
  if (links.length > 0) lines.push('', links.join(' · '));
  lines.push('', whereMentioned(person, workspace));
  return { markdown: lines.join('\n'), span: mention.span };
}

/** ` (23 September 1883 – 25 August 1936)`; empty when neither date is known. */
function lifeDates(person: Person): string {
  if (!person.birth && !person.death) return '';
  return ` (${person.birth ? formatDate(person.birth) : '?'} – ${person.death ? formatDate(person.death) : '?'})`;
}

/** `1883-09-23` → `23 September 1883`; partial dates stay partial. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthNumber = Number(month);
  if (!month || !(monthNumber >= 1 && monthNumber <= 12)) return year ?? date;
  const name = monthName(monthNumber);
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** `Mentioned 12 times in 4 letters: letter 11 (3), letter 12 (5), …` per document. */
function whereMentioned(person: Person, workspace: Edition): string {
  const places = mentionsOf(person.id, workspace);
  if (places.length === 0) return 'Not mentioned in the workspace’s letters.';
  const byDocument = new Map<string, Map<string, number>>();
  for (const { model, mention } of places) {
    const letter = model.letterAt(mention.span.start);
    const label = letter ? `letter ${letter.number}` : 'before the first letter';
    const counts = byDocument.get(model.uri) ?? new Map<string, number>();
    counts.set(label, (counts.get(label) ?? 0) + 1);
    byDocument.set(model.uri, counts);
  }
  const letterCount = [...byDocument.values()].reduce((sum, counts) => sum + counts.size, 0);
  const header = `Mentioned ${places.length} time${places.length === 1 ? '' : 's'} in ${letterCount} letter${letterCount === 1 ? '' : 's'}`;
  const parts = [...byDocument].map(([uri, counts]) => {
    const list = [...counts].map(([label, count]) => `${label} (${count})`).join(', ');
    return byDocument.size > 1 ? `${fileName(uri)}: ${list}` : list;
  });
  return `${header}: ${parts.join('; ')}.`;
}
