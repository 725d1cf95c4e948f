/**
 * The custom requests and notification of `letters.ts` as typed JSON-RPC message types: the client's
 * `sendRequest` and the server's `onRequest` take these, so parameters and answers are checked on
 * both sides. The method names stay in `LettersRequests` (one place for the wire names); these
 * are built from them. `vscode-languageserver-protocol` is what vscode-languageclient and
 * vscode-languageserver re-export, so both ends share one copy of the classes.
 */
import {
  NotificationType,
  RequestType,
  RequestType0,
  type TextDocumentPositionParams,
} from 'vscode-languageserver-protocol';
import {
  LETTERS_CHANGED_NOTIFICATION,
  LettersRequests,
  type EditionEvidence,
  type LetterAt,
  type LetterListing,
  type LetterPreview,
  type LetterSummary,
  type LettersChanged,
  type NewLetter,
  type PreviewParams,
  type SiteFile,
} from './letters';

/** The parameters of `letters/adjacentLetter`: the position and which way to move. */
export type AdjacentLetterParams = TextDocumentPositionParams & { readonly direction: 'next' | 'previous' };

/** The parameters of `letters/detectEdition`: the text of a plain text document. */
export interface DetectEditionParams {
  readonly text: string;
}

/** `letters/letters`: the letters of the workspace in order. */
export const LettersListRequest = new RequestType0<LetterListing[], void>(LettersRequests.letters);

/** `letters/letterAt`: the letter at a position, with its notes. */
export const LetterAtRequest = new RequestType<TextDocumentPositionParams, LetterAt | null, void>(
  LettersRequests.letterAt,
);

/** `letters/adjacentLetter`: the next or previous letter of the workspace. */
export const AdjacentLetterRequest = new RequestType<AdjacentLetterParams, LetterSummary | null, void>(
  LettersRequests.adjacentLetter,
);

/** `letters/newLetter`: where to insert a new letter after the one at a position, and its snippet. */
export const NewLetterRequest = new RequestType<TextDocumentPositionParams, NewLetter | null, void>(
  LettersRequests.newLetter,
);

/** `letters/detectEdition`: whether a plain text reads like an edition; null for a malformed request. */
export const DetectEditionRequest = new RequestType<DetectEditionParams, EditionEvidence | null, void>(
  LettersRequests.detectEdition,
);

/** `letters/preview`: the preview's HTML of an open document. */
export const PreviewRequest = new RequestType<PreviewParams, LetterPreview | null, void>(
  LettersRequests.preview,
);

/** `letters/site`: the edition as a static website, for the client to write. */
export const SiteRequest = new RequestType0<SiteFile[], void>(LettersRequests.site);

/** `letters/didChangeLetters`: letters or their problem counts may have changed. */
export const LettersChangedNotification = new NotificationType<LettersChanged>(LETTERS_CHANGED_NOTIFICATION);
