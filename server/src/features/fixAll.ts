import { CodeActionKind, type CodeAction } from 'vscode-languageserver-types';
import { effectiveSeverity } from '../analysis/codes';
import type { DocumentModel } from '../analysis/model';
import type { Fix, Problem, TextReplacement } from '../analysis/problems';
import type { LettersSettings } from '../analysis/settings';
import { toTextEdits } from './codeActions';

/** The kind of the fix-all source action, for `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.letters`;

/** Whether an action of `kind` answers a request for the kinds `only` (every kind when undefined). */
export function kindRequested(kind: string, only: readonly string[] | undefined): boolean {
  return only === undefined || only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
}

/**
 * The fixes that are safe to apply without looking: text damage only (the other checks' fixes
 * renumber notes or rewrite dates, which an editor should see first), shown at some severity, the
 * fix the rule marked preferred (it marks one only when the reading is certain: one split into two
 * common words, a hyphen the edition writes elsewhere, a shape whose joint is unambiguous), in
 * this document, and not touching a place another fix already changes.
 */
export function safeFixes(problems: readonly Problem[], settings: LettersSettings): Fix[] {
  const chosen: Fix[] = [];
  const taken: TextReplacement[] = [];
  const overlaps = (a: TextReplacement, b: TextReplacement) =>
    a.span.start <= b.span.end && b.span.start <= a.span.end;
  for (const problem of problems) {
    if (!problem.code.startsWith('text.') || effectiveSeverity(problem, settings.diagnostics) === 'off')
      continue;
    const preferred = problem.fixes.filter((fix) => fix.preferred === true && fix.uri === undefined);
    const fix = preferred.length === 1 ? preferred[0] : undefined;
    if (!fix || fix.replacements.some((one) => taken.some((other) => overlaps(one, other)))) continue;
    chosen.push(fix);
    taken.push(...fix.replacements);
  }
  return chosen;
}

/** One action that applies every safe fix of the document in one edit (so one undo); none if there is none. */
export function fixAllAction(
  model: DocumentModel,
  problems: readonly Problem[],
  settings: LettersSettings,
): CodeAction | undefined {
  const fixes = safeFixes(problems, settings);
  if (fixes.length === 0) return undefined;
  return {
    title: `Fix ${fixes.length} certain text damage${fixes.length === 1 ? '' : 's'}`,
    kind: FIX_ALL_KIND,
    edit: { changes: { [model.uri]: fixes.flatMap((fix) => toTextEdits(model, fix)) } },
  };
}
