import type { Diagnostic } from 'vscode-languageserver';
import type { Problem } from '../analysis/problems';
import type { PersonIndex } from '../analysis/persons/personIndex';
import { convertProblems } from './diagnostics';
import { lineRange } from './ranges';
import type { LettersSettings } from '../analysis/settings';

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
  return convertProblems(
    persons.problemsOf(uri) as Problem[],
    settings,
    (span) => lineRange(file.lineIndex, span),
    (placeUri, span) => {
      const target = persons.file(placeUri ?? uri);
      return target ? { uri: target.uri, range: lineRange(target.lineIndex, span) } : undefined;
    },
  );
}
