import { crossReferenceProblems } from './crossReferenceChecks';
import { chronologyProblems, letterDateProblems } from './dateChecks';
import { letterSequenceProblems } from './letterSequence';
import type { DocumentModel } from './model';
import { cachedLetterProblems, usesCrlf, type LetterCheck } from './letterProblems';
import { letterNoteProblems } from './noteChecks';
import { personProblems } from './persons/personChecks';
import type { Problem } from './problems';
import type { WorkspaceIndex } from './workspace';
import { letterTextDamageProblems } from '../topics/textDamage/textDamageCheck';

/** A check: finds one family of problems in a document, with the workspace for cross-file facts. */
export type Check = (model: DocumentModel, workspace: WorkspaceIndex) => Problem[];

/** Every check that needs more than one letter, one per family of problems; a new family adds its module here. */
const CHECKS: readonly Check[] = [
  letterSequenceProblems,
  crossReferenceProblems,
  personProblems,
  chronologyProblems,
];

/**
 * Every check of one letter on its own. Their problems are cached per letter, so an edit re-checks
 * only the letters it re-parsed; a family whose problems depend on one letter only belongs here.
 */
const LETTER_CHECKS: readonly LetterCheck[] = [
  letterNoteProblems,
  letterDateProblems,
  letterTextDamageProblems,
];

/** All problems of a document, in text order. */
export function documentProblems(model: DocumentModel, workspace: WorkspaceIndex): Problem[] {
  const crlf = usesCrlf(model.text);
  return model.letters
    .flatMap((letter) => cachedLetterProblems(model, letter, LETTER_CHECKS, crlf))
    .concat(CHECKS.flatMap((check) => check(model, workspace)))
    .sort((a, b) => a.span.start - b.span.start);
}
