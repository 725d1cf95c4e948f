import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type ParseError,
} from 'jsonc-parser';
import schema from '../../../schemas/edition.schema.json';
import type { Problem } from './problems';
import { LineIndex } from '../syntax/lineIndex';
import type { Span } from '../syntax/span';
import type { FileStore } from './fileKind';
import { schemaErrors } from './registers/jsonRegister';

/** What an edition says of itself (`edition.json`); every field is absent where the file lacks it. */
export interface EditionMetadata {
  readonly title?: string;
  readonly editors: readonly { readonly name: string; readonly email?: string }[];
  readonly publisher?: string;
  readonly licence?: { readonly text: string; readonly url: string };
  /** The printed edition the letters follow. */
  readonly source?: { readonly bibl: string; readonly url?: string };
  /** Register ids of the default sender and recipient. */
  readonly sender?: string;
  readonly recipient?: string;
  readonly language?: string;
  /** The word of the letters' headings (`Brief`), when it is not the language's usual one. */
  readonly headingWord?: string;
  /** Where the CMIF file is published. */
  readonly url?: string;
  /** Where the website is published (ending in `/`): the base of each letter's stable address. */
  readonly siteUrl?: string;
}

/** A parsed `edition.json`: the metadata it gives and the problems found in it. */
export interface EditionFile {
  readonly uri: string;
  readonly metadata: EditionMetadata;
  readonly problems: readonly Problem[];
}

/**
 * Parses and validates an `edition.json`. Never throws: invalid JSON and schema violations become
 * problems on the file, and every well-typed field is kept.
 */
export function parseEditionFile(uri: string, text: string): EditionFile {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const problems: Problem[] = errors.map((error) =>
    problem(
      { start: error.offset, end: error.offset + Math.max(error.length, 1) },
      'edition.json',
      `Invalid JSON: ${printParseErrorCode(error.error)
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()}.`,
    ),
  );
  const value: unknown = root ? getNodeValue(root) : undefined;
  if (root && errors.length === 0)
    for (const error of schemaErrors(schema, value)) {
      const path = error.instancePath
        .split('/')
        .slice(1)
        .map((segment) =>
          /^\d+$/.test(segment) ? Number(segment) : segment.replace(/~1/g, '/').replace(/~0/g, '~'),
        );
      const node = findNodeAtLocation(root, path) ?? root;
      const where = path.length > 0 ? `\`${path.join('.')}\`` : 'The edition metadata';
      const params = error.params as { missingProperty?: string; additionalProperty?: string };
      const message =
        error.keyword === 'required'
          ? `${where} lacks the required property "${params.missingProperty}".`
          : error.keyword === 'additionalProperties'
            ? `Unknown property "${params.additionalProperty}"${path.length > 0 ? ` in ${where}` : ''}.`
            : `${where} ${error.message ?? 'does not match the schema'}.`;
      // An object is marked on its first character only, not on every line it spans.
      const span =
        node.type === 'object' || node.type === 'array'
          ? { start: node.offset, end: node.offset + 1 }
          : { start: node.offset, end: node.offset + node.length };
      problems.push(problem(span, 'edition.schema', message));
    }
  // Only a file that parses is told what CMIF lacks: a syntax error first.
  if (root?.type === 'object' && errors.length === 0)
    for (const [field, what] of CMIF_FIELDS)
      if (!findNodeAtLocation(root, [field]))
        problems.push(
          problem(
            { start: root.offset, end: root.offset + 1 },
            'edition.cmif',
            `The CMIF export needs "${field}" (${what}); without it, Export Edition as CMIF and \`letters-export --format cmif\` write nothing.`,
          ),
        );
  return { uri, metadata: metadataOf(value), problems };
}

/**
 * The fields CMIF's header requires that the schema leaves optional (a TEI export does without
 * them), with what each holds.
 */
const CMIF_FIELDS: readonly (readonly [string, string])[] = [
  ['editors', 'at least one editor, with "name" and, recommended, "email"'],
  ['publisher', 'who publishes the edition'],
  ['url', 'where the CMIF file will be published, for correspSearch to harvest'],
  ['licence', 'the data licence, CC0 or CC BY, with "text" and "url"'],
];

/** The name of an edition's metadata file, the one place it is written. */
export const EDITION_FILE_NAME = 'edition.json';

/** The metadata files of an edition: every `edition.json` of the workspace, parsed. */
export class EditionFiles implements FileStore {
  private readonly files = new Map<
    string,
    { readonly file: EditionFile; readonly lineIndex: LineIndex; readonly text: string }
  >();

  set(uri: string, text: string): void {
    if (this.files.get(uri)?.text === text) return;
    this.files.set(uri, { file: parseEditionFile(uri, text), lineIndex: new LineIndex(text), text });
  }

  delete(uri: string): void {
    this.files.delete(uri);
  }

  uris(): string[] {
    return [...this.files.keys()].sort();
  }

  problemsOf(uri: string): readonly Problem[] {
    return this.files.get(uri)?.file.problems ?? [];
  }

  lineIndexOf(uri: string): LineIndex | undefined {
    return this.files.get(uri)?.lineIndex;
  }

  /**
   * The edition's metadata, by the one rule: the `edition.json` in the root folder (a URI ending
   * in `/`: the first workspace folder, the folder of the first file a command is given), else the
   * first one by URI.
   */
  metadata(root: string | undefined): EditionFile | undefined {
    const preferred = root === undefined ? undefined : this.files.get(`${root}${EDITION_FILE_NAME}`);
    return (preferred ?? this.files.get(this.uris()[0] ?? ''))?.file;
  }
}

/** The well-typed fields of the parsed value, whatever else it holds. */
function metadataOf(value: unknown): EditionMetadata {
  const record = isRecord(value) ? value : {};
  const licence = isRecord(record.licence) ? record.licence : undefined;
  const source = isRecord(record.source) ? record.source : undefined;
  const licenceText = text(licence?.text);
  const licenceUrl = text(licence?.url);
  const bibl = text(source?.bibl);
  const sourceUrl = text(source?.url);
  return {
    title: text(record.title),
    editors: (Array.isArray(record.editors) ? record.editors : []).flatMap((editor: unknown) => {
      const name = isRecord(editor) ? text(editor.name) : undefined;
      const email = isRecord(editor) ? text(editor.email) : undefined;
      return name ? [{ name, ...(email ? { email } : {}) }] : [];
    }),
    publisher: text(record.publisher),
    licence: licenceText && licenceUrl ? { text: licenceText, url: licenceUrl } : undefined,
    source: bibl ? { bibl, ...(sourceUrl ? { url: sourceUrl } : {}) } : undefined,
    sender: text(record.sender),
    recipient: text(record.recipient),
    language: text(record.language),
    headingWord: text(record.headingWord),
    url: text(record.url),
    siteUrl: text(record.siteUrl),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty trimmed string, or undefined. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function problem(
  span: Span,
  code: 'edition.json' | 'edition.schema' | 'edition.cmif',
  message: string,
): Problem {
  return { code, span, message, related: [], fixes: [] };
}
