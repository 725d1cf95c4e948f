import type { Diagnostic } from 'vscode-languageserver-types';
import type { Problem } from '../analysis/problems';
import type { PersonIndex } from '../analysis/registers/personIndex';
import { convertProblems } from './diagnostics';
import { lineRange } from './ranges';
import type { LettersSettings } from '../analysis/settings';
import type { WorkspaceRegisters } from '../analysis/registers/workspaceRegisters';

/**
 * The diagnostics of a person register (`register.*`): invalid JSON, schema violations, duplicate
 * ids and names claimed twice, names another kind's register claims, placed on the register file itself.
 */
export function registerDiagnostics(
  uri: string,
  persons: PersonIndex,
  settings: LettersSettings,
  registers?: WorkspaceRegisters,
): Diagnostic[] {
  const file = persons.file(uri);
  if (!file) return [];
  return convertProblems(
    withKindConflicts(persons.problemsOf(uri), uri, registers),
    settings,
    (span) => lineRange(file.lineIndex, span),
    (placeUri, span) => {
      const target = registers?.registerLines(placeUri ?? uri) ?? persons.file(placeUri ?? uri)?.lineIndex;
      return target ? { uri: placeUri ?? uri, range: lineRange(target, span) } : undefined;
    },
  );
}

/** A register's own problems with its `register.kindConflict`s, in text order. */
function withKindConflicts(
  problems: readonly Problem[],
  uri: string,
  registers: WorkspaceRegisters | undefined,
): Problem[] {
  const conflicts = registers?.kindConflictsOf(uri) ?? [];
  return [...problems, ...conflicts].sort((a, b) => a.span.start - b.span.start);
}

/**
 * The diagnostics of a place, organisation or term register: the same `register.*` problems as
 * a person register's, across the registers of its kind, and the names another kind claims.
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
    withKindConflicts(index.problemsOf(uri), uri, registers),
    settings,
    (span) => lineRange(lineIndex, span),
    (placeUri, span) => {
      const target = registers.registerLines(placeUri ?? uri);
      return target ? { uri: placeUri ?? uri, range: lineRange(target, span) } : undefined;
    },
  );
}
