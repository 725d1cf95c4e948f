import type { Diagnostic } from 'vscode-languageserver-types';
import type { LettersSettings } from '../analysis/settings';
import { LineIndex } from '../syntax/lineIndex';
import type { EditionFile } from '../analysis/editionFile';
import { convertProblems } from './diagnostics';
import { lineRange } from './ranges';

/**
 * The diagnostics of an `edition.json` on the file itself: invalid JSON (`edition.json`), schema
 * violations (`edition.schema`) and the fields the CMIF export needs (`edition.cmif`).
 */
export function editionDiagnostics(file: EditionFile, text: string, settings: LettersSettings): Diagnostic[] {
  const lines = new LineIndex(text);
  return convertProblems(
    file.problems,
    settings,
    (span) => lineRange(lines, span),
    (uri, span) => ({ uri: uri ?? file.uri, range: lineRange(lines, span) }),
  );
}
