import type { Diagnostic } from 'vscode-languageserver-types';
import { convertProblems } from './diagnostics';
import { lineRange } from './ranges';
import type { LettersSettings } from '../analysis/settings';
import type { WorkspaceRegisters } from '../analysis/registers/workspaceRegisters';

/**
 * The diagnostics of a register of any kind (`register.*`): invalid JSON, schema violations,
 * duplicate ids and names claimed twice across the registers of its kind, names another kind's
 * register claims, placed on the register file itself.
 */
export function registerDiagnostics(
  uri: string,
  registers: WorkspaceRegisters,
  settings: LettersSettings,
): Diagnostic[] {
  const lineIndex = registers.registerLines(uri);
  if (!lineIndex) return [];
  return convertProblems(
    registers.problemsOf(uri),
    settings,
    (span) => lineRange(lineIndex, span),
    (placeUri, span) => {
      const target = registers.registerLines(placeUri ?? uri);
      return target ? { uri: placeUri ?? uri, range: lineRange(target, span) } : undefined;
    },
  );
}
