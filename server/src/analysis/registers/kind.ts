import type { Node } from 'jsonc-parser';
import type { Span } from '../../syntax/span';

/** What every entry of every register has: an id, a preferred name and the names it claims. */
export interface RegisterEntry {
  readonly id: string;
  /** The preferred name, shown in hovers and the index. */
  readonly name: string;
  /** Every name recognised in the text (the preferred one included), with the span of its string. */
  readonly claims: readonly { readonly name: string; readonly span: Span }[];
  /** The register the entry is in. */
  readonly uri: string;
  /** The entry object, braces included. */
  readonly span: Span;
  /** The `name` value, quotes included: where go to definition puts the cursor. */
  readonly nameSpan: Span;
}

/** What an entry's description may depend on: the date of the letter that mentions it. */
export interface MentionContext {
  /** The letter's editorial date as an ISO string (`1926-06-15`), when known. */
  readonly date: string | undefined;
}

/**
 * One kind of register (places, organisations, terms). Adding a kind is one folder with one of
 * these and one line in `REGISTER_KINDS`.
 */
export interface RegisterKind<E extends RegisterEntry = RegisterEntry> {
  /** The kind's name, also the key of the entries' array in the file (`places`). */
  readonly name: string;
  /** One entry, for messages (`place`). */
  readonly singular: string;
  /** The file suffix (`.places.json`). */
  readonly suffix: string;
  /** The JSON schema of the file. */
  readonly schema: object;
  /** Reads one entry of the array; undefined when it lacks a usable id or name. */
  entry(uri: string, node: Node): E | undefined;
  /** The Markdown describing an entry as mentioned in a letter (hover). */
  describe(entry: E, context: MentionContext): string;
  /** What an entry is, in plain text, after its name (a tooltip of the preview and the site); none by default. */
  summary?(entry: E): string | undefined;
}
