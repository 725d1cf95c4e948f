import type { Diagnostic } from 'vscode-languageserver-types';
import type { LettersSettings } from '../analysis/settings';
import type { WordListFile } from '../analysis/wordLists';
import { convertProblems } from './diagnostics';
import { lineRange } from './ranges';

/** The diagnostics of an edition word list (`words.entry`), placed on the list itself. */
export function wordListDiagnostics(file: WordListFile, settings: LettersSettings): Diagnostic[] {
  return convertProblems(
    [...file.problems],
    settings,
    (span) => lineRange(file.lineIndex, span),
    () => undefined,
  );
}
