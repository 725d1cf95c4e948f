import type { Person } from '../analysis/registers/kinds/persons';
import { daysInMonth } from '../syntax/calendar';
import type { Organisation } from '../analysis/registers/kinds/organisations';
import type { DatedName, Place } from '../analysis/registers/kinds/places';
import type { ReadEdition } from '../reading/edition';
import type { RegisterEntry } from '../analysis/registers/kind';
import type { Term } from '../analysis/registers/kinds/terms';
import { attributes, escapeXml } from './xml';

/** The `xml:id` of each register entry in the TEI document: register kind → register id → `xml:id`. */
export type RegisterIds = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** How TEI writes a register kind: the element of a name in the text, and the register in `standOff`. */
interface TeiRegisterForm {
  /** The element of a mention (`persName`); `rs` with the kind's singular as `type` when none is given. */
  readonly name: string;
  /** The register's entries as one `standOff` list. */
  readonly list: (entries: readonly RegisterEntry[], ids: ReadonlyMap<string, string>) => string;
}

// Each kind's entries are of that kind's own type (`EditionRegister.entries`).
const TEI_FORMS: Readonly<Record<string, TeiRegisterForm>> = {
  persons: {
    name: 'persName',
    list: (entries, ids) =>
      list('listPerson', entries as readonly Person[], (person) => personElement(person, ids.get(person.id))),
  },
  places: {
    name: 'placeName',
    list: (entries, ids) =>
      list('listPlace', entries as readonly Place[], (place) => placeElement(place, ids.get(place.id))),
  },
  organisations: {
    name: 'orgName',
    list: (entries, ids) =>
      list('listOrg', entries as readonly Organisation[], (org) => orgElement(org, ids.get(org.id))),
  },
  terms: {
    name: 'term',
    list: (entries, ids) =>
      list('list', entries as readonly Term[], (term) => termElement(term, ids.get(term.id)), 'terms'),
  },
};

/**
 * A name of a register entry in the text: `persName`, `placeName`, `orgName`, `term`, or `rs` typed
 * by the kind for a kind TEI has no element of its own for; `ref` points to the entry in `standOff`.
 */
export function nameElement(
  register: string,
  singular: string,
  ref: string | undefined,
  content: string,
): string {
  const name = TEI_FORMS[register]?.name;
  return name
    ? `<${name}${attributes({ ref })}>${content}</${name}>`
    : `<rs${attributes({ type: singular, ref })}>${content}</rs>`;
}

/** The registers as `standOff` lists (`listPerson`, `listPlace`, `listOrg`, `list`); empty when none has an entry. */
export function standOff(edition: ReadEdition, ids: RegisterIds): string {
  const lists = edition.registers
    .map((register) => {
      const entryIds = ids.get(register.name) ?? new Map<string, string>();
      const form = TEI_FORMS[register.name];
      return form
        ? form.list(register.entries, entryIds)
        : list(
            'list',
            register.entries,
            (entry) => itemElement(entry, entryIds.get(entry.id)),
            register.name,
          );
    })
    .filter(Boolean);
  return lists.length > 0 ? `<standOff>\n${lists.join('\n')}\n</standOff>\n` : '';
}

function list<E>(name: string, entries: readonly E[], element: (entry: E) => string, type?: string): string {
  return entries.length > 0
    ? `<${name}${attributes({ type })}>\n${entries.map(element).join('\n')}\n</${name}>`
    : '';
}

function termElement(term: Term, id: string | undefined): string {
  const parts = [`<term type="preferred">${escapeXml(term.name)}</term>`];
  for (const alias of term.aliases) parts.push(`<term type="alias">${escapeXml(alias)}</term>`);
  if (term.gloss) parts.push(`<gloss>${escapeXml(term.gloss)}</gloss>`);
  return `<item${attributes({ 'xml:id': id })}>${parts.join('')}</item>`;
}

/** An entry of a kind TEI has no list of its own for: an `item` with its preferred name. */
function itemElement(entry: RegisterEntry, id: string | undefined): string {
  return `<item${attributes({ 'xml:id': id })}><name type="preferred">${escapeXml(entry.name)}</name></item>`;
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
