import { escapeMarkdown } from '../../analysis/markdown';
import type { DocumentModel } from '../../analysis/model';
import { type Edition, fileName } from '../../analysis/edition';
import type { Span } from '../../syntax/span';
import { notesAt } from './navigation';

/** Lines of a note shown in a hover before it is cut. */
const PREVIEW_LINES = 8;
const PREVIEW_CHARACTERS = 1200;

/** Markdown for a hover on a marker, note number or cross-reference: the note's first lines and where it is. */
export function noteHover(
  model: DocumentModel,
  offset: number,
  workspace: Edition,
): { markdown: string; span: Span } | undefined {
  const found = notesAt(model, offset, workspace);
  if (!found) return undefined;
  const letterName = `letter ${found.letter.number}`;
  const where = found.model === model ? '' : ` (${fileName(found.model.uri)})`;
  if (found.notes.length === 0) {
    const element = model.elementAt(offset);
    const number =
      element?.kind === 'marker'
        ? element.marker.number
        : element?.kind === 'crossReference'
          ? element.crossReference.note
          : undefined;
    const markdown =
      number === undefined
        ? `**Letter ${found.letter.number}**${where}`
        : `**No note ${number}** in ${letterName}${where}.`;
    return { markdown, span: found.origin };
  }
  const parts = found.notes.map((note) => {
    const line = found.model.lineIndex.positionAt(note.span.start).line + 1;
    return `**Note ${note.number}** of ${letterName}${where}, line ${line}\n\n${preview(found.model.textOf(note.textSpan))}`;
  });
  return { markdown: parts.join('\n\n---\n\n'), span: found.origin };
}

/** The first lines of a note as Markdown, with Markdown syntax characters escaped. */
function preview(text: string): string {
  const paragraphs = text
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  let shown = paragraphs.slice(0, PREVIEW_LINES).join('\n\n');
  let cut = paragraphs.length > PREVIEW_LINES;
  if (shown.length > PREVIEW_CHARACTERS) {
    shown = shown.slice(0, PREVIEW_CHARACTERS);
    cut = true;
  }
  return escapeMarkdown(shown) + (cut ? ' \u2026' : '');
}
