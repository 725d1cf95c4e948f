import assert from 'node:assert/strict';
import { dateInterval, type Day } from '../../server/src/syntax/dateInterval';
import { parseEditorialDate } from '../../server/src/syntax/editorialDates';
import { ENGLISH, resolveEditionWords, type Language } from '../../server/src/syntax/vocabulary';
import { edtfOf } from '../../server/src/topics/dates/edtf';
import { checkDiagnostics } from '../checks';
import { checkHover } from '../featureChecks';
import { assertEdtf } from '../edtfCheck';
import { lines } from '../fixture';

const read = (inner: string, language: Language = ENGLISH) =>
  parseEditorialDate(inner, { start: 0, end: inner.length }, language);
const FRENCH_WORDS = resolveEditionWords({ language: 'fr' });
const d = (year: number, month: number, day: number): Day => ({ year, month, day });

/** An editorial date, its EDTF value, and the first and last days it allows (undefined: open). */
type Case = readonly [inner: string, edtf: string, earliest: Day | undefined, latest: Day | undefined];

function assertCases(cases: readonly Case[], language: Language = ENGLISH): void {
  for (const [inner, expected, earliest, latest] of cases) {
    const { value, defect } = read(inner, language);
    assert.equal(defect, undefined, `${inner}: ${JSON.stringify(defect)}`);
    if (!value) continue;
    assert.equal(edtfOf(value), expected, inner);
    assert.deepEqual(
      dateInterval(value),
      { ...(earliest && { earliest }), ...(latest && { latest }) },
      inner,
    );
    if (expected !== 'XXXX') assertEdtf(expected, earliest, latest);
  }
}

