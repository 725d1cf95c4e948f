import type { Node } from 'jsonc-parser';
import schema from '../../../../../schemas/terms.schema.json';
import type { RegisterEntry, RegisterKind } from '../kind';
import { escapeMarkdown } from '../../markdown';
import { spanOf, stringAt, stringsAt } from '../jsonRegister';

/** One term of a `*.terms.json` glossary: a word or abbreviation and its gloss. */
export interface Term extends RegisterEntry {
  readonly aliases: readonly string[];
  readonly gloss: string | undefined;
}

function entry(uri: string, node: Node): Term | undefined {
  if (node.type !== 'object') return undefined;
  const id = stringAt(node, 'id');
  const name = stringAt(node, 'name');
  if (!id || !name) return undefined;
  const aliases = stringsAt(node, 'aliases');
  return {
    id: id.value,
    name: name.value,
    aliases: aliases.map((found) => found.name),
    gloss: stringAt(node, 'gloss')?.value,
    uri,
    span: spanOf(node),
    nameSpan: name.span,
    claims: [{ name: name.value, span: name.span }, ...aliases],
  };
}

function describe(term: Term): string {
  return [`**${escapeMarkdown(term.name)}**`, ...(term.gloss ? ['', escapeMarkdown(term.gloss)] : [])].join(
    '\n',
  );
}

/** Terms (`*.terms.json`). */
export const TERMS: RegisterKind<Term> = {
  name: 'terms',
  singular: 'term',
  suffix: '.terms.json',
  schema,
  entry,
  describe,
  summary: (term) => term.gloss,
};
