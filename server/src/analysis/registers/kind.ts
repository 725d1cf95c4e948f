import type { Language } from '../../syntax/vocabulary';
import type { Node } from 'jsonc-parser';
import type { Span } from '../../syntax/span';
import type { DiagnosticCode } from '../codes';
import type { Token } from './tokens';

/** What every entry of every register has: an id, a preferred name and the names it claims. */
export interface RegisterEntry {
  readonly id: string;
  /** The preferred name, shown in hovers and the index. */
  readonly name: string;
  /** Every name the entry claims in its register, with the span of its string. */
  readonly claims: readonly { readonly name: string; readonly span: Span }[];
  /** The register the entry is in. */
  readonly uri: string;
  /** The entry object, braces included. */
  readonly span: Span;
  /** The `name` value, quotes included: where go to definition puts the cursor. */
  readonly nameSpan: Span;
  /** Who or what the entry is, in a sentence (completion shows it). */
  readonly description?: string | undefined;
  /** The `id` value, quotes included, when the kind reports a duplicate id there. */
  readonly idSpan?: Span;
}

/** What an entry's description may depend on: the date of the letter that mentions it. */
export interface MentionContext {
  /** The letter's editorial date as an ISO string (`1926-06-15`), when known. */
  readonly date: string | undefined;
  /** The edition's language, for dates written out (`23 September 1883`). */
  readonly language: Language;
}

/** A register entry named in a text. */
export interface EntryMention {
  /** The kind's name (`persons`, `places`). */
  readonly kind: string;
  readonly entryId: string;
  /** The name as written, with initials and an editorial expansion when there is one (`Peter [Petrograd]`). */
  readonly span: Span;
  /** The registered name that matched (`Peter`). */
  readonly name: string;
  /** True when an editorial bracket after the name says which entry is meant. */
  readonly expanded: boolean;
}

/** A name that reads like one of the kind's entries but that no register knows (`Com. Xyz`). */
export interface UnknownName {
  readonly span: Span;
  readonly name: string;
}

/** What a kind's recogniser finds in one text: its mentions in text order and the unknown names. */
export interface Recognition {
  readonly mentions: readonly EntryMention[];
  readonly unknown: readonly UnknownName[];
}

/** Finds the names of one kind in a text; built once per version of the kind's registers. */
export interface NameRecogniser {
  /** Every name recognised, with its entry id (for completion, known words and name clashes). */
  readonly names: ReadonlyMap<string, string>;
  /** The mentions in `text` (offsets into it); `tokens` are the text's tokens. Never throws. */
  recognize(text: string, tokens: readonly Token[]): Recognition;
}

/**
 * One kind of register (persons, places, organisations, terms). Adding a kind is one of these
 * and one line in `REGISTER_KINDS`: its files are then loaded, validated, matched in the letters,
 * hovered, listed and exported with no other change.
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
  /**
   * Whether the kind's names come first: another kind takes one of them only when an editorial
   * bracket names its entry (`Peter [Petrograd]` when a person is called Peter).
   */
  readonly claimsFirst?: boolean;
  /** Reads one entry of the array; undefined when it lacks a usable id or name. */
  entry(uri: string, node: Node): E | undefined;
  /** The Markdown describing an entry as mentioned in a letter (hover). */
  describe(entry: E, context: MentionContext): string;
  /**
   * The recogniser of the kind's names, when it is not the plain longest-name matcher over the
   * claimed names (persons: titles, initials, forenames, surnames).
   */
  recogniser?(
    entries: readonly E[],
    claimed: ReadonlyMap<string, string>,
    contested: ReadonlySet<string>,
  ): NameRecogniser;
  /** The schema's patterns in words, by the key that failed (ajv's wording otherwise). */
  describePattern?(key: string | number | undefined): string | undefined;
  /**
   * The code of the names the recogniser finds but no entry knows (`person.unknown`); such names
   * are not reported when undefined.
   */
  readonly unknownCode?: DiagnosticCode;
  /** The JSON members of a stub entry for an unknown name, besides `id` and `name`. */
  stubMembers?(name: string): Record<string, string>;
  /** An inlay hint after a mention, when the mention alone does not say who is meant. */
  hint?(mention: EntryMention, entry: E): { readonly label: string; readonly tooltip: string } | undefined;
  /** What an entry is, in plain text, after its name (a tooltip of the preview and the site); none by default. */
  summary?(entry: E): string | undefined;
}
