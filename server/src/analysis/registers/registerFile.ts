import { findNodeAtLocation } from 'jsonc-parser';
import { readJsonRegister, spanOf } from './jsonRegister';
import type { Problem } from '../problems';
import type { Span } from '../../syntax/span';
import type { RegisterEntry, RegisterKind } from './kind';

// The entry readers live with the JSON machinery every register shares (the person register
// included); the kinds import them from here.
export { recordAt, spanOf, stringAt, stringsAt } from './jsonRegister';

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

/**
 * Parses and validates a register of a kind. Never throws: invalid JSON and schema violations
 * become problems on the file, and every entry with a usable id and name is kept.
 */
export function parseRegisterFile<E extends RegisterEntry>(
  kind: RegisterKind<E>,
  uri: string,
  text: string,
): RegisterFile<E> {
  const { root, problems } = readJsonRegister(text, kind.schema);
  if (!root) return { uri, kind, text, entries: [], problems, entriesArray: undefined };
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
