/**
 * Inline fixtures for tests: write the document with markers instead of counting lines.
 * - `{|}` marks a cursor position;
 * - `[[` and `]]` mark an expected range (several allowed, in order); in `]]]` the first `]` is text,
 *   so `[[[24 May 1926]]]` marks the bracketed date with its brackets.
 * The markers are removed; offsets refer to the cleaned text.
 */
export interface Fixture {
  readonly text: string;
  /** Offsets of the `{|}` cursors, in order. */
  readonly cursors: number[];
  /** The `[[...]]` ranges, in order of their opening marker. */
  readonly ranges: { start: number; end: number }[];
}

/** Parses a fixture written with `{|}` and `[[...]]` markers. */
export function fixture(source: string): Fixture {
  const cursors: number[] = [];
  const ranges: { start: number; end: number }[] = [];
  const open: number[] = [];
  let text = '';
  for (let index = 0; index < source.length;) {
    if (source.startsWith('{|}', index)) {
      cursors.push(text.length);
      index += 3;
    } else if (source.startsWith('[[', index)) {
      open.push(ranges.length);
      ranges.push({ start: text.length, end: -1 });
      index += 2;
    } else if (source.startsWith(']]', index) && source.charAt(index + 2) !== ']' && open.length > 0) {
      const range = ranges[open.pop() as number];
      if (range) range.end = text.length;
      index += 2;
    } else {
      text += source.charAt(index);
      index += 1;
    }
  }
  return { text, cursors, ranges };
}

/**
 * The only cursor of a fixture; throws when there is not exactly one, so a fixture that lost its
 * `{|}` fails instead of silently testing offset 0.
 */
export function cursor(cursors: readonly number[]): number {
  if (cursors.length !== 1) throw new Error(`expected one {|} cursor, found ${cursors.length}`);
  return cursors[0] as number;
}

/** The `count` cursors of a fixture, in order; throws when it has another number of them. */
export function cursorsOf(cursors: readonly number[], count: number): number[] {
  if (cursors.length !== count) throw new Error(`expected ${count} {|} cursors, found ${cursors.length}`);
  return [...cursors];
}

/** Joins lines with `\n`, so a fixture can be written one line per array element. */
export function lines(...content: string[]): string {
  return content.join('\n');
}

/** Applies non-overlapping replacements (offsets into `text`) and returns the new text. */
export function applyReplacements(
  text: string,
  replacements: readonly { span: { start: number; end: number }; newText: string }[],
): string {
  const sorted = [...replacements].sort((a, b) => b.span.start - a.span.start);
  let result = text;
  for (const { span, newText } of sorted)
    result = result.slice(0, span.start) + newText + result.slice(span.end);
  return result;
}
