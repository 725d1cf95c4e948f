/**
 * The custom LSP requests and notification of Letters Edition, shared by the server (which
 * answers them in server/src/features/letters.ts) and the VS Code client (which only displays
 * what they return). Types only and constants: no logic lives here. Client and server send and
 * answer them through the typed message types of `requests.ts`, built from these names.
 */
import type { Range } from 'vscode-languageserver-protocol';
import type { FileExportFormat } from './exportFormats';

/**
 * The custom requests behind the editor's where-am-I and moving features (status bar, Go to
 * Letter, Go to Note, next/previous letter, the Letters view, Insert New Letter). The client
 * only displays what these return; every rule about letters stays in the server.
 */
export const LettersRequests = {
  /** No parameters → {@link LetterListing}[]: the letters of the workspace in order. */
  letters: 'letters/letters',
  /** `TextDocumentPositionParams` → {@link LetterAt} | null. */
  letterAt: 'letters/letterAt',
  /** `TextDocumentPositionParams & { direction: 'next' | 'previous' }` → {@link LetterSummary} | null. */
  adjacentLetter: 'letters/adjacentLetter',
  /** `TextDocumentPositionParams` → {@link NewLetter}. */
  newLetter: 'letters/newLetter',
  /** `{ text: string }` → `EditionEvidence` (see analysis/editionDetection). */
  detectEdition: 'letters/detectEdition',
  /** {@link PreviewParams} → {@link LetterPreview} | null: the preview's HTML of an open document. */
  preview: 'letters/preview',
  /** {@link ExportEditionParams} → {@link ExportedEdition}: the workspace's edition as one file (the client writes it). */
  exportEdition: 'letters/exportEdition',
  /** No parameters → {@link SiteFile}[]: the edition as a static website, for the client to write. */
  site: 'letters/site',
  /** No parameters → {@link RegistersListing}: every register entry with the letters that mention it (the Registers view). */
  registers: 'letters/registers',
  /** {@link IndexOfNamesParams} → `string`: the index of names of the workspace (Build Index of Names). */
  indexOfNames: 'letters/indexOfNames',
} as const;

/**
 * Sent by the server when letters or their problem counts may have changed; `{ count }` letters in
 * all. Only to a client that asked for it with {@link LettersInitializationOptions}.
 */
export const LETTERS_CHANGED_NOTIFICATION = 'letters/didChangeLetters';

/** The `initializationOptions` a client may send in `initialize`; every field is optional. */
export interface LettersInitializationOptions {
  /** Send {@link LETTERS_CHANGED_NOTIFICATION} (the VS Code client's Letters view listens to it). */
  readonly lettersChangedNotification?: boolean;
}

/** One letter as the editor lists it. */
export interface LetterSummary {
  readonly uri: string;
  readonly number: number;
  /** The editorial date as written between the brackets, if the letter has one. */
  readonly date: string | undefined;
  /** `Letter 21 · 25 June 1926`, or `Letter 21` without a date. */
  readonly label: string;
  /** The heading in the edition's heading word: `Letter 21`, `Brief 21` (`letters.headingWord`). */
  readonly heading: string;
  /** The whole letter. */
  readonly range: Range;
  /** The `Letter N` heading: where moving to the letter puts the cursor. */
  readonly selectionRange: Range;
  /** Diagnostics of the letter the Problems panel lists (errors, warnings, information; hints are not listed there). */
  readonly problems: number;
}

/** A letter as Go to Letter and the Letters view list it: with the persons its text names. */
export interface LetterListing extends LetterSummary {
  /**
   * The registered persons the letter's text names (notes excluded), by surname, with the form
   * written when it differs (`Zinoviev (Grisha)`), in order of first mention; empty without a register.
   */
  readonly persons: readonly string[];
}

/** A note as Go to Note lists it. */
export interface NoteSummary {
  readonly number: number;
  /** The first words of the note. */
  readonly summary: string;
  readonly range: Range;
  /** The note number: where moving to the note puts the cursor. */
  readonly selectionRange: Range;
}

/** The letter at a position, with its notes. */
export interface LetterAt {
  readonly letter: LetterSummary;
  readonly notes: readonly NoteSummary[];
}

