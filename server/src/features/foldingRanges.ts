import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import { toRange } from './ranges';
import type { DocumentModel } from '../analysis/model';
import type { Span } from '../syntax/span';

/** Folding ranges: each letter, and each note that spans more than one line. */
export function foldingRanges(model: DocumentModel): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const letter of model.letters) {
    pushRange(
      model,
      ranges,
      { start: letter.span.start, end: lastContent(model, letter.span) },
      FoldingRangeKind.Region,
    );
    for (const note of letter.notes) pushRange(model, ranges, note.span, FoldingRangeKind.Comment);
  }
  return ranges;
}

function pushRange(model: DocumentModel, ranges: FoldingRange[], range: Span, kind: string): void {
  const { start, end } = toRange(model, range);
  const [startLine, endLine] = [start.line, end.line];
  if (endLine > startLine) ranges.push({ startLine, endLine, kind });
}

/** The end of the last non-blank character of a span, so trailing blank lines stay unfolded. */
function lastContent(model: DocumentModel, range: Span): number {
  let end = range.end;
  while (end > range.start && /\s/.test(model.text.charAt(end - 1))) end--;
  return end;
}
