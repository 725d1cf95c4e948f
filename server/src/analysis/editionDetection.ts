import type { EditionEvidence } from '../../../protocol/letters';
import { parseDocument } from '../syntax/parseDocument';
import { DEFAULT_WORDS, type EditionWords } from '../syntax/vocabulary';

/** Fewest dated letters that make a text an edition: one could be a quotation, two are a pattern. */
const MIN_DATED_LETTERS = 2;

/** A bracketed editorial date names a year or a month; `[sic]` or `[illegible]` do not. */
const DATE_WORDS =
  /\b(?:1[0-9]{3}|20[0-9]{2}|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

/**
 * Decides whether a plain text (a `.txt` file, say) is an edition of letters: at least two
 * `Letter N` headings, each on its own line and followed by a bracketed editorial date such as
 * `[24 May 1926]`, the heading word the edition's (`words`). Pure; the client asks the server, so
 * the rule lives with the parser.
 */
export function detectEdition(text: string, words: EditionWords = DEFAULT_WORDS): EditionEvidence {
  const datedLetters = parseDocument(text, words).letters.filter(
    (letter) =>
      !letter.headingGlued &&
      letter.editorialDate !== undefined &&
      letter.editorialDate.closed &&
      DATE_WORDS.test(letter.editorialDate.text),
  ).length;
  return { datedLetters, isEdition: datedLetters >= MIN_DATED_LETTERS };
}