/** A new letter to insert: where, and the snippet (LSP snippet syntax) to insert there. */
export interface NewLetter {
  readonly position: Range['start'];
  readonly snippet: string;
}

/** The parameters of {@link LETTERS_CHANGED_NOTIFICATION}: how many letters the workspace has. */
export interface LettersChanged {
  readonly count: number;
}

/** The answer to `letters/detectEdition`: whether a plain text file looks like an edition. */
export interface EditionEvidence {
  /** Letters whose `Letter N` heading stands on its own line and is followed by a bracketed date. */
  readonly datedLetters: number;
  /** True when the text reads like an edition of letters. */
  readonly isEdition: boolean;
}

/** The parameters of `letters/preview`. */
export interface PreviewParams {
  readonly textDocument: { readonly uri: string };
  /** Also return what the checks report (the preview's proof marks). */
  readonly proof?: boolean;
}

/** A problem of the checks as the preview's proof mode marks it: on its source line. */
export interface ProofMark {
  /** 0-based line of the problem's start. */
  readonly line: number;
  readonly code: string;
  readonly message: string;
}

/** The answer to `letters/preview`: the rendered body (escaped HTML, no scripts) of one document version. */
export interface LetterPreview {
  readonly uri: string;
  readonly version: number;
  /** The letters as HTML; every block carries its 0-based source line as `data-line`. */
  readonly html: string;
  /** Empty unless the request asked for proof marks. */
  readonly proof: readonly ProofMark[];
}

/** The parameters of `letters/exportEdition`. */
export interface ExportEditionParams {
  /** A format of `EXPORT_FORMATS` whose output is one file. */
  readonly format: FileExportFormat;
  /** TEI: write text damage with one correction as `choice`/`sic`/`corr`. */
  readonly corrections?: boolean;
}

/**
 * The answer to `letters/exportEdition`: the file's suggested name and content, or why nothing
 * was exported (`missing`: the `edition.json` fields the format needs, each as the message names it).
 */
export type ExportedEdition =
  | { readonly fileName: string; readonly content: string }
  | { readonly error: string; readonly missing: readonly string[] };
/** A file of the edition's static website (`letters/site`): its path relative to the site's folder. */
export interface SiteFile {
  readonly path: string;
  readonly content: string;
}

/** The letters of one document that name a register entry: where the Registers view sends the user. */
export interface RegisterMentions {
  readonly uri: string;
  /** The letter's number; undefined for text before the first heading. */
  readonly number: number | undefined;
  /** `Letter 21 · 25 June 1926`, or the file's name for text before the first heading. */
  readonly label: string;
  /** The letter's first mention: where the view opens it (references list them all). */
  readonly range: Range;
  /** How often the letter mentions the entry. */
  readonly count: number;
}

/** One entry of a register with the letters that mention it (none when it is never mentioned). */
export interface RegisterEntryListing {
  readonly id: string;
  /** The preferred name. */
  readonly name: string;
  /** The register file, the entry object in it and its `name` value. */
  readonly uri: string;
  readonly range: Range;
  readonly selectionRange: Range;
  readonly letters: readonly RegisterMentions[];
}

/** The entries of one register kind, sorted by preferred name. */
export interface RegisterKindListing {
  /** `persons`, `places`, `organisations` or `terms`. */
  readonly kind: string;
  /** `Persons`, `Places`, … */
  readonly label: string;
  readonly entries: readonly RegisterEntryListing[];
}

/** A name the letters use that no register knows (what `person.unknown` and `organisation.unknown` report). */
export interface UnregisteredNameListing {
  readonly name: string;
  /** The kind of register it would go in. */
  readonly kind: string;
  readonly letters: readonly RegisterMentions[];
}

/** The answer to `letters/registers`. */
export interface RegistersListing {
  readonly kinds: readonly RegisterKindListing[];
  readonly unregistered: readonly UnregisteredNameListing[];
}

/** The parameters of `letters/indexOfNames`. */
export interface IndexOfNamesParams {
  readonly format: 'markdown' | 'csv';
}
