import type { Location, Position, Range } from 'vscode-languageserver-types';
import type { DocumentModel } from '../analysis/model';
import type { LineIndex } from '../syntax/lineIndex';
import type { Span } from '../syntax/span';
import type { Target } from '../topics/topic';

/** Converts a span of a model's text to an LSP range (UTF-16 positions). */
export function toRange(model: DocumentModel, range: Span): Range {
  return lineRange(model.lineIndex, range);
}

/** Converts a span of any file's text (a letters file, a register) to an LSP range through its line index. */
export function lineRange(lineIndex: LineIndex, range: Span): Range {
  return { start: lineIndex.positionAt(range.start), end: lineIndex.positionAt(range.end) };
}

/** A topic's target as an LSP location of its selection (the note's number, the entry's name). */
export function toLocation(target: Target): Location {
  return { uri: target.uri, range: lineRange(target.lineIndex, target.selection) };
}

/** Converts an offset of a model's text to an LSP position. */
export function toPosition(model: DocumentModel, offset: number): Position {
  return model.lineIndex.positionAt(offset);
}

/** Converts an LSP position (UTF-16, as the client sends it) to an offset of the model's text. */
export function toOffset(model: DocumentModel, position: Position): number {
  return model.lineIndex.offsetAt(position);
}

/** Converts an LSP range to a span of the model's text. */
export function toSpan(model: DocumentModel, range: Range): Span {
  return { start: toOffset(model, range.start), end: toOffset(model, range.end) };
}