describe('editorial dates: every family as one EDTF value and the days it allows', () => {
  it('reads days, months and years, doubt and estimates (English)', () => {
    assertCases([
      ['24 May 1926', '1926-05-24', d(1926, 5, 24), d(1926, 5, 24)],
      ['May 1926', '1926-05', d(1926, 5, 1), d(1926, 5, 31)],
      ['1926', '1926', d(1926, 1, 1), d(1926, 12, 31)],
      ['5 July 1926?', '1926-07-05?', d(1926, 7, 5), d(1926, 7, 5)],
      ['5 July 1926 (?)', '1926-07-05?', d(1926, 7, 5), d(1926, 7, 5)],
      ['5? July 1926', '1926-07-05?', d(1926, 7, 5), d(1926, 7, 5)],
      ['c. 30 August 1926', '1926-08-30~', d(1926, 8, 30), d(1926, 8, 30)],
      ['ca. 5 July 1926', '1926-07-05~', d(1926, 7, 5), d(1926, 7, 5)],
      ['circa 5 July 1926', '1926-07-05~', d(1926, 7, 5), d(1926, 7, 5)],
      ['about 5 July 1926', '1926-07-05~', d(1926, 7, 5), d(1926, 7, 5)],
      ['around July 1926?', '1926-07%', d(1926, 7, 1), d(1926, 7, 31)],
      ['undated', 'XXXX', undefined, undefined],
      ['n.d.', 'XXXX', undefined, undefined],
    ]);
  });

  it('reads bounds in every phrasing, a bound that excludes its day moving by one (English)', () => {
    assertCases([
      ['before 5 July 1926', '../1926-07-04', undefined, d(1926, 7, 4)],
      ['earlier than 5 July 1926', '../1926-07-04', undefined, d(1926, 7, 4)],
      ['not later than 5 July 1926', '../1926-07-05', undefined, d(1926, 7, 5)],
      ['no later than 5 July 1926', '../1926-07-05', undefined, d(1926, 7, 5)],
      ['by 5 July 1926', '../1926-07-05', undefined, d(1926, 7, 5)],
      ['after 2 July 1926', '1926-07-03/..', d(1926, 7, 3), undefined],
      ['later than 2 July 1926', '1926-07-03/..', d(1926, 7, 3), undefined],
      ['not before 2 July 1926', '1926-07-02/..', d(1926, 7, 2), undefined],
      ['no earlier than 1 August 1926', '1926-08-01/..', d(1926, 8, 1), undefined],
      ['not earlier than 2 July 1926', '1926-07-02/..', d(1926, 7, 2), undefined],
      ['Not after 31 December 1926', '../1926-12-31', undefined, d(1926, 12, 31)],
      ['after 2 and before 5 July 1926', '1926-07-03/1926-07-04', d(1926, 7, 3), d(1926, 7, 4)],
      [
        'not before 30 June and not after 2 July 1926',
        '1926-06-30/1926-07-02',
        d(1926, 6, 30),
        d(1926, 7, 2),
      ],
      ['before July 1926', '../1926-06', undefined, d(1926, 6, 30)],
      ['after 1926', '1927/..', d(1927, 1, 1), undefined],
    ]);
  });

  it('reads parts of a month or a year and seasons (English)', () => {
    assertCases([
      ['early July 1926', '1926-07-01/1926-07-10', d(1926, 7, 1), d(1926, 7, 10)],
      ['beginning of July 1926', '1926-07-01/1926-07-10', d(1926, 7, 1), d(1926, 7, 10)],
      ['mid-July 1926', '1926-07-11/1926-07-20', d(1926, 7, 11), d(1926, 7, 20)],
      ['middle of July 1926', '1926-07-11/1926-07-20', d(1926, 7, 11), d(1926, 7, 20)],
      ['late February 1928', '1928-02-21/1928-02-29', d(1928, 2, 21), d(1928, 2, 29)],
      ['the end of June 1926', '1926-06-21/1926-06-30', d(1926, 6, 21), d(1926, 6, 30)],
      ['first half of July 1926', '1926-07-01/1926-07-15', d(1926, 7, 1), d(1926, 7, 15)],
      ['second half of December 1926', '1926-12-16/1926-12-31', d(1926, 12, 16), d(1926, 12, 31)],
      ['first days of July 1926', '1926-07-01/1926-07-07', d(1926, 7, 1), d(1926, 7, 7)],
      ['early 1926', '1926-01/1926-04', d(1926, 1, 1), d(1926, 4, 30)],
      ['mid-1926', '1926-05/1926-08', d(1926, 5, 1), d(1926, 8, 31)],
      ['second half of 1926', '1926-07/1926-12', d(1926, 7, 1), d(1926, 12, 31)],
      ['spring 1926', '1926-21', d(1926, 3, 1), d(1926, 5, 31)],
      ['summer of 1926', '1926-22', d(1926, 6, 1), d(1926, 8, 31)],
      ['autumn 1926', '1926-23', d(1926, 9, 1), d(1926, 11, 30)],
      ['fall 1926', '1926-23', d(1926, 9, 1), d(1926, 11, 30)],
      ['winter 1926/27', '1926-24', d(1926, 12, 1), d(1927, 2, 28)],
      ['winter 1927–1928', '1927-24', d(1927, 12, 1), d(1928, 2, 29)],
      ['c. spring 1927', '1927-03~/1927-05~', d(1927, 3, 1), d(1927, 5, 31)],
    ]);
  });

  it('reads alternatives and ranges within and across months and years (English)', () => {
    assertCases([
      ['3 or 4 July 1926', '[1926-07-03,1926-07-04]', d(1926, 7, 3), d(1926, 7, 4)],
      ['30 June or 1 July 1926', '[1926-06-30,1926-07-01]', d(1926, 6, 30), d(1926, 7, 1)],
      ['June or July 1926', '[1926-06,1926-07]', d(1926, 6, 1), d(1926, 7, 31)],
      ['2\u20135 July 1926', '1926-07-02/1926-07-05', d(1926, 7, 2), d(1926, 7, 5)],
      ['2-5 July 1926', '1926-07-02/1926-07-05', d(1926, 7, 2), d(1926, 7, 5)],
      ['30 June\u20132 July 1926', '1926-06-30/1926-07-02', d(1926, 6, 30), d(1926, 7, 2)],
      ['28 December\u20133 January 1927', '1926-12-28/1927-01-03', d(1926, 12, 28), d(1927, 1, 3)],
      ['2 to 5 July 1926', '1926-07-02/1926-07-05', d(1926, 7, 2), d(1926, 7, 5)],
      ['between 2 and 5 July 1926', '1926-07-02/1926-07-05', d(1926, 7, 2), d(1926, 7, 5)],
      ['between 30 June and 2 July 1926', '1926-06-30/1926-07-02', d(1926, 6, 30), d(1926, 7, 2)],
      ['c. 2\u20135 July 1926', '1926-07-02~/1926-07-05~', d(1926, 7, 2), d(1926, 7, 5)],
    ]);
  });

  it('reads the same families in French', () => {
    assertCases(
      [
        ['1er juillet 1926', '1926-07-01', d(1926, 7, 1), d(1926, 7, 1)],
        ['5 juillet 1926 (?)', '1926-07-05?', d(1926, 7, 5), d(1926, 7, 5)],
        ['vers le 10 juin 1926', '1926-06-10~', d(1926, 6, 10), d(1926, 6, 10)],
        ['env. juillet 1926', '1926-07~', d(1926, 7, 1), d(1926, 7, 31)],
        ['avant le 12 mars 1931', '../1931-03-11', undefined, d(1931, 3, 11)],
        ['au plus tard le 3 juin 1926', '../1926-06-03', undefined, d(1926, 6, 3)],
        ['après le 1er septembre 1926', '1926-09-02/..', d(1926, 9, 2), undefined],
        ['pas avant le 3 juin 1926', '1926-06-03/..', d(1926, 6, 3), undefined],
        ['après le 2 et avant le 5 juillet 1926', '1926-07-03/1926-07-04', d(1926, 7, 3), d(1926, 7, 4)],
        ['début juillet 1926', '1926-07-01/1926-07-10', d(1926, 7, 1), d(1926, 7, 10)],
        ["début d'août 1926", '1926-08-01/1926-08-10', d(1926, 8, 1), d(1926, 8, 10)],
        ['mi-juillet 1930', '1930-07-11/1930-07-20', d(1930, 7, 11), d(1930, 7, 20)],
        ['fin d\u2019août 1926', '1926-08-21/1926-08-31', d(1926, 8, 21), d(1926, 8, 31)],
        ['premiers jours de juillet 1926', '1926-07-01/1926-07-07', d(1926, 7, 1), d(1926, 7, 7)],
        ['seconde quinzaine de décembre 1926', '1926-12-16/1926-12-31', d(1926, 12, 16), d(1926, 12, 31)],
        ['été 1926', '1926-22', d(1926, 6, 1), d(1926, 8, 31)],
        ['hiver 1926/27', '1926-24', d(1926, 12, 1), d(1927, 2, 28)],
        ['3 ou 4 juillet 1926', '[1926-07-03,1926-07-04]', d(1926, 7, 3), d(1926, 7, 4)],
        ['30 juin ou 1er juillet 1926', '[1926-06-30,1926-07-01]', d(1926, 6, 30), d(1926, 7, 1)],
        ['du 2 au 5 juillet 1926', '1926-07-02/1926-07-05', d(1926, 7, 2), d(1926, 7, 5)],
        ['3 au 7 juin 1926', '1926-06-03/1926-06-07', d(1926, 6, 3), d(1926, 6, 7)],
        ['entre le 3 et le 7 juin 1926', '1926-06-03/1926-06-07', d(1926, 6, 3), d(1926, 6, 7)],
        ['entre le 30 juin et le 2 juillet 1926', '1926-06-30/1926-07-02', d(1926, 6, 30), d(1926, 7, 2)],
        ['sans date', 'XXXX', undefined, undefined],
        ['s.d.', 'XXXX', undefined, undefined],
      ],
      FRENCH_WORDS.language,
    );
  });
});

