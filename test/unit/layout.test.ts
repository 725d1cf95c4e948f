import assert from 'node:assert/strict';
import { Edition } from '../../server/src/analysis/edition';
import { parseDocument } from '../../server/src/syntax/parseDocument';
import { datelineOf } from '../../server/src/topics/dates/dateChecks';
import { documentProblems } from '../../server/src/topics/diagnose';
import { lines } from '../fixture';

/** Each letter as [number, editorial date text, note numbers, marker numbers]. */
function shape(text: string): [number, string | undefined, number[], number[]][] {
  return parseDocument(text).letters.map((letter) => [
    letter.number,
    letter.editorialDate?.text,
    letter.notes.map((note) => note.number),
    letter.markers.map((marker) => marker.number),
  ]);
}

const TWO_LETTERS: [number, string | undefined, number[], number[]][] = [
  [1, '1 May 1926', [1, 2], [1, 2]],
  [2, '3 May 1926', [1], [1]],
];

describe('layout variants', () => {
  it('reads a letter the same with or without blank lines between its parts', () => {
    const spaced = lines(
      'Letter 1',
      '',
      '[1 May 1926]',
      '',
      'Dear friend,1',
      '',
      'The text.2',
      '',
      '1.   One.',
      '',
      '2.   Two.',
      '',
      'Letter 2',
      '',
      '[3 May 1926]',
      '',
      'Text.1',
      '',
      '1.   Three.',
    );
    const tight = spaced.replace(/\n\n/g, '\n');
    assert.deepEqual(shape(spaced), TWO_LETTERS);
    assert.deepEqual(shape(tight), TWO_LETTERS);
  });

  it('starts a letter at a heading that directly follows a note line, and after a file header', () => {
    const text = lines(
      'The Letters of 1926',
      'Edited by the editors',
      '',
      'Letter 1',
      '[1 May 1926]',
      'Dear friend,1',
      'The text.2',
      '1.   One.',
      '2.   Two.',
      'Letter 2',
      '[3 May 1926]',
      'Text.1',
      '1.   Three.',
    );
    assert.deepEqual(shape(text), TWO_LETTERS);
  });

  it('accepts spaces and NO-BREAK SPACEs before a heading or a note number, and any gap after it', () => {
    const text = lines(
      '  Letter 1',
      '[1 May 1926]',
      'Dear friend,1',
      'The text.2',
      '\u00A01.\tOne.',
      ' 2.\u00A0\u00A0 Two.',
      '\u00A0Letter 2',
      '[3 May 1926]',
      'Text.1',
      '1.     Three.',
    );
    assert.deepEqual(shape(text), TWO_LETTERS);
    const workspace = new Edition();
    assert.deepEqual(
      documentProblems(workspace.set('file:///edition.letters', 1, text), workspace).map(
        (problem) => problem.code,
      ),
      [],
    );
  });

  it('keeps list points 1) with any gap in the body, not as notes', () => {
    const text = lines('Letter 1', '[1 May 1926]', '1)\tfirst;', '2)\u00A0 second.1', '', '1.   One.');
    assert.deepEqual(shape(text), [[1, '1 May 1926', [1], [1]]]);
  });
});

describe('hard-wrapped notes', () => {
  it('keeps a wrapped line that starts with a number in its note unless the numbering makes it the next note', () => {
    const text = lines(
      'Letter 1',
      '[1 May 1926]',
      'The text.1 More text.2',
      '1.   The resolution of the plenum was adopted in two readings, of which the',
      '1. reading was the shorter; its points were numbered in the copy sent to',
      '7. The Politburo kept the copy; RTsKhIDNI f. 17, op. 3, d. 585, l. 3.',
      '2.   The second note, wrapped at the same width as the first one, runs',
      'November and December 1927. It ends here.',
    );
    assert.deepEqual(shape(text), [[1, '1 May 1926', [1, 2], [1, 2]]]);
    const notes = parseDocument(text).letters[0]?.notes ?? [];
    assert.match(text.slice(notes[0]?.span.start, notes[0]?.span.end), /l\. 3\.$/);
    assert.match(text.slice(notes[1]?.span.start, notes[1]?.span.end), /It ends here\.$/);
  });

  it('still starts a note at a wrong number after a line that ends its sentence', () => {
    const text = lines(
      'Letter 1',
      '[1 May 1926]',
      'The text.1 More text.2',
      '1.   The resolution of the plenum was adopted in two readings of the text.',
      '3.   A note numbered out of order after a line of wrapped length is a note.',
    );
    assert.deepEqual(shape(text), [[1, '1 May 1926', [1, 3], [1, 2]]]);
  });
});

describe('hard-wrapped body', () => {
  it('takes no wrapped line of the body that starts with a month for the letter dateline', () => {
    const text = lines(
      'Letter 1',
      '[1 May 1926]',
      'The plenum will not meet before the congress, which is postponed to',
      'November and December 1927.',
    );
    const workspace = new Edition();
    const model = workspace.set('file:///edition.letters', 1, text);
    const letter = model.letters[0];
    assert.ok(letter);
    assert.equal(datelineOf(model, letter), undefined);
    assert.deepEqual(
      documentProblems(model, workspace).map((problem) => problem.code),
      [],
    );
  });
});
