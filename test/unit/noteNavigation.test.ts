import assert from 'node:assert/strict';
import type { Range } from 'vscode-languageserver';
import { documentProblems } from '../../server/src/topics/diagnose';
import { Edition } from '../../server/src/analysis/edition';
import { codeActions } from '../../server/src/features/codeActions';
import { completion } from '../../server/src/features/completion';
import { definition } from '../../server/src/features/definition';
import { documentHighlights } from '../../server/src/features/documentHighlights';
import { hover } from '../../server/src/features/hover';
import { toRange } from '../../server/src/features/ranges';
import { references } from '../../server/src/features/references';
import { cursor, cursorsOf, fixture, lines } from '../fixture';

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
    const { model, workspace, cursors, rangeOf } = setup(
      lines(
        'Letter 12',
        '[26 May 1926]',
        'It must be written by Bukharin.{|}3 Now.',
        '',
        '[[3]].   From Stalin\u2019s speech.',
      ),
    );
    const links = definition(model, cursor(cursors), workspace);
    assert.equal(links.length, 1);
    assert.equal(links[0]?.targetUri, URI);
    assert.deepEqual(links[0]?.targetSelectionRange, rangeOf(0));
  });

  it('goes from a cross-reference to the note in another file', () => {
    const other = lines('Letter 21', '[25 June 1926]', 'Text.4', '', '4.   The reference is to Krupskaia.');
    const { model, workspace, cursors } = setup(
      lines(
        'Letter 27',
        '[16 September 1926]',
        'Body.1',
        '',
        '1.   For her speech, see letter 21, no{|}te4.',
      ),
      { 'file:///edition/b.letters': other },
    );
    const links = definition(model, cursor(cursors), workspace);
    assert.equal(links[0]?.targetUri, 'file:///edition/b.letters');
    assert.equal(links[0]?.targetSelectionRange.start.line, 4);
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
    const { model, workspace, cursors } = setup(
      lines(
        'Letter 20',
        '[15 June 1926]',
        'to report in Moscow and Peter [Petrograd].{|}5 Also.{|}9',
        '',
        '5.   Bukharin gave a *report* on 8 June.',
      ),
    );
    const [present, absent] = cursorsOf(cursors, 2) as [number, number];
    const shown = hover(model, present, workspace);
    assert.ok(shown && typeof shown.contents === 'object' && 'value' in shown.contents);
    assert.equal(
      shown.contents.value,
      '**Note 5** of letter 20, line 5\n\nBukharin gave a \\*report\\* on 8 June.',
    );
    const missing = hover(model, absent, workspace);
    assert.ok(missing && typeof missing.contents === 'object' && 'value' in missing.contents);
    assert.equal(missing.contents.value, '**No note 9** in letter 20.');
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
