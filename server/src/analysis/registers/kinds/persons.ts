import type { Node } from 'jsonc-parser';
import schema from '../../../../../schemas/persons.schema.json';
import { monthName } from '../../../syntax/calendar';
import type { Language } from '../../../syntax/vocabulary';
import type { Span } from '../../../syntax/span';
import { escapeMarkdown } from '../../markdown';
import type { RegisterEntry, RegisterKind } from '../kind';
import { recordAt, spanOf, stringAt, stringsAt } from '../jsonRegister';
import { personRecogniser, surnameOf } from './personRecognizer';

/** One person of a `*.persons.json` register (TEI person). */
export interface Person extends RegisterEntry {
  /** Preferred display name, surname first (`Zinoviev, Grigorii Yevseevich`). */
  readonly name: string;
  readonly editionName: string | undefined;
  readonly aliases: readonly string[];
  readonly birth: string | undefined;
  readonly death: string | undefined;
  readonly description: string | undefined;
  /** Authority URIs by authority (`wikidata`, `viaf`, `gnd`). */
  readonly authority: Readonly<Record<string, string>>;
  /** The `id` value, quotes included. */
  readonly idSpan: Span;
}

const AUTHORITY_NAMES: Readonly<Record<string, string>> = { wikidata: 'Wikidata', viaf: 'VIAF', gnd: 'GND' };

/**
 * Persons: their names come first (a place called like a person needs an editorial bracket), and
 * they are recognised with titles, initials, forenames and surnames (`personRecognizer.ts`).
 */
export const PERSONS: RegisterKind<Person> = {
  name: 'persons',
  singular: 'person',
  suffix: '.persons.json',
  schema,
  claimsFirst: true,
  entry,
  describe(person, { language }) {
    const lines = [`**${escapeMarkdown(person.name)}**${lifeDates(person, language)}`];
    if (person.description) lines.push('', escapeMarkdown(person.description));
    const names = [person.editionName, ...person.aliases].filter(
      (name): name is string => name !== undefined && name !== person.name,
    );
    if (names.length > 0) lines.push('', `Also: ${names.map(escapeMarkdown).join(', ')}`);
    const links = Object.entries(person.authority).map(
      ([authority, uri]) => `[${AUTHORITY_NAMES[authority] ?? authority}](${uri})`,
    );
    if (links.length > 0) lines.push('', links.join(' · '));
    return lines.join('\n');
  },
  summary: (person) => person.description,
  recogniser: (persons, claimed) => personRecogniser(persons, claimed),
  describePattern,
  unknownCode: 'person.unknown',
  stubMembers: (name) => ({ editionName: name }),
  hint(mention, person) {
    if (mention.expanded || mention.name.includes(surnameOf(person.name))) return undefined;
    return { label: person.name, tooltip: person.description ?? person.name };
  },
};

function entry(uri: string, node: Node): Person | undefined {
  if (node.type !== 'object') return undefined;
  const id = stringAt(node, 'id');
  const name = stringAt(node, 'name');
  if (!id || !name) return undefined;
  const editionName = stringAt(node, 'editionName');
  const aliases = stringsAt(node, 'aliases');
  const editionClaim = editionName ? [{ name: editionName.value, span: editionName.span }] : [];
  return {
    id: id.value,
    name: name.value,
    editionName: editionName?.value,
    aliases: aliases.map((alias) => alias.name),
    birth: stringAt(node, 'birth')?.value,
    death: stringAt(node, 'death')?.value,
    description: stringAt(node, 'description')?.value,
    authority: recordAt(node, 'authority'),
    uri,
    span: spanOf(node),
    idSpan: id.span,
    nameSpan: name.span,
    claims: [...editionClaim, ...aliases],
  };
}

/** ` (23 September 1883 – 25 August 1936)`; empty when neither date is known. */
function lifeDates(person: Person, language: Language): string {
  if (!person.birth && !person.death) return '';
  const written = (date: string | undefined) => (date ? formatDate(date, language) : '?');
  return ` (${written(person.birth)} – ${written(person.death)})`;
}

/** `1883-09-23` → `23 September 1883` in `language`; partial dates stay partial. */
export function formatDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-');
  const monthNumber = Number(month);
  if (!month || !(monthNumber >= 1 && monthNumber <= 12)) return year ?? date;
  const name = monthName(language, monthNumber);
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** The person schema's patterns in words (the other kinds keep ajv's wording). */
function describePattern(key: string | number | undefined): string | undefined {
  switch (key) {
    case 'id':
      return 'must be lower-case letters, digits and hyphens, starting with a letter';
    case 'birth':
    case 'death':
      return 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD';
    case 'wikidata':
      return 'must be a Wikidata item URI such as https://www.wikidata.org/entity/Q1394';
    case 'viaf':
      return 'must be a VIAF URI such as https://viaf.org/viaf/123456';
    case 'gnd':
      return 'must be a GND URI such as https://d-nb.info/gnd/118640445';
    default:
      return 'does not have the expected form';
  }
}
