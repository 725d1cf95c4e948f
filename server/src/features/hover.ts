import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { DocumentModel } from '../analysis/model';
import type { WorkspaceIndex } from '../analysis/workspace';
import { citationHover } from '../topics/citations/hover';
import { dateHover } from './hoverDates';
import { noteHover } from './hoverNotes';
import { personHover } from './hoverPersons';
import { toRange } from './ranges';

/** Hover: the first topic that knows the element under the cursor answers (notes, then dates, then persons). */
export function hover(model: DocumentModel, offset: number, workspace: WorkspaceIndex): Hover | null {
  const found =
    noteHover(model, offset, workspace) ??
    citationHover(model, offset) ??
    dateHover(model, offset) ??
    personHover(model, offset, workspace);
  if (!found) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: found.markdown },
    range: toRange(model, found.span),
  };
}
