import type { LetterPreview } from '../../../protocol/letters';
import type { DocumentModel } from '../analysis/model';
import { effectiveSeverity } from '../analysis/codes';
import type { Problem } from '../analysis/problems';
import type { LettersSettings } from '../analysis/settings';
import type { Edition } from '../analysis/edition';
import { renderDocument } from '../render/document';
import { readLetters } from '../reading/letters';
import { toPosition } from './ranges';

/** The answer to `letters/preview`: the document rendered, with `problems` (those the user's settings do not turn off) as proof marks on their lines. */
export function preview(
  model: DocumentModel,
  workspace: Edition,
  problems: readonly Problem[],
  settings: LettersSettings,
): LetterPreview {
  return {
    uri: model.uri,
    version: model.version,
    html: renderDocument(model.text, readLetters(model, workspace)),
    proof: problems
      .filter((problem) => effectiveSeverity(problem, settings.diagnostics) !== 'off')
      .map((problem) => ({
        line: toPosition(model, problem.span.start).line,
        code: problem.code,
        message: problem.message,
      })),
  };
}
