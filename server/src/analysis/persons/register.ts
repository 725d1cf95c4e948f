import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import schema from '../../../../schemas/persons.schema.json';
import { LineIndex } from '../../syntax/lineIndex';
import type { DiagnosticCode } from '../codes';
import type { Span } from '../../syntax/span';
import type { Problem } from '../problems';

/** Registers larger than this are not parsed: a hint that the file is not a register at all. */
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

let validator: ValidateFunction | undefined;

/** The schema validator, compiled once. */
function validate(value: unknown): ErrorObject[] {
  if (!validator) {
    // The schema carries VS Code's editor-only keywords; they are annotations for ajv.
    const ajv = new Ajv({ allErrors: true, strict: true });
    ajv.addKeyword({ keyword: 'markdownDescription' });
    ajv.addKeyword({ keyword: 'defaultSnippets' });
    validator = ajv.compile(schema);
  }
  return validator(value) ? [] : (validator.errors ?? []);
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
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  // After the first error the parser often reports its consequences at the same place.
  const distinct = errors.filter((error, index) => index === 0 || error.offset !== errors[index - 1]?.offset);
  const problems: Problem[] = distinct.map((error) =>
    problem(
      'register.json',
      { start: error.offset, end: error.offset + Math.max(error.length, 1) },
      `Invalid JSON: ${describeParseError(printParseErrorCode(error.error))}.`,
    ),
  );
  if (!root) return { uri, text, lineIndex, persons: [], personsArray: undefined, problems };
  if (errors.length === 0) {
    for (const error of validate(getNodeValue(root))) problems.push(schemaProblem(root, error));
  }
  const personsNode = root.type === 'object' ? findNodeAtLocation(root, ['persons']) : undefined;
  const persons =
    personsNode?.type === 'array'
      ? (personsNode.children ?? []).flatMap((node) => {
          const person = toPerson(uri, node);
          return person ? [person] : [];
        })
      : [];
  const personsArray =
    personsNode?.type === 'array'
      ? { start: personsNode.offset, end: personsNode.offset + personsNode.length }
      : undefined;
  return { uri, text, lineIndex, persons, personsArray, problems: dedupe(problems) };
}

function toPerson(uri: string, node: Node): Person | undefined {
  if (node.type !== 'object') return undefined;
  const id = stringAt(node, 'id');
  const name = stringAt(node, 'name');
  if (!id?.value.trim() || !name?.value.trim()) return undefined;
  const editionName = stringAt(node, 'editionName');
  const aliasesNode = findNodeAtLocation(node, ['aliases']);
  const aliases =
    aliasesNode?.type === 'array'
      ? (aliasesNode.children ?? []).flatMap((child) =>
          child.type === 'string' && typeof child.value === 'string' && child.value.trim()
            ? [{ name: child.value.trim(), span: spanOf(child) }]
            : [],
        )
      : [];
  const authority: Record<string, string> = {};
  const authorityNode = findNodeAtLocation(node, ['authority']);
  for (const property of authorityNode?.type === 'object' ? (authorityNode.children ?? []) : []) {
    const [key, value] = property.children ?? [];
    if (typeof key?.value === 'string' && typeof value?.value === 'string')
      authority[key.value] = value.value;
  }
  const editionClaim = editionName?.value.trim()
    ? [{ name: editionName.value.trim(), span: editionName.span }]
    : [];
  return {
    id: id.value.trim(),
    name: name.value.trim(),
    editionName: editionName?.value.trim() || undefined,
    aliases: aliases.map((alias) => alias.name),
    birth: stringAt(node, 'birth')?.value,
    death: stringAt(node, 'death')?.value,
    description: stringAt(node, 'description')?.value,
    authority,
    uri,
    span: spanOf(node),
    idSpan: id.span,
    nameSpan: name.span,
    claims: [...editionClaim, ...aliases],
  };
}

function stringAt(node: Node, key: string): { value: string; span: Span } | undefined {
  const found = findNodeAtLocation(node, [key]);
  return found?.type === 'string' && typeof found.value === 'string'
    ? { value: found.value, span: spanOf(found) }
    : undefined;
}

function spanOf(node: Node): Span {
  return { start: node.offset, end: node.offset + node.length };
}

/** A schema error placed on the value it concerns (or on the key, for an unknown property). */
function schemaProblem(root: Node, error: ErrorObject): Problem {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  const node = findNodeAtLocation(root, path) ?? root;
  let target = node;
  let message: string;
  const where = path.length > 0 ? `\`${path.join('.')}\`` : 'The register';
  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = String((error.params as { additionalProperty?: string }).additionalProperty);
      const property = node.children?.find((child) => child.children?.[0]?.value === extra);
      target = property?.children?.[0] ?? node;
      message = `Unknown property "${extra}"${path.length > 0 ? ` in ${where}` : ''}.`;
      break;
    }
    case 'required': {
      const missing = String((error.params as { missingProperty?: string }).missingProperty);
      message = `${where} lacks the required property "${missing}".`;
      break;
    }
    case 'pattern':
      message = `${where} ${describePattern(path[path.length - 1])}.`;
      break;
    default:
      message = `${where} ${error.message ?? 'does not match the schema'}.`;
  }
  // An object or array is marked on its first line only, not on every line it spans.
  const span =
    target.type === 'object' || target.type === 'array'
      ? { start: target.offset, end: target.offset + 1 }
      : spanOf(target);
  return problem('register.schema', span, message);
}

function describePattern(key: string | number | undefined): string {
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

/** `CommaExpected` → `comma expected`. */
function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function dedupe(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((found) => {
    const key = `${found.code}:${found.span.start}:${found.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A problem without related places or fixes. */
export function problem(code: DiagnosticCode, span: Span, message: string): Problem {
  return { code, span, message, related: [], fixes: [] };
}
