import { letterProblems, type LetterCheck } from '../analysis/letterProblems';
import type { DocumentModel } from '../analysis/model';
import type { Problem } from '../analysis/problems';
import { DEFAULT_SETTINGS, type LettersSettings } from '../analysis/settings';
import type { Edition } from '../analysis/edition';
import { TOPICS } from '.';

/** The letter checks of every topic, as one list: the per-letter cache is keyed by this list. */
const LETTER_CHECKS: readonly LetterCheck[] = TOPICS.flatMap((topic) =>
  topic.checkLetter ? [topic.checkLetter] : [],
);

/**
 * Does the costly part of {@link documentProblems} ahead, until `deadline` (a `performance.now()`
 * time); true when it is done (see `prepare` in `topic.ts`).
 */
export function prepareProblems(
  model: DocumentModel,
  workspace: Edition,
  settings: LettersSettings,
  deadline: number,
): boolean {
  const context = { model, workspace, settings };
  return TOPICS.every((topic) => topic.prepare?.(context, deadline) ?? true);
}

/**
 * All problems of a document, in text order: each topic's checks of a letter on its own (kept
 * beside each letter's analysis, so an edit re-checks only the letters it read again) and its
 * checks across letters and files (those that read other files once the edition's files are read).
 */
export function documentProblems(
  model: DocumentModel,
  workspace: Edition,
  settings: LettersSettings = DEFAULT_SETTINGS,
): Problem[] {
  const context = { model, workspace, settings };
  return letterProblems(model, LETTER_CHECKS)
    .concat(
      TOPICS.flatMap((topic) =>
        topic.checksOtherFiles && !workspace.filesRead ? [] : (topic.checkDocument?.(context) ?? []),
      ),
    )
    .sort((a, b) => a.span.start - b.span.start);
}
