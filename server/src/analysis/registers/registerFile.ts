import { findNodeAtLocation } from 'jsonc-parser';
import { LineIndex } from '../../syntax/lineIndex';
import type { Span } from '../../syntax/span';
import type { Problem } from '../problems';
import { problem, readJsonRegister, spanOf } from './jsonRegister';
import type { RegisterEntry, RegisterKind } from './kind';

/**
 * Registers larger than this are not parsed: a hint that the file is not a register at all
 * (`letters.persons` may name a file of any name).
 */
export const MAX_REGISTER_LENGTH = 16 * 1024 * 1024;

/** A parsed register of one kind: its entries and the problems found in the file alone. */
export interface RegisterFile<E extends RegisterEntry = RegisterEntry> {
  readonly uri: string;
  readonly kind: RegisterKind<E>;
  /** The register's text (only its first line when it is too large to load). */
  readonly text: string;
  readonly lineIndex: LineIndex;
  readonly entries: readonly E[];
  /**
   * JSON syntax and schema problems (the cross-register checks are the register index's); the
   * schema is checked when they are first read.
   */
  readonly problems: readonly Problem[];
  /** The span of the entries' array, where a new entry is inserted; undefined when it is missing. */
  readonly entriesArray: Span | undefined;
}

/**
 * Parses and validates a register of a kind. Never throws: invalid JSON, schema violations and
 * oversized files become problems on the file, and every entry with a usable id and name is kept
 * so that one typo does not hide the whole register.
 */
export function parseRegisterFile<E extends RegisterEntry>(
  kind: RegisterKind<E>,
  uri: string,
  text: string,
): RegisterFile<E> {
  if (text.length > MAX_REGISTER_LENGTH) return tooLarge(kind, uri, text);
  const lineIndex = new LineIndex(text);
  const json = readJsonRegister(text, kind.schema, kind.describePattern);
  const root = json.root;
  if (!root)
    return { uri, kind, text, lineIndex, entries: [], problems: json.problems, entriesArray: undefined };
  const array = root.type === 'object' ? findNodeAtLocation(root, [kind.name]) : undefined;
  const entries =
    array?.type === 'array'
      ? (array.children ?? []).flatMap((node) => {
          const entry = kind.entry(uri, node);
          return entry ? [entry] : [];
        })
      : [];
  const entriesArray = array?.type === 'array' ? spanOf(array) : undefined;
  return {
    uri,
    kind,
    text,
    lineIndex,
    entries,
    entriesArray,
    get problems() {
      return json.problems;
    },
  };
}

/** A register too large to load: only its first line is kept, where the diagnostic sits. */
function tooLarge<E extends RegisterEntry>(
  kind: RegisterKind<E>,
  uri: string,
  text: string,
): RegisterFile<E> {
  // Copied, because a slice would keep the whole text alive.
  const firstLine = new LineIndex(text.slice(0, 1000));
  const head = Array.from(text.slice(0, firstLine.lineEnd(0))).join('');
  const size = (text.length / (1024 * 1024)).toFixed(1);
  const message = `The register is ${size} MB, more than the ${MAX_REGISTER_LENGTH / (1024 * 1024)} MB a register may have; it is ignored.`;
  return {
    uri,
    kind,
    text: head,
    lineIndex: new LineIndex(head),
    entries: [],
    entriesArray: undefined,
    problems: [problem('register.tooLarge', { start: 0, end: head.length }, message)],
  };
}
