import assert from 'node:assert/strict';
import type { Range } from 'vscode-languageserver';
import { documentProblems } from '../../server/src/topics/diagnose';
import { Edition } from '../../server/src/analysis/edition';
import { codeActions } from '../../server/src/features/codeActions';
import { completion } from '../../server/src/features/completion';
import { documentHighlights } from '../../server/src/features/documentHighlights';
import { toRange } from '../../server/src/features/ranges';
import { references } from '../../server/src/features/references';
import { cursor, fixture, lines } from '../fixture';
import { checkDefinition, checkHover } from '../featureChecks';

const URI = 'file:///edition/a.letters';

function setup(source: string, others: Record<string, string> = {}) {
  const parsed = fixture(source);
  const workspace = new Edition();
  for (const [uri, text] of Object.entries(others)) workspace.set(uri, 1, text);
  const model = workspace.set(URI, 1, parsed.text);
  const rangeOf = (index: number): Range => {
    const span = parsed.ranges[index];
    assert.ok(span, `fixture has range ${index}`);
    return toRange(model, span);
  };
  return { ...parsed, model, workspace, rangeOf };
}

describe('note navigation', () => {
  it('goes from a marker to its note', () => {
    checkDefinition(
      lines(
        'Letter 12',
        '[26 May 1926]',
        'It must be written by Bukharin.3 Now.',
        '                               ^ definition',
        '',
        '3.   From Stalin\u2019s speech.',
        '^ target',
      ),
    );
  });

  it('goes from a cross-reference to the note in another file, and to the letter when it names no note', () => {
    checkDefinition(
      lines(
        'Letter 27',
        '[16 September 1926]',
        'Body.1',
        '',
        '1.   For her speech, see letter 21, note4; see letter 21.',
        '                     ^^^^^^^^^^^^^^^^^^^^ definition a',
        '                                           ^^^^^^^^^^^^^ definition b',
      ),
      {
        files: {
          'file:///edition/b.letters': lines(
            'Letter 21',
            '^^^^^^^^^ target b',
            '[25 June 1926]',
            'Text.4',
            '',
            '4.   The reference is to Krupskaia.',
            '^ target a',
          ),
        },
      },
    );
  });

  it('finds every marker of a note, and the note itself when asked', () => {
    const { model, workspace, cursors, rangeOf } = setup(
      lines(
        'Letter 9',
        '[1 May 1926]',
        'Grisha.[[2]] And again Grisha.[[2]] Other.1',
        '',
        '1.   a',
        '',
        '[[{|}2]].   Zinoviev.',
      ),
    );
    const at = cursor(cursors);
    assert.deepEqual(
      references(model, at, workspace, false).map((location) => location.range),
      [rangeOf(0), rangeOf(1)],
    );
    assert.deepEqual(
      references(model, at, workspace, true).map((location) => location.range),
      [rangeOf(2), rangeOf(0), rangeOf(1)],
    );
  });

  it('highlights a marker together with its note', () => {
    const { model, cursors, rangeOf } = setup(
      lines('Letter 9', '[1 May 1926]', 'A.[[{|}2]] B.1', '', '1.   a', '', '[[2]].   b'),
    );
    assert.deepEqual(
      documentHighlights(model, cursor(cursors)).map((highlight) => highlight.range),
      [rangeOf(1), rangeOf(0)],
    );
  });

  it('shows the note text when hovering a marker, and says when the note is missing', () => {
    checkHover(
      lines(
        'Letter 20',
        '[15 June 1926]',
        'to report in Moscow and Peter [Petrograd].5 Also.9',
        '                                          ^ hover: **Note 5** of letter 20, line 5',
        '                                          ^ hover: Bukharin gave a \\*report\\* on 8 June.',
        '                                                 ^ hover: **No note 9** in letter 20.',
        '',
        '5.   Bukharin gave a *report* on 8 June.',
      ),
    );
  });

  it('completes note numbers of the letter named in a cross-reference', () => {
    const { model, workspace, cursors } = setup(
      lines(
        'Letter 21',
        '[25 June 1926]',
        'A.1 B.2',
        '',
        '1.   One.',
        '',
        '2.   Two.',
        '',
        'Letter 22',
        '[3 August 1926]',
        'C.1',
        '',
        '1.   See letter 21, note {|}',
      ),
    );
    assert.deepEqual(
      completion(model, cursor(cursors), workspace).map((item) => [item.label, item.documentation]),
      [
        ['1', 'One.'],
        ['2', 'Two.'],
      ],
    );
  });

  it('offers the quick fix of a diagnostic and the renumbering of the letter as code actions', () => {
    const { model, workspace, ranges } = setup(
      lines('Letter 5', '[1 May 1926]', 'B.2 A.[[9]]', '', '1.   Source.', '', '2.   b'),
    );
    const span = ranges[0] ?? { start: 0, end: 0 };
    const actions = codeActions(model, documentProblems(model, workspace), span, []);
    assert.deepEqual(
      actions.map((action) => [action.title, action.kind]),
      [['Add note 9 to letter 5', 'quickfix']],
    );
    const disordered = setup(lines('Letter 5', '[1 May 1926]', 'B.[[2]] A.1', '', '1.   a', '', '2.   b'));
    const titles = codeActions(
      disordered.model,
      documentProblems(disordered.model, disordered.workspace),
      disordered.ranges[0] ?? span,
      [],
    ).map((action) => action.title);
    assert.deepEqual(titles, ['Renumber the notes of letter 5 in the order of their markers']);
  });
});
