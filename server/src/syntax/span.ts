/**
 * A half-open range `[start, end)` of UTF-16 code units in a document's text.
 * Every position in the syntax and analysis layers is such an offset; features convert
 * them to LSP line/character positions through {@link LineIndex}.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Creates a span. */
export function span(start: number, end: number): Span {
  return { start, end };
}

/** Whether `offset` lies inside `range`, counting its end (so a cursor just after a word still touches it). */
export function touches(range: Span, offset: number): boolean {
  return range.start <= offset && offset <= range.end;
}

/** Moves a span by `delta` code units. */
export function shiftSpan(range: Span, delta: number): Span {
  return { start: range.start + delta, end: range.end + delta };
}
