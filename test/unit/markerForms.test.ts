import assert from 'node:assert/strict';
import { DocumentModel } from '../../server/src/analysis/model';
import { datelineOf } from '../../server/src/topics/dates/dateChecks';
import { checkDiagnostics } from '../checks';
import { lines } from '../fixture';

/** A letter of three notes whose editorial-date line ends with `dateLineEnd` and whose body is `body`. */
function letter(body: string, dateLineEnd = ''): DocumentModel {
  const text = lines(
    `Letter 1`,
    `[25 June 1926]${dateLineEnd}`,
    body,
    '1.   One.',
    '2.   Two.',
    '3.   Three.',
  );
  return new DocumentModel('file:///markers.letters', 1, text);
}

/** The marker numbers of the body, each with the two characters before it. */
function markersOf(model: DocumentModel): string[] {
  return (model.letters[0]?.markers ?? []).map(
    (marker) => `${model.text.slice(marker.span.start - 2, marker.span.start)}|${marker.number}`,
  );
}

describe('markers where notes attach: the editorial date, signatures, datelines, sentences ending in a year', () => {
  it('reads markers right after the editorial date, with or without a space, several at once', () => {
    assert.deepEqual(markersOf(letter('Text.', ' 1')), ['] |1']);
    assert.deepEqual(markersOf(letter('Text.', '1')), ['6]|1']);
    assert.deepEqual(markersOf(letter('Text.', ' 1,2')), ['] |1', '1,|2']);
    // Two numbers with a space, or a word after, are not a run of markers.
    assert.deepEqual(markersOf(letter('Text.', ' 1 2')), []);
    assert.deepEqual(markersOf(letter('Text.', ' 1 copy')), []);
  });

  it('reads a marker after a signature of initials and a surname at the end of a short line', () => {
    assert.deepEqual(markersOf(letter('J. Stalin 2')), ['n |2']);
    assert.deepEqual(markersOf(letter('J. V. Stalin 3')), ['n |3']);
    assert.deepEqual(markersOf(letter('J.Stalin.2')), ['n.|2']);
    // Not after a title or another capitalised word, nor with text after it.
    assert.deepEqual(markersOf(letter('Comrade Stalin 2')), []);
    assert.deepEqual(markersOf(letter('Room 2')), []);
    assert.deepEqual(markersOf(letter('J. Stalin 2 copies')), []);
  });

  it('reads a marker after a dateline that ends in a numeric date or a year', () => {
    assert.deepEqual(markersOf(letter('Sochi, 6/25/26 3')), ['6 |3']);
    assert.deepEqual(markersOf(letter('Moscow, 25 June 1926 2')), ['6 |2']);
    // `25 June 2` might be the day itself: undecided, so no marker.
    assert.deepEqual(markersOf(letter('Sochi, 25 June 2')), []);
    // A long line is no dateline.
    assert.deepEqual(
      markersOf(letter('We met the comrades of the district committee and of the plenum on 6/25/26 2')),
      [],
    );
  });

  it('reads a marker after a sentence that ends in a year, before the next sentence', () => {
    assert.deepEqual(markersOf(letter('Output rose to 1927. 2 The plan failed.')), ['. |2']);
    assert.deepEqual(markersOf(letter('Output rose to 1927. 2')), ['. |2']);
    // A quantity, an archival citation, a decimal: not markers.
    assert.deepEqual(markersOf(letter('It came in 1927. 2 million people came.')), []);
    assert.deepEqual(markersOf(letter('See d. 1927. 2 The file.')), []);
    assert.deepEqual(markersOf(letter('The rate was 2. 25 The next.')), []);
  });

  it('keeps the markers of closing quotes, brackets and runs after a space', () => {
    assert.deepEqual(markersOf(letter('He said "no"2 and (left)3 at once.')), ['o"|2', 't)|3']);
    assert.deepEqual(markersOf(letter('We took the decision. 2,3')), ['. |2', '2,|3']);
  });

  it('checks the notes marked in these places like any other', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[25 June 1926] 1',
        'J. Stalin 2',
        'Sochi, 6/25/26 4',
        '               ^ note.missing',
        '1.   On the date.',
        '2.   On the signature.',
        '3.   Unmarked.',
        '^ note.unreferenced',
      ),
    );
  });
});

describe('datelines in more forms', () => {
  const dateline = (body: string) => {
    const model = letter(body);
    const found = model.letters[0] && datelineOf(model, model.letters[0]);
    return found && model.textOf(found.span);
  };

  it('finds a place with a month and day and no year, a signature with the date, a weekday with a date', () => {
    assert.equal(dateline('Sochi, June 25'), 'June 25');
    assert.equal(dateline('Sochi, 25 June'), '25 June');
    assert.equal(dateline('J. Stalin 6/25/26'), '6/25/26');
    assert.equal(dateline('J. Stalin, 25 June 1926'), '25 June 1926');
    assert.equal(dateline('Friday, 25 June 1926'), '25 June 1926');
    assert.equal(dateline('Sochi, Friday, 25 June'), '25 June');
    assert.equal(dateline('Sochi, 6/25/26 3'), '6/25/26');
  });

  it('reports a dateline that contradicts the editorial date in each form, and a wrong weekday', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[25 June 1926]',
        'Text.1',
        'J. Stalin 6/24/26 2',
        '          ^^^^^^^ date.dateline',
        '1.   One.',
        '2.   Two.',
      ),
    );
    checkDiagnostics(
      lines(
        'Letter 1',
        '[25 June 1926]',
        'Text.1',
        'Sochi, June 24',
        '       ^^^^^^^ date.dateline',
        '1.   One.',
      ),
    );
    checkDiagnostics(
      lines(
        'Letter 1',
        '[25 June 1926]',
        'Text.1',
        'Thursday, 25 June 1926',
        '^^^^^^^^ date.weekday: 25 June 1926 was a Friday',
        '1.   One.',
      ),
    );
  });
});
