import { DiagnosticSeverity, type Diagnostic, type Location, type Range } from 'vscode-languageserver-types';
import { effectiveSeverity } from '../analysis/codes';
import type { DocumentModel } from '../analysis/model';
import type { Problem } from '../analysis/problems';
import type { Severity } from '../analysis/codes';
import type { Edition } from '../analysis/edition';
import type { Span } from '../syntax/span';
import { toRange } from './ranges';
import type { LettersSettings } from '../analysis/settings';

/** The `source` of every diagnostic this server publishes. */
export const DIAGNOSTIC_SOURCE = 'letters';

/** LSP severities of the problem severities (`off` is never sent). */
const LSP_SEVERITY: Record<Exclude<Severity, 'off'>, DiagnosticSeverity> = {
  hint: DiagnosticSeverity.Hint,
  information: DiagnosticSeverity.Information,
  warning: DiagnosticSeverity.Warning,
  error: DiagnosticSeverity.Error,
};

/**
 * Converts problems to LSP diagnostics: severities from the settings (`off` drops the problem),
 * related places resolved in their own documents through the workspace index.
 */
export function toDiagnostics(
  model: DocumentModel,
  problems: readonly Problem[],
  settings: LettersSettings,
  workspace?: Edition,
): Diagnostic[] {
  return convertProblems(
    problems,
    settings,
    (span) => toRange(model, span),
    (uri, span) => {
      const target = uri === undefined || uri === model.uri ? model : workspace?.get(uri);
      return target ? { uri: target.uri, range: toRange(target, span) } : undefined;
    },
  );
}

/**
 * The conversion shared by every kind of document: `rangeOf` places a span of the document the
 * problems are in, `locate` a related place (undefined `uri`: the same document) or gives
 * undefined for a place no longer known.
 */
export function convertProblems(
  problems: readonly Problem[],
  settings: LettersSettings,
  rangeOf: (span: Span) => Range,
  locate: (uri: string | undefined, span: Span) => Location | undefined,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const problem of problems) {
    const severity = effectiveSeverity(problem, settings.diagnostics);
    if (severity === 'off') continue;
    const relatedInformation = problem.related.flatMap((place) => {
      const location = locate(place.uri, place.span);
      return location ? [{ location, message: place.message }] : [];
    });
    diagnostics.push({
      range: rangeOf(problem.span),
      severity: LSP_SEVERITY[severity],
      code: problem.code,
      source: DIAGNOSTIC_SOURCE,
      message: problem.message,
      ...(relatedInformation.length > 0 ? { relatedInformation } : {}),
    });
  }
  return diagnostics;
}
