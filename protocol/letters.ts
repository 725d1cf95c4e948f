/**
 * The custom LSP requests and notification of Letters Edition, shared by the server (which
 * answers them in server/src/features/letters.ts) and the VS Code client (which only displays
 * what they return). Types only and constants: no logic lives here. Client and server send and
 * answer them through the typed message types of `requests.ts`, built from these names.
 */
import type { Range } from 'vscode-languageserver-protocol';

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
  /** No parameters → {@link SiteFile}[]: the edition as a static website, for the client to write. */
  site: 'letters/site',
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

/** A file of the edition's static website (`letters/site`): its path relative to the site's folder. */
export interface SiteFile {
  readonly path: string;
  readonly content: string;
}
