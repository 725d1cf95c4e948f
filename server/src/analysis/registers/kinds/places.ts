import { findNodeAtLocation, type Node } from 'jsonc-parser';
import schema from '../../../../../schemas/places.schema.json';
import type { MentionContext, RegisterEntry, RegisterKind } from '../kind';
import { escapeMarkdown } from '../../markdown';
import { recordAt, spanOf, stringAt, stringsAt } from '../jsonRegister';

/** A name a place bore for a time (`Petrograd`, from 1914 until 1924-01). */
export interface DatedName {
  readonly name: string;
  /** First date the name was in force (YYYY, YYYY-MM or YYYY-MM-DD); open when absent. */
  readonly from: string | undefined;
  /** First date the name was no longer in force; open when absent. */
  readonly until: string | undefined;
}

/** One place of a `*.places.json` register (TEI place). */
export interface Place extends RegisterEntry {
  readonly aliases: readonly string[];
  readonly names: readonly DatedName[];
  readonly description: string | undefined;
  readonly authority: Readonly<Record<string, string>>;
}

/**
 * The name in force at a date: the dated name whose period contains it, else the preferred name.
 * Partial dates compare as their first day (`1924-01` is 1 January 1924).
 */
export function nameAt(place: Place, date: string | undefined): string {
  if (!date) return place.name;
  const found = place.names.find(
    (dated) => (!dated.from || dated.from <= date) && (!dated.until || date < dated.until),
  );
  return found?.name ?? place.name;
}

function entry(uri: string, node: Node): Place | undefined {
  if (node.type !== 'object') return undefined;
  const id = stringAt(node, 'id');
  const name = stringAt(node, 'name');
  if (!id || !name) return undefined;
  const aliases = stringsAt(node, 'aliases');
  const namesNode = findNodeAtLocation(node, ['names']);
  const dated = (namesNode?.type === 'array' ? (namesNode.children ?? []) : []).flatMap((child) => {
    const value = child.type === 'object' ? stringAt(child, 'name') : undefined;
    return value
      ? [
          {
            claim: { name: value.value, span: value.span },
            from: stringAt(child, 'from')?.value,
            until: stringAt(child, 'until')?.value,
          },
        ]
      : [];
  });
  return {
    id: id.value,
    name: name.value,
    aliases: aliases.map((alias) => alias.name),
    names: dated.map((found) => ({ name: found.claim.name, from: found.from, until: found.until })),
    description: stringAt(node, 'description')?.value,
    authority: recordAt(node, 'authority'),
    uri,
    span: spanOf(node),
    nameSpan: name.span,
    claims: [{ name: name.value, span: name.span }, ...dated.map((found) => found.claim), ...aliases],
  };
}

/** Hover: the name in force at the letter's date, the preferred name, the other names. */
function describe(place: Place, context: MentionContext): string {
  const current = nameAt(place, context.date);
  const lines = [`**${escapeMarkdown(current)}**`];
  if (current !== place.name) lines[0] += ` (now ${escapeMarkdown(place.name)})`;
  if (place.description) lines.push('', escapeMarkdown(place.description));
  const history = place.names.map(
    (dated) =>
      `${escapeMarkdown(dated.name)}${dated.from ? ` from ${dated.from}` : ''}${dated.until ? ` until ${dated.until}` : ''}`,
  );
  if (history.length > 0) lines.push('', `Names: ${history.join('; ')}`);
  if (place.aliases.length > 0) lines.push('', `Also: ${place.aliases.map(escapeMarkdown).join(', ')}`);
  return lines.join('\n');
}

/** Places (`*.places.json`). */
export const PLACES: RegisterKind<Place> = {
  name: 'places',
  singular: 'place',
  suffix: '.places.json',
  schema,
  entry,
  describe,
  summary: (entry) => entry.description,
};
