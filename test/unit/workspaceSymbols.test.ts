import assert from 'node:assert/strict';
import { Edition } from '../../server/src/analysis/edition';
import { workspaceSymbols } from '../../server/src/features/workspaceSymbols';
import { lines } from '../fixture';

/** The names and files of the symbols a query finds. */
function found(workspace: Edition, query: string): string[] {
  return workspaceSymbols(workspace, query).map(
    (symbol) => `${symbol.name} (${symbol.location.uri.slice('file:///e/'.length)})`,
  );
}

describe('workspace symbols', () => {
  it('finds a number among the letters’ numbers and dates, in file and text order, after every change', () => {
    const workspace = new Edition();
    workspace.set(
      'file:///e/b.letters',
      0,
      lines('Letter 25', '[3 June 1926]', '', 'Letter 26', '[25 July 1926]'),
    );
    workspace.set(
      'file:///e/a.letters',
      0,
      lines('Letter 24', '[25 May 1926]', '', 'Letter 3', '[1 May 1926]'),
    );
    assert.deepEqual(found(workspace, '25'), [
      'Letter 24 · 25 May 1926 (a.letters)',
      'Letter 25 · 3 June 1926 (b.letters)',
      'Letter 26 · 25 July 1926 (b.letters)',
    ]);
    assert.deepEqual(found(workspace, 'Letter 25 June'), ['Letter 25 · 3 June 1926 (b.letters)']);
    assert.deepEqual(found(workspace, 'may'), [
      'Letter 24 · 25 May 1926 (a.letters)',
      'Letter 3 · 1 May 1926 (a.letters)',
    ]);
    assert.deepEqual(found(workspace, '1926 3'), [
      'Letter 3 · 1 May 1926 (a.letters)',
      'Letter 25 · 3 June 1926 (b.letters)',
    ]);

    // A document read again, a new one and one forgotten: the next query answers from them.
    workspace.set('file:///e/b.letters', 1, lines('Letter 25', '[4 June 1926]'));
    workspace.set('file:///e/c.letters', 0, lines('Letter 27', '[25 August 1926]'));
    workspace.delete('file:///e/a.letters');
    assert.deepEqual(found(workspace, '25'), [
      'Letter 25 · 4 June 1926 (b.letters)',
      'Letter 27 · 25 August 1926 (c.letters)',
    ]);
    assert.deepEqual(found(workspace, '3'), []);
  });
});
