import { findNodeAtLocation, type Node } from 'jsonc-parser';
import schema from '../../../../../schemas/persons.schema.json';
import { LineIndex } from '../../../syntax/lineIndex';
import type { Span } from '../../../syntax/span';
import { problem, readJsonRegister, recordAt, spanOf, stringAt, stringsAt } from '../jsonRegister';
import type { Problem } from '../../problems';

/**
 * Registers larger than this are not parsed: a hint that the file is not a register at all. Only
 * person registers have the guard: `letters.persons` may name a file of any name, while the other
 * kinds are found by their file suffix.
 */
export const MAX_REGISTER_LENGTH = 16 * 1024 * 1024;

/** One person of a register, with the places of its entry in the register's text. */
export interface Person {
  readonly id: string;
  /** Preferred display name, surname first (`Zinoviev, Grigorii Yevseevich`). */
  readonly name: string;
  readonly editionName: string | undefined;
  readonly aliases: readonly string[];
  readonly birth: string | undefined;
  readonly death: string | undefined;
  readonly description: string | undefined;
  /** Authority URIs by authority (`wikidata`, `viaf`, `gnd`). */
  readonly authority: Readonly<Record<string, string>>;
  /** The register the entry is in. */
  readonly uri: string;
  /** The entry object, braces included. */
  readonly span: Span;
  /** The `id` value, quotes included. */
  readonly idSpan: Span;
  /** The `name` value (quotes included): where go to definition puts the cursor. */
  readonly nameSpan: Span;
  /** Each name the entry claims (`editionName`, aliases) with the span of its string. */
  readonly claims: readonly { readonly name: string; readonly span: Span }[];
}

/** A parsed register file: the persons it defines and the problems found in the file alone. */
export interface RegisterFile {
  readonly uri: string;
  /** The register's text (only its first line when it is too large to load). */
  readonly text: string;
  readonly lineIndex: LineIndex;
  readonly persons: readonly Person[];
  /** JSON syntax and schema problems (cross-register checks are made by the person index). */
  readonly problems: readonly Problem[];
  /** The span of the `persons` array, where a new entry is inserted; undefined when it is missing. */
  readonly personsArray: Span | undefined;
}

/**
 * Parses and validates a register. Never throws: invalid JSON, schema violations and oversized
 * files become problems on the file, and every entry with a usable `id` and `name` is kept so that
 * one typo does not hide the whole register.
 */
export function parseRegister(uri: string, text: string): RegisterFile {
  if (text.length > MAX_REGISTER_LENGTH) {
    // Only the first line is kept, where the diagnostic sits; it is copied because a slice would
    // keep the whole text alive.
    const firstLine = new LineIndex(text.slice(0, 1000));
    const head = Array.from(text.slice(0, firstLine.lineEnd(0))).join('');
    const size = (text.length / (1024 * 1024)).toFixed(1);
    return {
      uri,
      text: head,
      lineIndex: new LineIndex(head),
      persons: [],
      personsArray: undefined,
      problems: [
        problem(
          'register.tooLarge',
          { start: 0, end: head.length },
          `The register is ${size} MB, more than the ${MAX_REGISTER_LENGTH / (1024 * 1024)} MB a register may have; it is ignored.`,
        ),
      ],
    };
  }
  const lineIndex = new LineIndex(text);
  const { root, problems } = readJsonRegister(text, schema, describePattern);
  if (!root) return { uri, text, lineIndex, persons: [], personsArray: undefined, problems };
  const personsNode = root.type === 'object' ? findNodeAtLocation(root, ['persons']) : undefined;
  const persons =
    personsNode?.type === 'array'
      ? (personsNode.children ?? []).flatMap((node) => {
          const person = toPerson(uri, node);
          return person ? [person] : [];
        })
      : [];
  const personsArray = personsNode?.type === 'array' ? spanOf(personsNode) : undefined;
  return { uri, text, lineIndex, persons, personsArray, problems };
}

function toPerson(uri: string, node: Node): Person | undefined {
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
