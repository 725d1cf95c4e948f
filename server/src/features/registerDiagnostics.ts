import type { Diagnostic } from 'vscode-languageserver-types';
import type { Problem } from '../analysis/problems';
import type { PersonIndex } from '../analysis/persons/personIndex';
import { convertProblems } from './diagnostics';
import { lineRange } from './ranges';
import type { LettersSettings } from '../analysis/settings';
import type { WorkspaceRegisters } from '../topics/registers/workspaceRegisters';

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

/**
 * The diagnostics of a place, organisation or term register: the same `register.*` problems as
 * a person register's, across the registers of its kind.
 */
export function kindRegisterDiagnostics(
  uri: string,
  registers: WorkspaceRegisters,
  settings: LettersSettings,
): Diagnostic[] {
  const index = registers.kindOf(uri);
  const lineIndex = index && registers.lineIndexOf(index, uri);
  if (!index || !lineIndex) return [];
  return convertProblems(
    index.problemsOf(uri),
    settings,
    (span) => lineRange(lineIndex, span),
    (placeUri, span) => {
      const target = registers.lineIndexOf(index, placeUri ?? uri);
      return target ? { uri: placeUri ?? uri, range: lineRange(target, span) } : undefined;
    },
  );
}
