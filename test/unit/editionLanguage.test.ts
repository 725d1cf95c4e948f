import assert from 'node:assert/strict';
import { Edition } from '../../server/src/analysis/edition';
import { DocumentModel } from '../../server/src/analysis/model';
import { readLetters } from '../../server/src/reading/letters';
import { documentProblems } from '../../server/src/topics/diagnose';
import { parseSettings } from '../../server/src/analysis/settings';
import { parseDocument } from '../../server/src/syntax/parseDocument';
import { dateBounds } from '../../server/src/syntax/dateInterval';
import { ENGLISH, FRENCH, resolveEditionWords, type EditionWords } from '../../server/src/syntax/vocabulary';
import { datelineOf } from '../../server/src/topics/dates/dateChecks';
import { checkDiagnostics, checkFix } from '../checks';
import { lines } from '../fixture';

const numbers = (text: string, words?: EditionWords) =>
  parseDocument(text, words).letters.map((letter) => letter.number);
const FRENCH_WORDS = resolveEditionWords({ language: 'fr' });

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
    const brief = { language: ENGLISH, headingWord: 'Brief' };
    assert.deepEqual(numbers(text('Brief'), brief), [12, 13]);
    assert.deepEqual(numbers(text('Letter'), brief), []);
    // Case matters: `brief 12` in running text is no heading.
    assert.deepEqual(numbers(text('brief'), brief), []);
    const pismo = '\u041F\u0438\u0441\u044C\u043C\u043E';
    assert.deepEqual(numbers(text(pismo), { language: ENGLISH, headingWord: pismo }), [12, 13]);
    const no = { language: ENGLISH, headingWord: 'No.' };
    assert.deepEqual(numbers(text('No.'), no), [12, 13]);
    assert.deepEqual(numbers(lines('No.12', '[1 May 1926]'), no), [12]);
    // The period of the word is a period, not any character.
    assert.deepEqual(numbers(lines('Nox 12', '[1 May 1926]'), no), []);
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
    const model = new DocumentModel('file:///lettres.letters', 1, text, FRENCH_WORDS);
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

  it('checks French dates with French words: defects, fixes, datelines, weekdays, chronology', () => {
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
      { ignore: ['note.heading'], words: FRENCH_WORDS },
    );
    checkFix(
      lines('Lettre 1', '[12 mars 1926]', 'Texte.1', '1.   Le 3 {|}févier 1926.'),
      lines('Lettre 1', '[12 mars 1926]', 'Texte.1', '1.   Le 3 février 1926.'),
      undefined,
      { words: FRENCH_WORDS },
    );
  });

  it('reads two editions of one process each with its own words, whichever was read last', () => {
    // One text, two editions: French reads `Lettre 1` and its French dates, English `Letter 2` and its English ones.
    const text = lines(
      'Lettre 1',
      '[31 juin 1926]',
      'Le 3 mars 1926.',
      'Letter 2',
      '[31 June 1926]',
      'On 3 March 1926.',
    );
    const english = new Edition();
    const french = new Edition();
    french.useWords(FRENCH_WORDS);
    const read = (edition: Edition, version: number) => {
      const model = edition.set(`file:///${edition === french ? 'fr' : 'en'}/e.letters`, version, text);
      const [letter] = readLetters(model, edition);
      return {
        letters: model.letters.map((one) => one.number),
        dates: letter?.annotations.flatMap((one) => (one.kind === 'date' ? [one.title] : [])),
        impossible: documentProblems(model, edition)
          .filter((problem) => problem.code === 'date.impossible')
          .map((problem) => problem.message),
      };
    };
    const inFrench = {
      letters: [1],
      dates: ['mercredi, 3 mars 1926'],
      impossible: ['juin 1926 has no day 31.'],
    };
    const inEnglish = {
      letters: [2],
      dates: ['Wednesday, 3 March 1926'],
      impossible: ['June 1926 has no day 31.'],
    };
    // Alternately, and each again after the other: neither reads with the words of the one read last.
    for (let version = 1; version <= 2; version++) {
      assert.deepEqual(read(french, version), inFrench);
      assert.deepEqual(read(english, version), inEnglish);
    }
    assert.deepEqual(read(french, 3), inFrench);
  });
});
