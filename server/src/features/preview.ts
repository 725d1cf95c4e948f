import type { LetterPreview } from '../../../protocol/letters';
import type { DocumentModel } from '../analysis/model';
import { effectiveSeverity } from '../analysis/codes';
import type { LetterAnalysis } from '../analysis/letterTable';
import type { Problem } from '../analysis/problems';
import type { LettersSettings } from '../analysis/settings';
import type { Edition } from '../analysis/edition';
import { joinDocument } from '../render/document';
import { renderLetter } from '../render/letter';
import { annotationDependencies } from '../reading/annotations';
import { readLetter } from '../reading/letters';
import { toPosition } from './ranges';

/** A letter's HTML as last rendered, with the line of its heading then and what its annotations were read from. */
interface Rendered {
  readonly line: number;
  readonly dependencies: string;
  readonly html: string;
}

/**
 * Per letter analysis (one letter's text, shared by every version of the document that still has
 * it): its HTML as last rendered. The preview is asked again after every edit, and re-rendering
 * every letter of a large edition took longer than the edit's diagnostics; a letter the edit did
 * not touch is only given its new line numbers when lines were added or removed before it.
 */
const rendered = new WeakMap<LetterAnalysis, Rendered>();

/** The answer to `letters/preview`: the document rendered, with `problems` (those the user's settings do not turn off) as proof marks on their lines. */
export function preview(
  model: DocumentModel,
  workspace: Edition,
  problems: readonly Problem[],
  settings: LettersSettings,
): LetterPreview {
  const dependencies = annotationDependencies(workspace);
  const letters = model.letters.map((letter, index) => {
    const analysis = model.letterAnalyses[index]!;
    const line = model.lineIndex.positionAt(letter.heading.start).line;
    const found = rendered.get(analysis);
    if (found?.dependencies === dependencies && found.line === line) return found.html;
    const html =
      found?.dependencies === dependencies
        ? shiftLines(found.html, line - found.line)
        : renderLetter(model.text, readLetter(model, workspace, index));
    rendered.set(analysis, { line, dependencies, html });
    return html;
  });
  return {
    uri: model.uri,
    version: model.version,
    html: joinDocument(model.text, model.letters[0]?.span.start, letters),
    proof: problems
      .filter((problem) => effectiveSeverity(problem, settings.diagnostics) !== 'off')
      .map((problem) => ({
        line: toPosition(model, problem.span.start).line,
        code: problem.code,
        message: problem.message,
      })),
  };
}

/** A letter's HTML with every source line (`data-line`) moved by `delta`: the letter moved in the document. */
function shiftLines(html: string, delta: number): string {
  return html.replace(
    / data-line="(\d+)"/g,
    (_whole, line: string) => ` data-line="${Number(line) + delta}"`,
  );
}
