import { crossReferenceProblems } from './crossReferenceChecks';
import { letterSequenceProblems } from './letterSequence';
import type { DocumentModel } from './model';
import { noteProblems } from './noteChecks';
import { personProblems } from './persons/personChecks';
import type { Problem } from './problems';
import type { WorkspaceIndex } from './workspace';

/** A check: finds one family of problems in a document, with the workspace for cross-file facts. */
export type Check = (model: DocumentModel, workspace: WorkspaceIndex) => Problem[];

/** Every check, one per family of problems; a new family adds its module here. */
const CHECKS: readonly Check[] = [
  noteProblems,
  letterSequenceProblems,
  crossReferenceProblems,
  personProblems,
];

/** All problems of a document, in text order. */
export function documentProblems(model: DocumentModel, workspace: WorkspaceIndex): Problem[] {
  return CHECKS.flatMap((check) => check(model, workspace)).sort((a, b) => a.span.start - b.span.start);
}
