/**
 * What every JSON register (persons, places, organisations, terms) shares: parsing with
 * jsonc-parser into a tree with offsets, validation with ajv against the kind's schema, the
 * `register.json` and `register.schema` problems placed on the text, and readers of entry values.
 * Never throws; `registerFile.ts` reads every kind's file through it.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import type { Span } from '../../syntax/span';
import type { Problem } from '../problems';

/**
 * A register's JSON tree (undefined when the text is no JSON at all) and the problems of the file
 * alone. The schema's problems are found when first read: entries need only the tree, and a hover
 * right after the start should not wait for a validation whose problems are published later.
 */
export interface JsonRegister {
  readonly root: Node | undefined;
  readonly problems: readonly Problem[];
}

/**
 * Names what a `pattern` of the schema asks for, by the property's key (`id`, `birth`), or
 * undefined for ajv's own wording.
 */
export type PatternDescriber = (key: string | number | undefined) => string | undefined;

/** Cache keyed by a kind's schema object: its compiled validator, compiled once per process. */
const validators = new WeakMap<object, ValidateFunction>();
/**
 * One ajv for every kind's schema: each instance compiles the JSON Schema meta-schema again (tens
 * of milliseconds), once is enough.
 */
let sharedAjv: Ajv | undefined;

/** What `value` breaks of `schema` (none when valid), by the schema's validator, compiled once per schema. */
export function schemaErrors(schema: object, value: unknown): ErrorObject[] {
  let validator = validators.get(schema);
  if (!validator) {
    if (!sharedAjv) {
      sharedAjv = new Ajv({ allErrors: true, strict: true });
      // The schemas carry VS Code's editor-only keywords; they are annotations for ajv.
      sharedAjv.addKeyword({ keyword: 'markdownDescription' });
      sharedAjv.addKeyword({ keyword: 'defaultSnippets' });
    }
    validator = sharedAjv.compile(schema);
    validators.set(schema, validator);
  }
  return validator(value) ? [] : (validator.errors ?? []);
}

/**
 * Parses a register and, when its JSON is well formed, validates it against `schema`. Strict JSON
 * (no comments, no trailing commas), as the schemas' files are read by other tools too.
 */
export function readJsonRegister(
  text: string,
  schema: object,
  describePattern: PatternDescriber = () => undefined,
): JsonRegister {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  // After the first error the parser often reports its consequences at the same place.
  const problems: Problem[] = errors
    .filter((error, index) => index === 0 || error.offset !== errors[index - 1]?.offset)
    .map((error) =>
      problem(
        'register.json',
        { start: error.offset, end: error.offset + Math.max(error.length, 1) },
        `Invalid JSON: ${describeParseError(printParseErrorCode(error.error))}.`,
      ),
    );
  if (!root || errors.length > 0) return { root, problems: dedupe(problems) };
  let validated: readonly Problem[] | undefined;
  return {
    root,
    get problems() {
      validated ??= dedupe(
        schemaErrors(schema, getNodeValue(root)).map((error) => schemaProblem(root, error, describePattern)),
      );
      return validated;
    },
  };
}

/** A schema error placed on the value it concerns (on the key, for an unknown property). */
function schemaProblem(root: Node, error: ErrorObject, describePattern: PatternDescriber): Problem {
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
  } else if (error.keyword === 'pattern') {
    const described = describePattern(path[path.length - 1]);
    if (described) message = `${where} ${described}.`;
  }
  // An object or array is marked on its first character only, not on every line it spans.
  const span =
    target.type === 'object' || target.type === 'array'
      ? { start: target.offset, end: target.offset + 1 }
      : spanOf(target);
  return problem('register.schema', span, message);
}

/** `CommaExpected` → `comma expected`. */
function describeParseError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** Drops repeated problems (ajv reports some violations once per schema branch tried). */
function dedupe(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((found) => {
    const key = `${found.code}:${found.span.start}:${found.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A string property of an entry, trimmed, with the span of its value (quotes included);
 * undefined when it is missing, not a string or blank: space around a register's value is never
 * part of it.
 */
export function stringAt(node: Node, key: string): { value: string; span: Span } | undefined {
  const found = findNodeAtLocation(node, [key]);
  return found?.type === 'string' && typeof found.value === 'string' && found.value.trim()
    ? { value: found.value.trim(), span: spanOf(found) }
    : undefined;
}

/** The non-blank strings of an array property (`aliases`), trimmed, each with its span. */
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

/** The string values of an object property (`authority`), by key. */
export function recordAt(node: Node, key: string): Record<string, string> {
  const record: Record<string, string> = {};
  const found = findNodeAtLocation(node, [key]);
  for (const property of found?.type === 'object' ? (found.children ?? []) : []) {
    const [name, value] = property.children ?? [];
    if (typeof name?.value === 'string' && typeof value?.value === 'string') record[name.value] = value.value;
  }
  return record;
}

/** The span of a JSON node in the register's text. */
export function spanOf(node: Node): Span {
  return { start: node.offset, end: node.offset + node.length };
}

/** A register problem without related places or fixes. */
export function problem(
  code: 'register.json' | 'register.schema' | 'register.tooLarge',
  span: Span,
  message: string,
): Problem {
  return { code, span, message, related: [], fixes: [] };
}
