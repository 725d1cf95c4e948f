import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import type { Problem } from '../../analysis/problems';
import type { Span } from '../../syntax/span';
import type { RegisterEntry, RegisterKind } from './kind';

/** A parsed register of one kind: its entries and the problems found in the file alone. */
export interface RegisterFile<E extends RegisterEntry = RegisterEntry> {
  readonly uri: string;
  readonly kind: RegisterKind<E>;
  readonly text: string;
  readonly entries: readonly E[];
  readonly problems: readonly Problem[];
  /** The span of the entries' array, where a new entry is inserted; undefined when it is missing. */
  readonly entriesArray: Span | undefined;
}

const validators = new WeakMap<object, ValidateFunction>();

/** The schema's validator, compiled once per kind. */
function validate(schema: object, value: unknown): ErrorObject[] {
  let validator = validators.get(schema);
  if (!validator) {
    // The schemas carry VS Code's editor-only keywords; they are annotations for ajv.
    const ajv = new Ajv({ allErrors: true, strict: true });
    ajv.addKeyword({ keyword: 'markdownDescription' });
    ajv.addKeyword({ keyword: 'defaultSnippets' });
    validator = ajv.compile(schema);
    validators.set(schema, validator);
  }
  return validator(value) ? [] : (validator.errors ?? []);
}

/**
 * Parses and validates a register of a kind. Never throws: invalid JSON and schema violations
 * become problems on the file, and every entry with a usable id and name is kept.
 */
export function parseRegisterFile<E extends RegisterEntry>(
  kind: RegisterKind<E>,
  uri: string,
  text: string,
): RegisterFile<E> {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const problems: Problem[] = errors
    .filter((error, index) => index === 0 || error.offset !== errors[index - 1]?.offset)
    .map((error) =>
      problem(
        { start: error.offset, end: error.offset + Math.max(error.length, 1) },
        'register.json',
        `Invalid JSON: ${printParseErrorCode(error.error)
          .replace(/([a-z])([A-Z])/g, '$1 $2')
          .toLowerCase()}.`,
      ),
    );
  if (!root) return { uri, kind, text, entries: [], problems, entriesArray: undefined };
  if (errors.length === 0)
    for (const error of validate(kind.schema, getNodeValue(root))) problems.push(schemaProblem(root, error));
  const array = root.type === 'object' ? findNodeAtLocation(root, [kind.name]) : undefined;
  const entries =
    array?.type === 'array'
      ? (array.children ?? []).flatMap((node) => {
          const entry = kind.entry(uri, node);
          return entry ? [entry] : [];
        })
      : [];
  const entriesArray = array?.type === 'array' ? spanOf(array) : undefined;
  return { uri, kind, text, entries, problems, entriesArray };
}

/** A schema error placed on the value it concerns (on the key, for an unknown property). */
function schemaProblem(root: Node, error: ErrorObject): Problem {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
  const node = findNodeAtLocation(root, path) ?? root;
  const where = path.length > 0 ? `\`${path.join('.')}\`` : 'The register';
  let target = node;
  let message = `${where} ${error.message ?? 'does not match the schema'}.`;
  if (error.keyword === 'additionalProperties') {
    const extra = String((error.params as { additionalProperty?: string }).additionalProperty);
    target = node.children?.find((child) => child.children?.[0]?.value === extra)?.children?.[0] ?? node;
    message = `Unknown property "${extra}"${path.length > 0 ? ` in ${where}` : ''}.`;
  } else if (error.keyword === 'required') {
    const missing = String((error.params as { missingProperty?: string }).missingProperty);
    message = `${where} lacks the required property "${missing}".`;
  }
  // An object or array is marked on its first character only, not on every line it spans.
  const span =
    target.type === 'object' || target.type === 'array'
      ? { start: target.offset, end: target.offset + 1 }
      : spanOf(target);
  return problem(span, 'register.schema', message);
}

/** A string property of an entry with the span of its value. */
export function stringAt(node: Node, key: string): { value: string; span: Span } | undefined {
  const found = findNodeAtLocation(node, [key]);
  return found?.type === 'string' && typeof found.value === 'string' && found.value.trim()
    ? { value: found.value.trim(), span: spanOf(found) }
    : undefined;
}

/** The non-empty strings of an array property, each with its span. */
export function stringsAt(node: Node, key: string): { name: string; span: Span }[] {
  const found = findNodeAtLocation(node, [key]);
  return found?.type === 'array'
    ? (found.children ?? []).flatMap((child) =>
        child.type === 'string' && typeof child.value === 'string' && child.value.trim()
          ? [{ name: child.value.trim(), span: spanOf(child) }]
          : [],
      )
    : [];
}

/** The string values of an object property (`authority`). */
export function recordAt(node: Node, key: string): Record<string, string> {
  const record: Record<string, string> = {};
  const found = findNodeAtLocation(node, [key]);
  for (const property of found?.type === 'object' ? (found.children ?? []) : []) {
    const [name, value] = property.children ?? [];
    if (typeof name?.value === 'string' && typeof value?.value === 'string') record[name.value] = value.value;
  }
  return record;
}

export function spanOf(node: Node): Span {
  return { start: node.offset, end: node.offset + node.length };
}

function problem(span: Span, code: 'register.json' | 'register.schema', message: string): Problem {
  return { code, span, message, related: [], fixes: [] };
}
