/**
 * The server's custom requests as the client sends them (server/src/features/letters.ts defines
 * them; the client may not import server code, so the shapes are repeated here). Ranges are LSP
 * ranges; the client converts them with the language client's converter.
 */
import type { Range } from 'vscode-languageclient/node';

export const Requests = {
  letters: 'letters/letters',
  letterAt: 'letters/letterAt',
  adjacentLetter: 'letters/adjacentLetter',
  newLetter: 'letters/newLetter',
  detectEdition: 'letters/detectEdition',
} as const;

/** Sent by the server when letters or their problem counts may have changed. */
export const LETTERS_CHANGED = 'letters/didChangeLetters';

/** The parameters of {@link LETTERS_CHANGED}: how many letters the workspace has. */
export interface LettersChanged {
  readonly count: number;
}

/** One letter of the workspace. */
export interface LetterSummary {
  readonly uri: string;
  readonly number: number;
  readonly date: string | undefined;
  /** `Letter 21 · 25 June 1926`. */
  readonly label: string;
  readonly range: Range;
  readonly selectionRange: Range;
  /** Diagnostics listed in the Problems panel for this letter. */
  readonly problems: number;
}

/** A letter as `letters/letters` lists it: with the persons its text names. */
export interface LetterListing extends LetterSummary {
  /** Surnames, with the form written when it differs: `Zinoviev (Grisha)`. */
  readonly persons: readonly string[];
}

/** One note of a letter. */
export interface NoteSummary {
  readonly number: number;
  readonly summary: string;
  readonly range: Range;
  readonly selectionRange: Range;
}

/** The answer to `letters/letterAt`. */
export interface LetterAt {
  readonly letter: LetterSummary;
  readonly notes: readonly NoteSummary[];
}

/** The answer to `letters/newLetter`: a snippet and where it goes. */
export interface NewLetter {
  readonly position: Range['start'];
  readonly snippet: string;
}

/** The answer to `letters/detectEdition`. */
export interface EditionEvidence {
  readonly datedLetters: number;
  readonly isEdition: boolean;
}
