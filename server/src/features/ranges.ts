import type { Range } from 'vscode-languageserver';
import type { DocumentModel } from '../analysis/model';
import type { Span } from '../syntax/span';

/** Converts a span of a model's text to an LSP range (UTF-16 positions). */
export function toRange(model: DocumentModel, range: Span): Range {
  return { start: model.lineIndex.positionAt(range.start), end: model.lineIndex.positionAt(range.end) };
}

/** Converts an LSP position to an offset into the model's text. */
export function toOffset(model: DocumentModel, position: { line: number; character: number }): number {
  return model.lineIndex.offsetAt(position);
}
