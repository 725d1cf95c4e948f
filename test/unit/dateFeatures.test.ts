// The dates topic's features: hovers of datelines and ranges, the ISO date as an inlay hint, and
// letters found by ISO date.
import assert from 'node:assert/strict';
import { DocumentModel } from '../../server/src/analysis/model';
import { Edition } from '../../server/src/analysis/edition';
import { inlayHints } from '../../server/src/features/inlayHints';
import { DEFAULT_SETTINGS } from '../../server/src/analysis/settings';
import { workspaceSymbols } from '../../server/src/features/workspaceSymbols';
import { lines } from '../fixture';
import { checkHover } from '../featureChecks';

describe('date features', () => {
  it('hovers a numeric dateline with its full date, weekday and ISO form', () => {
    checkHover(
      lines(
        'Letter 21',
        '[25 June 1926]',
        'Sochi, 6/25/26',
        '       ^^^^^^^ hover: **Friday, 25 June 1926**',
        '       ^^^^^^^ hover: ISO 8601: `1926-06-25`',
        "       ^^^^^^^ hover: `6/25/26` is written month first, as in all this edition's numeric dates.",
        '',
        'I returned on 15 June.',
        '              ^^^^^^^ hover: **Tuesday, 15 June 1926**',
        "              ^^^^^^^ hover: The year is not written; it is taken from the letter's editorial date.",
      ),
    );
  });

  it('hovers a range written with to as one range, the first end taking the year of the second', () => {
    checkHover(
      lines(
        'Letter 29',
        '[7 November 1926]',
        'Com. Molotov,',
        '',
        '1. It took place from 26 October to 3 November 1926.',
        '                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ hover: ISO 8601: `1926-10-26/1926-11-03`',
      ),
    );
  });

  it('hovers a weekday dateline with the editorial date it agrees with', () => {
    checkHover(
      lines(
        'Letter 11',
        '[24 May 1926]',
        'I got here Sunday evening.',
        '',
        'Monday. Sochi.',
        '^^^^^^ hover: **Monday**: a dateline with a weekday and no date.',
        '^^^^^^ hover: The editorial date, Monday, 24 May 1926, falls on this weekday.',
        '        ^ no hover',
      ),
    );
  });

  it('shows the ISO date after numeric dates as an inlay hint, unless turned off', () => {
    const text = lines('Letter 22', '[3 August 1926]', '8/3 (Tuesday)');
    const model = new DocumentModel('file:///x.letters', 1, text);
    const all = { start: 0, end: text.length };
    const hints = inlayHints(model, all, new Edition(), DEFAULT_SETTINGS);
    assert.deepEqual(
      hints.map((hint) => [hint.label, hint.position]),
      [['1926-08-03', { line: 2, character: 3 }]],
    );
    const off = { ...DEFAULT_SETTINGS, inlayHints: { ...DEFAULT_SETTINGS.inlayHints, numericDates: false } };
    assert.deepEqual(inlayHints(model, all, new Edition(), off), []);
  });

  it('finds letters by ISO date and month', () => {
    const workspace = new Edition();
    workspace.set(
      'file:///a.letters',
      1,
      lines('Letter 21', '[25 June 1926]', '', 'Letter 22', '[3 August 1926]'),
    );
    assert.deepEqual(
      workspaceSymbols(workspace, '1926-06-25').map((symbol) => symbol.name),
      ['Letter 21 \u00B7 25 June 1926'],
    );
    assert.deepEqual(
      workspaceSymbols(workspace, '1926-08').map((symbol) => symbol.name),
      ['Letter 22 \u00B7 3 August 1926'],
    );
  });
});
