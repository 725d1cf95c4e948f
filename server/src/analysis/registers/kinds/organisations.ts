import type { Node } from 'jsonc-parser';
import schema from '../../../../../schemas/organisations.schema.json';
import type { RegisterEntry, RegisterKind } from '../kind';
import { escapeMarkdown } from '../../markdown';
import { recordAt, spanOf, stringAt, stringsAt } from '../jsonRegister';

/** One organisation of a `*.organisations.json` register (TEI org). */
export interface Organisation extends RegisterEntry {
  readonly abbreviations: readonly string[];
  readonly aliases: readonly string[];
  readonly description: string | undefined;
  readonly authority: Readonly<Record<string, string>>;
}

function entry(uri: string, node: Node): Organisation | undefined {
  if (node.type !== 'object') return undefined;
  const id = stringAt(node, 'id');
  const name = stringAt(node, 'name');
  if (!id || !name) return undefined;
  const abbreviations = stringsAt(node, 'abbreviations');
  const aliases = stringsAt(node, 'aliases');
  return {
    id: id.value,
    name: name.value,
    abbreviations: abbreviations.map((found) => found.name),
    aliases: aliases.map((found) => found.name),
    description: stringAt(node, 'description')?.value,
    authority: recordAt(node, 'authority'),
    uri,
    span: spanOf(node),
    nameSpan: name.span,
    claims: [{ name: name.value, span: name.span }, ...abbreviations, ...aliases],
  };
}

/** Hover: the name, its abbreviations and other names, the description. */
function describe(organisation: Organisation): string {
  const lines = [`**${escapeMarkdown(organisation.name)}**`];
  if (organisation.abbreviations.length > 0)
    lines[0] += ` (${organisation.abbreviations.map(escapeMarkdown).join(', ')})`;
  if (organisation.description) lines.push('', escapeMarkdown(organisation.description));
  if (organisation.aliases.length > 0)
    lines.push('', `Also: ${organisation.aliases.map(escapeMarkdown).join(', ')}`);
  return lines.join('\n');
}

/** Organisations (`*.organisations.json`). */
export const ORGANISATIONS: RegisterKind<Organisation> = {
  name: 'organisations',
  singular: 'organisation',
  suffix: '.organisations.json',
  schema,
  entry,
  describe,
  summary: (entry) => entry.description,
};
