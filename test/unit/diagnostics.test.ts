import assert from 'node:assert/strict';
import { checkDiagnostics, checkFix } from '../checks';
import { lines } from '../fixture';

describe('diagnostics written under the text', () => {
  it('reports a marker without a note, a note without a marker, and the heading note as a hint', () => {
    checkDiagnostics(
      lines(
        'Letter 5',
        '[1 May 1926]',
        'As it decided.2 the Politburo.9',
        '                              ^ note.missing: Marker 9 in letter 5 has no note 9.',
        '',
        '1.   Source.',
        '^ note.heading',
        '',
        '2.   Two.',
        '',
        '3.   Three.',
        '^ note.unreferenced',
      ),
    );
  });

  it('reports malformed and impossible dates, and stays silent on the right ones', () => {
    checkDiagnostics(
      lines(
        'Letter 5',
        '[1 May 1926]',
        'We met on 31 June 1926 and on 25 July1926, and again on 29 February 1928.',
        '          ^^^^^^^^^^^^ date.impossible: June 1926 has no day 31.',
        '                              ^^^^^^^^^^^ date.malformed',
      ),
    );
  });

  it('reports a glued heading and splits it off with the preferred fix', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The end of the letter. Letter 2',
        '                       ^^^^^^^^ heading.glued',
        '[2 May 1926]',
        'Text.',
      ),
    );
    checkFix(
      lines('Letter 1', '[1 May 1926]', 'The end of the letter. {|}Letter 2', '[2 May 1926]', 'Text.'),
      lines('Letter 1', '[1 May 1926]', 'The end of the letter.', '', 'Letter 2', '[2 May 1926]', 'Text.'),
    );
  });

  it('fails when a problem is not annotated, or an annotation is not found', () => {
    assert.throws(() => checkDiagnostics(lines('Letter 5', '[1 May 1926]', 'Text.9')), /note\.missing/);
    assert.throws(
      () => checkDiagnostics(lines('Letter 5', '[1 May 1926]', 'Text.', '^^^^ note.missing')),
      /note\.missing/,
    );
  });
});