describe('editorial dates: malformed stays malformed', () => {
  it('reports an impossible day, reversed ends, a dangling joiner, an unknown month, an unclear winter', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[31 June 1926]',
        ' ^^^^^^^^^^^^ date.impossible: June 1926 has no day 31.',
        'Letter 2',
        '[between 5 and 2 July 1926]',
        '         ^^^^^^^^^^^^^^^^^ date.malformed: The editorial date allows no day: 5 July 1926 does not come before 2 July 1926.',
        'Letter 3',
        '[spring 1926 or]',
        '             ^^ date.malformed: "or" in the editorial date has no date on its other side.',
        'Letter 4',
        '[3 Juli 1926]',
        '   ^^^^ date.malformed: "Juli" is not a month; July is probably meant.',
        'Letter 5',
        '[3 Brumaire 1926]',
        '   ^^^^^^^^ date.malformed: "Brumaire" in the editorial date is not a month.',
        'Letter 6',
        '[winter 1926]',
        ' ^^^^^^^^^^^ date.malformed: The winter of 1926 may be that of 1925/26 or of 1926/27',
        'Letter 7',
        '[after 5 and before 3 July 1926]',
        '       ^^^^^^^^^^^^^^^^^^^^^^^^ date.malformed: The editorial date allows no day',
        'Letter 8',
        '[2\u20135 July]',
        '   ^^^^^^ date.malformed: The editorial date has no year.',
        'Letter 9',
        '[summer of that year]',
        ' ^^^^^^^^^^^^^^^^^^^ date.malformed: "summer of that year" is not a date form',
      ),
      { ignore: ['note.heading', 'letter.sequence', 'date.chronology'] },
    );
  });

  it('reports the same defects in French', () => {
    checkDiagnostics(
      lines(
        'Lettre 1',
        '[31 juin 1926]',
        ' ^^^^^^^^^^^^ date.impossible: juin 1926 has no day 31.',
        'Lettre 2',
        '[entre le 5 et le 2 juillet 1926]',
        '          ^^^^^^^^^^^^^^^^^^^^^^ date.malformed: The editorial date allows no day',
        'Lettre 3',
        '[printemps 1926 ou]',
        '                ^^ date.malformed: "ou" in the editorial date has no date',
        'Lettre 4',
        '[hiver 1926]',
        ' ^^^^^^^^^^ date.malformed: The winter of 1926',
      ),
      { ignore: ['note.heading', 'letter.sequence', 'date.chronology'], words: FRENCH_WORDS },
    );
  });
});

