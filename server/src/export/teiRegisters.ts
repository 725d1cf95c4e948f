import type { Person } from '../analysis/registers/kinds/persons';
import { daysInMonth } from '../syntax/calendar';
import type { Organisation } from '../analysis/registers/kinds/organisations';
import type { DatedName, Place } from '../analysis/registers/kinds/places';
import type { ExportEdition } from './source';
import { attributes, escapeXml } from './xml';

/** The `xml:id` each register entry has in the TEI document, by kind and register id. */
export interface RegisterIds {
  readonly person: ReadonlyMap<string, string>;
  readonly place: ReadonlyMap<string, string>;
  readonly organisation: ReadonlyMap<string, string>;
}

/** The registers as `standOff` lists: `listPerson`, `listPlace`, `listOrg`; empty when none. */
export function standOff(edition: ExportEdition, ids: RegisterIds): string {
  const lists = [
    list('listPerson', edition.persons, (person) => personElement(person, ids.person.get(person.id))),
    list('listPlace', edition.places, (place) => placeElement(place, ids.place.get(place.id))),
    list('listOrg', edition.organisations, (org) => orgElement(org, ids.organisation.get(org.id))),
  ].filter(Boolean);
  return lists.length > 0 ? `<standOff>\n${lists.join('\n')}\n</standOff>\n` : '';
}

function list<E>(name: string, entries: readonly E[], element: (entry: E) => string): string {
  return entries.length > 0 ? `<${name}>\n${entries.map(element).join('\n')}\n</${name}>` : '';
}

function personElement(person: Person, id: string | undefined): string {
  const parts = [`<persName type="preferred">${escapeXml(person.name)}</persName>`];
  if (person.editionName) parts.push(`<persName type="edition">${escapeXml(person.editionName)}</persName>`);
  for (const alias of person.aliases) parts.push(`<persName type="alias">${escapeXml(alias)}</persName>`);
  if (person.birth) parts.push(`<birth${attributes({ when: person.birth })}/>`);
  if (person.death) parts.push(`<death${attributes({ when: person.death })}/>`);
  parts.push(...idnos(person.authority));
  if (person.description) parts.push(`<note>${escapeXml(person.description)}</note>`);
  return `<person${attributes({ 'xml:id': id })}>${parts.join('')}</person>`;
}

function placeElement(place: Place, id: string | undefined): string {
  const parts = [`<placeName type="preferred">${escapeXml(place.name)}</placeName>`];
  for (const alias of place.aliases) parts.push(`<placeName type="alias">${escapeXml(alias)}</placeName>`);
  for (const dated of place.names)
    parts.push(
      `<placeName${attributes({ type: 'dated', ...period(dated) })}>${escapeXml(dated.name)}</placeName>`,
    );
  parts.push(...idnos(place.authority));
  if (place.description) parts.push(`<note>${escapeXml(place.description)}</note>`);
  return `<place${attributes({ 'xml:id': id })}>${parts.join('')}</place>`;
}

function orgElement(org: Organisation, id: string | undefined): string {
  const parts = [`<orgName type="preferred">${escapeXml(org.name)}</orgName>`];
  for (const abbreviation of org.abbreviations)
    parts.push(`<orgName type="abbreviation">${escapeXml(abbreviation)}</orgName>`);
  for (const alias of org.aliases) parts.push(`<orgName type="alias">${escapeXml(alias)}</orgName>`);
  parts.push(...idnos(org.authority));
  if (org.description) parts.push(`<note>${escapeXml(org.description)}</note>`);
  return `<org${attributes({ 'xml:id': id })}>${parts.join('')}</org>`;
}

function idnos(authority: Readonly<Record<string, string>>): string[] {
  return Object.entries(authority).map(
    ([name, uri]) => `<idno${attributes({ type: name })}>${escapeXml(uri)}</idno>`,
  );
}

/**
 * A dated name's period as TEI `from`/`to`. The register's `until` is the first date the name was
 * no longer in force; TEI's `to` is the last date it was, so the day before.
 */
function period(dated: DatedName): { from?: string; to?: string } {
  const to = dated.until ? dayBefore(dated.until) : undefined;
  return { ...(dated.from ? { from: dated.from } : {}), ...(to ? { to } : {}) };
}

/** The day before the first day of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date. */
export function dayBefore(date: string): string | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return undefined;
  let year = Number(match[1]);
  let month = match[2] ? Number(match[2]) : 1;
  let day = (match[3] ? Number(match[3]) : 1) - 1;
  if (day === 0) {
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
    day = daysInMonth(month, year);
  }
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
