import assert from 'node:assert/strict';
import { DocumentModel } from '../../server/src/analysis/model';
import { parseSettings } from '../../server/src/analysis/settings';
import { parseDocument } from '../../server/src/syntax/parseDocument';
import { dateBounds } from '../../server/src/syntax/dateInterval';
import { ENGLISH, FRENCH, resolveEditionWords } from '../../server/src/syntax/vocabulary';
import { datelineOf } from '../../server/src/topics/dates/dateChecks';
import { readWith } from '../editionWords';
import { checkDiagnostics, checkFix } from '../checks';
import { lines } from '../fixture';

/** Runs `body` with the edition read in `words`, then goes back to English and `Letter`. */

const numbers = (text: string) => parseDocument(text).letters.map((letter) => letter.number);

describe('the edition in another language', () => {
  it('takes the language from letters.language, else from edition.json, else English', () => {
    assert.equal(resolveEditionWords({}).language, ENGLISH);
    assert.equal(resolveEditionWords({}, { language: 'fr' }).language, FRENCH);
    assert.equal(resolveEditionWords({}, { language: 'fr-CH' }).language, FRENCH);
    assert.equal(resolveEditionWords({ language: 'en' }, { language: 'fr' }).language, ENGLISH);
    assert.equal(resolveEditionWords({ language: 'fr' }, { language: 'en' }).language, FRENCH);
    // A language without a table is read as English rather than not at all.
    assert.equal(resolveEditionWords({ language: 'xx' }, { language: 'yy' }).language, ENGLISH);
    assert.equal(resolveEditionWords({}, { language: 'fr' }).headingWord, 'Lettre');
    assert.equal(resolveEditionWords({ headingWord: 'Brief' }, { language: 'fr' }).headingWord, 'Brief');
    assert.equal(resolveEditionWords({}, { language: 'fr', headingWord: 'No.' }).headingWord, 'No.');
    assert.equal(resolveEditionWords({ headingWord: 'Brief' }, { headingWord: 'No.' }).headingWord, 'Brief');
    const settings = parseSettings({ headingWord: ' Brief ', language: 'fr' });
    assert.deepEqual([settings.headingWord, settings.language], ['Brief', 'fr']);
    assert.deepEqual([parseSettings({}).headingWord, parseSettings({ language: 3 }).language], ['', '']);
  });

  it('reads headings with the heading word of the setting, and only with it', () => {
    const text = (word: string) => lines(`${word} 12`, '[1 May 1926]', 'Text.', `${word} 13`, '[2 May 1926]');
    readWith({ language: ENGLISH, headingWord: 'Brief' }, () => {
      assert.deepEqual(numbers(text('Brief')), [12, 13]);
      assert.deepEqual(numbers(text('Letter')), []);
      // Case matters: `brief 12` in running text is no heading.
      assert.deepEqual(numbers(text('brief')), []);
    });
    readWith({ language: ENGLISH, headingWord: '\u041F\u0438\u0441\u044C\u043C\u043E' }, () =>
      assert.deepEqual(numbers(text('\u041F\u0438\u0441\u044C\u043C\u043E')), [12, 13]),
    );
    readWith({ language: ENGLISH, headingWord: 'No.' }, () => {
      assert.deepEqual(numbers(text('No.')), [12, 13]);
      assert.deepEqual(numbers(lines('No.12', '[1 May 1926]')), [12]);
      // The period of the word is a period, not any character.
      assert.deepEqual(numbers(lines('Nox 12', '[1 May 1926]')), []);
    });
    assert.deepEqual(numbers(text('Letter')), [12, 13]);
  });

  it('reads French headings, datelines, months in running text and editorial dates', () => {
    const text = lines(
      'Lettre 1',
      '[12 mars 1926]',
      'Cher ami,1',
      'Je suis arrivé le 10 mars, vendredi dernier.2',
      'Sotchi, 12 mars 1926',
      '1.   Note une.',
      '2.   Le 3 février 1926 et en juin 1926.',
      'Lettre 2',
      '[avant le 1er avril 1926]',
      'Texte.1',
      '1.   Note.',
    );
    readWith(resolveEditionWords({ language: 'fr' }), () => {
      const model = new DocumentModel('file:///lettres.letters', 1, text);
      const [first, second] = model.letters;
      assert.deepEqual(
        model.letters.map((letter) => [letter.number, letter.markers.map((marker) => marker.number)]),
        [
          [1, [1, 2]],
          [2, [1]],
        ],
      );
      assert.deepEqual(first?.editorialDate?.value, {
        form: 'point',
        date: { year: 1926, month: 3, day: 12 },
        circa: false,
        uncertain: false,
      });
      assert.deepEqual(
        first?.dates.map((date) => [model.textOf(date.span), date.date]),
        [
          ['10 mars', { year: undefined, month: 3, day: 10 }],
          ['12 mars 1926', { year: 1926, month: 3, day: 12 }],
          ['3 février 1926', { year: 1926, month: 2, day: 3 }],
          ['juin 1926', { year: 1926, month: 6, day: undefined }],
        ],
      );
      assert.equal(
        first && model.textOf(datelineOf(model, first)?.span ?? { start: 0, end: 0 }),
        '12 mars 1926',
      );
      const value = second?.editorialDate?.value;
      // `avant le 1er avril` excludes its day.
      assert.deepEqual(value && [value.form, dateBounds(value)], [
        'bounds',
        { notAfter: { year: 1926, month: 3, day: 31 } },
      ]);
    });
  });

  it('checks French dates with French words: defects, fixes, datelines, weekdays, chronology', () => {
    readWith(resolveEditionWords({ language: 'fr' }), () => {
      checkDiagnostics(
        lines(
          'Lettre 1',
          '[12 mars 1926]',
          'Le lundi 15 mars 1926 (mardi) et le 31 avril 1926.1',
          '                       ^^^^^ date.weekday: 15 mars 1926 was a lundi',
          '                                    ^^^^^^^^^^^^^ date.impossible',
          'Sotchi, 13 mars 1926',
          '        ^^^^^^^^^^^^ date.dateline',
          '1.   Le 3 févier 1926.',
          '        ^^^^^^^^^^^^^ date.malformed: "févier" is not a month; février',
          'Lettre 2',
          '[avant le 1er mars 1926]',
          '^^^^^^^^^^^^^^^^^^^^^^^^ date.chronology',
          'Texte.1',
          '1.   Note.',
        ),
        { ignore: ['note.heading'] },
      );
      checkFix(
        lines('Lettre 1', '[12 mars 1926]', 'Texte.1', '1.   Le 3 {|}févier 1926.'),
        lines('Lettre 1', '[12 mars 1926]', 'Texte.1', '1.   Le 3 février 1926.'),
      );
    });
  });
});
