/**
 * The real check on one corpus document, as `letters-check` runs it: the document in a workspace of
 * its own with its registers and word lists, the English dictionary loaded, the language service's
 * diagnostics at the default severities, as spans of the text.
 */
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { Edition } from '../../server/src/analysis/edition';
import { createLanguageService } from '../../server/src/service/languageService';
import { WORD_LIST_SUFFIX } from '../../server/src/analysis/wordLists';

/** A diagnostic as offsets of the checked text. */
export interface Finding {
  readonly code: string;
  readonly severity: DiagnosticSeverity;
  readonly start: number;
  readonly end: number;
  readonly message: string;
}

/** The diagnostics of `text` beside `companions` (registers and word lists: `[file name, text]`). */
export function checkText(text: string, companions: readonly (readonly [string, string])[] = []): Finding[] {
  const workspace = new Edition();
  for (const [name, companion] of companions) {
    const uri = `file:///corpus/${name}`;
    if (name.endsWith(WORD_LIST_SUFFIX)) workspace.wordLists.set(uri, companion);
    else workspace.registers.set(uri, companion);
  }
  const model = workspace.set('file:///corpus/corpus.letters', 1, text);
  const service = createLanguageService({ workspace });
  return service.diagnostics(model).map((diagnostic) => ({
    code: String(diagnostic.code),
    severity: diagnostic.severity ?? DiagnosticSeverity.Error,
    start: model.lineIndex.offsetAt(diagnostic.range.start),
    end: model.lineIndex.offsetAt(diagnostic.range.end),
    message: diagnostic.message,
  }));
}
