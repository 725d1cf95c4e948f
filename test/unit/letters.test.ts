import assert from 'node:assert/strict';
import { detectEdition } from '../../server/src/analysis/editionDetection';
import { Edition } from '../../server/src/analysis/edition';
import { parseSettings } from '../../server/src/analysis/settings';
import {
  adjacentLetter,
  letterAt,
  newLetter,
  shownProblems,
  workspaceLetters,
} from '../../server/src/features/letters';
import { documentProblems } from '../../server/src/topics/diagnose';
import { resolveEditionWords } from '../../server/src/syntax/vocabulary';
import { toRange } from '../../server/src/features/ranges';
import { cursor, fixture, lines } from '../fixture';

const A = 'file:///edition/a.letters';
const B = 'file:///edition/b.letters';

const LETTER_20 = lines('Letter 20', '', '[21 June 1926]', '', 'Hello.1', '', '1.\u00A0\u00A0 A note.');
const LETTER_21 = lines(
  'Letter 21',
  '',
  '[25 June 1926]',
  '',
  'Text.1 More.2',
  '',
  '1.   One.',
  '',
  '2.   Two.',
);

describe('letters for the editor (status bar, Go to Letter, Letters view)', () => {
  it('labels the letter at the cursor with its number and date, and lists its notes', () => {
    const { text, cursors } = fixture(
      lines('Title', '', LETTER_20, '', 'Letter 21', '', '[25 June 1926]', 'Te{|}xt.1'),
    );
    const workspace = new Edition();
    const model = workspace.set(A, 1, text);
    const at = letterAt(model, cursor(cursors), []);
    assert.equal(at?.letter.label, 'Letter 21 \u00B7 25 June 1926');
    assert.equal(at?.letter.date, '25 June 1926');
    assert.equal(letterAt(model, 2, []), null, 'the title before the first letter is in no letter');
    const first = letterAt(model, text.indexOf('Hello'), []);
    assert.deepEqual(
      first?.notes.map((note) => [note.number, note.summary]),
      [[1, 'A note.']],
    );
  });

  it('puts a cursor at the start of a heading in that letter, not the one before', () => {
    const { text, cursors } = fixture(lines(LETTER_20, '', '{|}Letter 21', '', '[25 June 1926]'));
    const model = new Edition().set(A, 1, text);
    assert.equal(letterAt(model, cursor(cursors), [])?.letter.number, 21);
  });

  it('labels a letter without an editorial date by its number alone', () => {
    const model = new Edition().set(A, 1, lines('Letter 7', '', 'No date here.'));
    assert.equal(letterAt(model, 3, [])?.letter.label, 'Letter 7');
  });

  it('counts the problems of each letter as the Problems panel lists them (hints and codes turned off excluded)', () => {
    const workspace = new Edition();
    const model = workspace.set(
      A,
      1,
      lines(
        'Letter 20',
        '[21 June 1926]',
        'Hello.2 again.9',
        '1.   The heading note, a hint.',
        '2.   Referenced.',
        'Letter 21',
        '[25 June 1926]',
        'Text.1',
        '1.   Referenced.',
        '2.   Not referenced.',
        '4.   Not referenced, after a gap.',
      ),
    );
    const settings = parseSettings({ diagnostics: { 'note.gap': 'off' } });
    const shown = shownProblems(documentProblems(model, workspace, settings), settings);
    const letters = workspaceLetters(workspace.all(), (uri) => (uri === A ? shown : []), workspace.registers);
    assert.deepEqual(
      letters.map((letter) => [letter.number, letter.problems]),
      [
        [20, 1],
        [21, 2],
      ],
    );
  });

  it('lists the letters of every document in reading order', () => {
    const workspace = new Edition();
    workspace.set(B, 1, LETTER_21);
    workspace.set(A, 1, LETTER_20);
    assert.deepEqual(
      workspaceLetters(workspace.all(), () => [], workspace.registers).map((letter) => [
        letter.uri,
        letter.number,
      ]),
      [
        [A, 20],
        [B, 21],
      ],
    );
  });

  it('names the persons of each letter by surname, with the form written, for Go to Letter to filter on', () => {
    const workspace = new Edition();
    workspace.registers.set(
      'file:///edition/a.persons.json',
      JSON.stringify({
        persons: [
          { id: 'zinoviev', name: 'Zinoviev, Grigorii Yevseevich', aliases: ['Grisha'] },
          { id: 'bukharin', name: 'Bukharin, Nikolai Ivanovich' },
        ],
      }),
    );
    workspace.set(
      A,
      1,
      lines(
        'Letter 12',
        '[26 May 1926]',
        'Bukharin should write it, not Grisha [Zinoviev]. Zinoviev waits.1',
        '',
        '1.   Bukharin and Trotsky.',
        '',
        'Letter 13',
        '[1 June 1926]',
        'Nothing.',
      ),
    );
    assert.deepEqual(
      workspaceLetters(workspace.all(), () => [], workspace.registers).map((letter) => letter.persons),
      [['Bukharin', 'Zinoviev (Grisha)'], []],
    );
  });

  it('moves to the next and previous letter across documents, and stops at the ends', () => {
    const workspace = new Edition();
    const a = workspace.set(A, 1, lines('Preface', '', LETTER_20));
    const b = workspace.set(B, 1, LETTER_21);
    const inLetter20 = a.text.indexOf('Hello');
    const next = adjacentLetter(workspace.all(), a, inLetter20, 'next', () => []);
    assert.equal(next?.uri, B);
    assert.deepEqual(next?.selectionRange, toRange(b, { start: 0, end: 'Letter 21'.length }));
    assert.equal(adjacentLetter(workspace.all(), b, 5, 'previous', () => [])?.number, 20);
    assert.equal(
      adjacentLetter(workspace.all(), b, 5, 'next', () => []),
      null,
    );
    assert.equal(
      adjacentLetter(workspace.all(), a, inLetter20, 'previous', () => []),
      null,
    );
    assert.equal(adjacentLetter(workspace.all(), a, 2, 'next', () => [])?.number, 20, 'from the preface');
  });

  it('offers a new letter after the current one, numbered one more, with the NBSP note gap', () => {
    const { text, cursors } = fixture(lines(LETTER_20.replace('Hello', 'Hel{|}lo'), '', '', LETTER_21));
    const model = new Edition().set(A, 1, text);
    const insertion = newLetter(model, cursor(cursors));
    assert.match(insertion.snippet, /^Letter \$\{1:21\}\n\n\[\$\{2:day month year\}\]\n/);
    assert.ok(insertion.snippet.includes('1.\u00A0\u00A0 ${4:note}\n\n'));
    assert.deepEqual(insertion.position, model.lineIndex.positionAt(text.indexOf('Letter 21')));
    const atEnd = newLetter(model, text.length);
    assert.match(atEnd.snippet, /^\n\nLetter \$\{1:22\}/);
    assert.ok(atEnd.snippet.endsWith('${4:note}\n'));
    assert.match(newLetter(new Edition().set(A, 1, ''), 0).snippet, /^Letter \$\{1:1\}/);
  });
});

