import assert from 'node:assert/strict';
import { Edition } from '../../server/src/analysis/edition';
import { parseDocument } from '../../server/src/syntax/parseDocument';
import { documentProblems } from '../../server/src/topics/diagnose';
import { fixture, lines } from '../fixture';

/** The cross-references of the last letter of `source`, as [letter, note, span text, note digits]. */
function referencesOf(source: string): [number | undefined, number | undefined, string, string][] {
  const letters = parseDocument(source).letters;
  return (letters[letters.length - 1]?.crossReferences ?? []).map((reference) => [
    reference.letter,
    reference.note,
    source.slice(reference.span.start, reference.span.end),
    reference.noteSpan ? source.slice(reference.noteSpan.start, reference.noteSpan.end) : '',
  ]);
}

describe('cross-references: every usual form', () => {
  const letter = (note: string) => lines('Letter 45', '[1 May 1927]', 'Text.1', '', `1.   ${note}`);

  it('reads the letter and note of each form, with the note number where it is written', () => {
    const cases: [string, [number | undefined, number | undefined, string, string][]][] = [
      ['On this, see note 6 to letter 44.', [[44, 6, 'see note 6 to letter 44', '6']]],
      ['On this, see letter 44, note 6.', [[44, 6, 'see letter 44, note 6', '6']]],
      ['On this, see note 6 in letter 44.', [[44, 6, 'see note 6 in letter 44', '6']]],
      ['On this, see letter 21.', [[21, undefined, 'see letter 21', '']]],
      ['As in note 3 above.', [[undefined, 3, 'note 3 above', '3']]],
      ['Compare Note 2 below.', [[undefined, 2, 'Note 2 below', '2']]],
      ['On this, see above, note 2.', [[undefined, 2, 'see above, note 2', '2']]],
      [
        'See notes 2 and 3 to letter 21.',
        [
          [21, 2, 'See notes 2', '2'],
          [21, 3, '3 to letter 21', '3'],
        ],
      ],
      [
        'See letter 21, notes 12 and 13.',
        [
          [21, 12, 'See letter 21, notes 12', '12'],
          [21, 13, '13', '13'],
        ],
      ],
    ];
    for (const [note, expected] of cases) assert.deepEqual(referencesOf(letter(note)), expected, note);
  });

  it('takes no number of another kind for a note: the notes of a footnote, a page above', () => {
    assert.deepEqual(referencesOf(letter('The footnote 3 above and page 3 above.')), []);
  });

  it('reports each note of a pair that the target letter lacks, and nothing for those it has', () => {
    const { text, ranges } = fixture(
      lines(
        'Letter 21',
        '[1 May 1926]',
        'Text.1',
        '',
        '1.   One.',
        '',
        '2.   Two.',
        '',
        'Letter 22',
        '[2 May 1926]',
        'Text.1',
        '',
        '1.   See notes 2 and [[5]] to letter 21; note 1 above; see above, note [[4]].',
      ),
    );
    const workspace = new Edition();
    const problems = documentProblems(workspace.set('file:///edition.letters', 1, text), workspace).filter(
      (problem) => problem.code === 'xref.broken',
    );
    assert.deepEqual(
      problems.map((problem) => text.slice(problem.span.start, problem.span.end)),
      ranges.map((range) => text.slice(range.start, range.end)),
    );
  });
});
