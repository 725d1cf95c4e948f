import type { Diagnostic } from 'vscode-languageserver-types';
import type { Edition } from '../analysis/edition';
import type { LettersSettings } from '../analysis/settings';
import { convertProblems } from './diagnostics';
import { lineRange } from './ranges';

/**
 * The diagnostics of a side file of any kind, placed on the file itself: a register's
 * (`register.*`: invalid JSON, schema violations, duplicate ids and names claimed twice across the
 * registers of its kind, names another kind's register claims), a word list's (`words.entry`),
 * `edition.json`'s (`edition.*`).
 */
export function sideFileDiagnostics(uri: string, edition: Edition, settings: LettersSettings): Diagnostic[] {
  const lineIndex = edition.lineIndexOf(uri);
  if (!lineIndex) return [];
  return convertProblems(
    [...edition.problemsOf(uri)],
    settings,
    (span) => lineRange(lineIndex, span),
    (placeUri, span) => {
      const target = edition.lineIndexOf(placeUri ?? uri);
      return target ? { uri: placeUri ?? uri, range: lineRange(target, span) } : undefined;
    },
  );
}