describe('edition detection for plain text files', () => {
  it('recognises two or more dated letter headings', () => {
    assert.deepEqual(detectEdition(lines(LETTER_20, '', LETTER_21)), { datedLetters: 2, isEdition: true });
  });

  it("reads the headings in the edition's heading word", () => {
    const french = lines('Lettre 1', '[1 mai 1926]', 'Texte.', '', 'Lettre 2', '[2 mai 1926]', 'Texte.');
    assert.equal(detectEdition(french, resolveEditionWords({ language: 'fr' })).datedLetters, 2);
    assert.equal(detectEdition(french).datedLetters, 0);
  });

  it('recognises the sample edition with CRLF line ends', () => {
    const crlf = lines('Stalin to Molotov', '', LETTER_20, '', LETTER_21).replace(/\n/g, '\r\n');
    assert.equal(detectEdition(crlf).isEdition, true);
  });

  it('does not take ordinary text for an edition', () => {
    assert.equal(detectEdition('').isEdition, false);
    assert.equal(detectEdition(LETTER_20).isEdition, false, 'one letter could be a quotation');
    assert.equal(
      detectEdition(lines('Letter 1', '', '[sic]', '', 'Letter 2', '', '[illegible]')).isEdition,
      false,
      'brackets without a date',
    );
    assert.equal(
      detectEdition(lines('Dear board,', 'I attach Letter 1', 'and Letter 2', 'as requested.')).isEdition,
      false,
    );
  });
});