describe('editorial dates: chronology and datelines compare the days they allow', () => {
  const letters = (...dates: string[]) =>
    lines(...dates.flatMap((date, index) => [`Letter ${index + 1}`, `[${date}]`, 'Text.']));

  it('takes dates for in order when some of their days can be', () => {
    checkDiagnostics(letters('25 June 1926', 'summer 1926', '3 August 1926'));
    checkDiagnostics(letters('summer 1926', 'after 1 June 1926', 'before 20 June 1926', 'end of June 1926'));
    checkDiagnostics(letters('3 or 4 July 1926', '2\u20133 July 1926', 'first days of July 1926', 'undated'));
  });

  it('reports a date none of whose days can follow the date before it, in words', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[mid-July 1926]',
        'Text.',
        'Letter 2',
        '[before 5 July 1926]',
        '^^^^^^^^^^^^^^^^^^^^ date.chronology: Letter 2 is dated before 5 July 1926, earlier than letter 1 before it (the middle of July 1926).',
        'Text.',
      ),
    );
  });

  it('holds a dateline to the days its editorial date allows, and a weekday to their weekdays', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[2\u20135 July 1926]',
        'Moscow, 4 July 1926',
        'Letter 2',
        '[5\u20137 July 1926]',
        'Moscow, 8 July 1926',
        '        ^^^^^^^^^^^ date.dateline: The dateline of letter 2 gives Thursday, 8 July 1926, but its editorial date is from 5 July 1926 to 7 July 1926.',
        'Letter 3',
        '[9 or 10 July 1926]',
        'Saturday. Sochi.',
        'Letter 4',
        '[11 or 12 July 1926]',
        'Friday. Sochi.',
        '^^^^^^^^^^^^^^ date.dateline: The dateline of letter 4 says Friday, but no day of its editorial date',
        'Letter 5',
        '[c. 20 July 1926]',
        'Moscow, 22 July 1926',
      ),
    );
  });
});

describe('editorial dates: hover', () => {
  it('shows the reading in words, the EDTF value and the days allowed', () => {
    checkHover(
      lines(
        'Letter 1',
        '[second half of December 1926]',
        '^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ hover: Editorial date: **the second half of December 1926**',
        '^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ hover: EDTF: `1926-12-16/1926-12-31`',
        '^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ hover: Days it allows: from Thursday, 16 December 1926 to Friday, 31 December 1926.',
        'Letter 2',
        '[25 June 1926]',
        '^^^^^^^^^^^^^^ hover: Editorial date: **Friday, 25 June 1926**\n\nEDTF: `1926-06-25`',
        'Letter 3',
        '[n.d.]',
        '^^^^^^ hover: Editorial date: **undated**\n\nEDTF: `XXXX`\n\nThe editor could not date the letter.',
      ),
    );
  });
});
