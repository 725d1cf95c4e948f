import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { DocumentModel } from '../analysis/model';
import type { Fix, Problem } from '../analysis/problems';
import { renumberNotes } from '../topics/notes/renumber';
import type { Edition } from '../analysis/edition';
import type { LineIndex } from '../syntax/lineIndex';
import type { Span } from '../syntax/span';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { lineRange, toRange } from './ranges';

/**
 * Quick fixes for the problems that overlap `range` (each fix one workspace edit, so one undo),
 * plus a refactoring to renumber the notes of the letter at the cursor.
 */
export function codeActions(
  model: DocumentModel,
  problems: readonly Problem[],
  range: Span,
  contextDiagnostics: readonly Diagnostic[],
  workspace?: Edition,
): CodeAction[] {
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  for (const problem of problems) {
    if (problem.span.end < range.start || problem.span.start > range.end) continue;
    const diagnostic = contextDiagnostics.find(
      (candidate) =>
        candidate.source === DIAGNOSTIC_SOURCE &&
        candidate.code === problem.code &&
        sameRange(candidate, toRange(model, problem.span)),
    );
    for (const fix of problem.fixes) {
      const key = fix.title;
      if (seen.has(key)) continue;
      seen.add(key);
      const action =
        fix.uri === undefined
          ? toAction(model, fix, CodeActionKind.QuickFix)
          : otherFileAction(fix, workspace);
      if (!action) continue;
      actions.push({
        ...action,
        ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
      });
    }
  }
  const letter = model.letterAt(range.start);
  if (letter) {
    const renumber = renumberNotes(model.text, letter);
    if (renumber && !seen.has(renumber.title))
      actions.push(toAction(model, renumber, CodeActionKind.RefactorRewrite));
  }
  return actions;
}

/** Converts a fix into a code action with a workspace edit on this document. */
export function toAction(model: DocumentModel, fix: Fix, kind: string): CodeAction {
  return {
    title: fix.title,
    kind,
    isPreferred: fix.preferred === true,
    edit: { changes: { [model.uri]: toTextEdits(model, fix) } },
  };
}

/**
 * A quick fix that edits another file (a stub entry in a person register), converted through that
 * file's own line index; undefined when the file is no longer known.
 */
function otherFileAction(fix: Fix, workspace: Edition | undefined): CodeAction | undefined {
  const uri = fix.uri as string;
  const lineIndex: LineIndex | undefined =
    workspace?.registers.registerLines(uri) ??
    workspace?.get(uri)?.lineIndex ??
    (workspace && workspace.wordLists.file(uri)?.lineIndex);
  if (!lineIndex) return undefined;
  const edits = fix.replacements.map((replacement) => ({
    range: lineRange(lineIndex, replacement.span),
    newText: replacement.newText,
  }));
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    isPreferred: fix.preferred === true,
    edit: { changes: { [uri]: edits } },
  };
}

/** The text edits of a fix. */
export function toTextEdits(model: DocumentModel, fix: Fix): TextEdit[] {
  return fix.replacements.map((replacement) => ({
    range: toRange(model, replacement.span),
    newText: replacement.newText,
  }));
}

function sameRange(diagnostic: Diagnostic, range: ReturnType<typeof toRange>): boolean {
  return (
    diagnostic.range.start.line === range.start.line &&
    diagnostic.range.start.character === range.start.character &&
    diagnostic.range.end.line === range.end.line &&
    diagnostic.range.end.character === range.end.character
  );
}
