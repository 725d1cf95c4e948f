import type { Diagnostic } from 'vscode-languageserver';
import type { Problem } from '../analysis/problems';
import type { PersonIndex } from '../analysis/persons/personIndex';
import { DIAGNOSTIC_SOURCE, effectiveSeverity, LSP_SEVERITY } from './diagnostics';
import { registerRange } from './personNavigation';
import type { LettersSettings } from './settings';

/**
 * The diagnostics of a person register (`register.*`): invalid JSON, schema violations, duplicate
 * ids and names claimed twice, placed on the register file itself.
 */
export function registerDiagnostics(
  uri: string,
  persons: PersonIndex,
  settings: LettersSettings,
): Diagnostic[] {
  const file = persons.file(uri);
  if (!file) return [];
  const diagnostics: Diagnostic[] = [];
  for (const problem of persons.problemsOf(uri) as Problem[]) {
    const severity = effectiveSeverity(problem, settings);
    if (severity === 'off') continue;
    const relatedInformation = problem.related.flatMap((place) => {
      const target = persons.file(place.uri ?? uri);
      return target
        ? [
            {
              location: { uri: target.uri, range: registerRange(target.lineIndex, place.span) },
              message: place.message,
            },
          ]
        : [];
    });
    diagnostics.push({
      range: registerRange(file.lineIndex, problem.span),
      severity: LSP_SEVERITY[severity],
      code: problem.code,
      source: DIAGNOSTIC_SOURCE,
      message: problem.message,
      ...(relatedInformation.length > 0 ? { relatedInformation } : {}),
    });
  }
  return diagnostics;
}
