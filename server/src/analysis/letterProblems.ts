import { letterOrigin } from '../syntax/shift';
import type { LetterSyntax } from '../syntax/tree';
import type { DocumentModel } from './model';
import type { Problem } from './problems';

/**
 * A check of one letter on its own: its problems depend only on the letter's text (and the
 * document's line break, which fixes reuse), so they are computed once per parsed letter and
 * reused, moved, while edits elsewhere shift the letter.
 */
export type LetterCheck = (model: DocumentModel, letter: LetterSyntax) => Problem[];

interface CacheEntry {
  readonly crlf: boolean;
  /** The problems in the coordinates of the parsed letter (see {@link letterOrigin}). */
  readonly problems: readonly Problem[];
}

/** Per parsed letter, per list of checks: a letter dropped by the model frees its entry. */
const cache = new WeakMap<LetterSyntax, Map<readonly LetterCheck[], CacheEntry>>();

/** The problems `checks` find in `letter`, computed only when this parsed letter has not been checked yet. */
export function cachedLetterProblems(
  model: DocumentModel,
  letter: LetterSyntax,
  checks: readonly LetterCheck[],
  crlf: boolean,
): readonly Problem[] {
  const origin = letterOrigin(letter);
  let entries = cache.get(origin.letter);
  if (!entries) cache.set(origin.letter, (entries = new Map()));
  let entry = entries.get(checks);
  if (!entry || entry.crlf !== crlf) {
    const found = checks.flatMap((check) => check(model, letter));
    entry = {
      crlf,
      problems: origin.delta === 0 ? found : found.map((one) => shiftProblem(one, -origin.delta)),
    };
    entries.set(checks, entry);
  }
  return origin.delta === 0 ? entry.problems : entry.problems.map((one) => shiftProblem(one, origin.delta));
}

/** Whether fixes should use CRLF: the rule the note fixes follow (the first 10,000 characters). */
export function usesCrlf(text: string): boolean {
  return /\r\n/.test(text.slice(0, 10_000));
}

/** Moves a problem's places in its own document by `delta` (places in other documents stay). */
export function shiftProblem(problem: Problem, delta: number): Problem {
  const move = (span: { start: number; end: number }) => ({
    start: span.start + delta,
    end: span.end + delta,
  });
  return {
    ...problem,
    span: move(problem.span),
    related: problem.related.map((place) =>
      place.uri === undefined ? { ...place, span: move(place.span) } : place,
    ),
    fixes: problem.fixes.map((fix) => ({
      ...fix,
      replacements: fix.replacements.map((replacement) => ({ ...replacement, span: move(replacement.span) })),
    })),
  };
}
