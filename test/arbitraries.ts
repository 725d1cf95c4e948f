/**
 * fast-check generators shared by the property tests and the long fuzz run: edits of the sample
 * with the text an editor meets at its worst (astral characters, combining marks, right-to-left
 * text, CRLF and lone CR, BOM, NBSP, tabs, binary garbage) and pieces of the edition's own syntax.
 */
import * as fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export const SAMPLE_TEXT = readFileSync(
  path.resolve(__dirname, '..', 'samples', 'stalin-molotov-1926.letters'),
  'utf8',
);

/** Pieces that exercise the parser: headings, dates, note numbers, markers, line ends, odd Unicode. */
const PIECES = [
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\t',
  ' ',
  '\u00A0',
  '\uFEFF',
  'Letter 12',
  '\nLetter 31\n',
  '. Letter 15',
  '\n[24 May 1926]\n',
  '[',
  ']',
  '\n1.   ',
  '\n2.\u00A0\u00A0 ',
  '. 8. A ',
  'revolution4 ',
  'Molotovich, 1,2',
  ' 3 ',
  '(see letter 21, note 4)',
  'see note 2 in letter 26',
  '1)',
  '15 June',
  '\uD83D\uDE00', // astral: 😀
  '\uD800', // lone high surrogate
  '\uDC00', // lone low surrogate
  'e\u0301', // combining acute accent
  '\u05E9\u05DC\u05D5\u05DD', // Hebrew, right to left
  '\u0645\u0631\u062D\u0628\u0627', // Arabic
  '\u0000\u0001\u00FF\uFFFF',
];

/** A string that may be empty, syntax-like, arbitrary Unicode or garbage. */
export const insertion: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  {
    weight: 1,
    arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((parts) => parts.join('')),
  },
  { weight: 1, arbitrary: fc.constant('') },
);

/** An edit as fractions of the text length, so one edit applies to any text. */
export interface Edit {
  readonly at: number;
  readonly length: number;
  readonly text: string;
}

export const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 200 })),
  text: insertion,
});

/** Where an edit lands in `text`: `[start, end)` replaced by `edit.text`. */
export function place(text: string, change: Edit): { start: number; end: number; text: string } {
  const start = Math.min(text.length, Math.floor(change.at * (text.length + 1)));
  return { start, end: Math.min(text.length, start + change.length), text: change.text };
}

/** A starting document, printed in counterexamples by how it was made rather than by its (long) text. */
export class StartText {
  constructor(
    readonly text: string,
    private readonly label: string,
  ) {}

  [fc.toStringMethod](): string {
    return this.label;
  }
}

/** A starting document: the sample, a slice of it, empty, garbage, or the sample with CRLF line ends. */
export const document: fc.Arbitrary<StartText> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(new StartText(SAMPLE_TEXT, 'sample')) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.nat({ max: SAMPLE_TEXT.length }), fc.nat({ max: 20000 }))
      .map(
        ([start, length]) =>
          new StartText(
            SAMPLE_TEXT.slice(start, start + length),
            `sample.slice(${start}, ${start + length})`,
          ),
      ),
  },
  { weight: 1, arbitrary: fc.constant(new StartText('', 'empty')) },
  {
    weight: 1,
    arbitrary: fc
      .array(insertion, { maxLength: 40 })
      .map((parts) => new StartText(parts.join(''), JSON.stringify(parts.join('')))),
  },
  {
    weight: 1,
    arbitrary: fc.constant(new StartText(SAMPLE_TEXT.replace(/\n/g, '\r\n'), 'sample with CRLF')),
  },
);
