import assert from 'node:assert/strict';
import { documentProblems } from '../../server/src/topics/diagnose';
import { Edition } from '../../server/src/analysis/edition';
import { dateBounds, parseEditorialDate } from '../../server/src/syntax/editorialDates';
import { lines } from '../fixture';

const read = (inner: string) => parseEditorialDate(inner, { start: 0, end: inner.length });
const day = (year: number, month: number, date: number) => ({ year, month, day: date });

describe('editorial dates: qualifiers and bounds', () => {
  it('reads every wording of an open bound, in either case, as that bound', () => {
    const cases: [string, string, { notBefore?: object; notAfter?: object }][] = [
      ['before 12 March 1931', 'before', { notAfter: day(1931, 3, 12) }],
      ['Before 12 March 1931', 'before', { notAfter: day(1931, 3, 12) }],
      ['earlier than 20 May 1929', 'before', { notAfter: day(1929, 5, 20) }],
      ['after 1 September 1926', 'after', { notBefore: day(1926, 9, 1) }],
      ['later than 1 September 1926', 'after', { notBefore: day(1926, 9, 1) }],
      ['not earlier than 3 June 1926', 'notBefore', { notBefore: day(1926, 6, 3) }],
      ['not before 3 June 1926', 'notBefore', { notBefore: day(1926, 6, 3) }],
      ['no later than 3 June 1926', 'notAfter', { notAfter: day(1926, 6, 3) }],
      ['Not after 3 June 1926', 'notAfter', { notAfter: day(1926, 6, 3) }],
    ];
    for (const [inner, qualifier, bounds] of cases) {
      const value = read(inner).value;
      assert.equal(value?.qualifier, qualifier, inner);
      assert.deepEqual(value && dateBounds(value), bounds, inner);
    }
  });

  it('reads ranges, parts of a month, seasons and dates known to the month or year as closed intervals', () => {
    const cases: [string, string, object, object][] = [
      ['between 3 and 7 June 1926', 'exact', day(1926, 6, 3), day(1926, 6, 7)],
      ['3\u20137 June 1926', 'exact', day(1926, 6, 3), day(1926, 6, 7)],
      ['end of August 1926', 'approximate', day(1926, 8, 21), day(1926, 8, 31)],
      ['early September 1929', 'approximate', day(1929, 9, 1), day(1929, 9, 10)],
      ['mid-July 1930', 'approximate', day(1930, 7, 11), day(1930, 7, 20)],
      ['summer 1926', 'approximate', day(1926, 6, 1), day(1926, 8, 31)],
      ['spring 1927?', 'approximate', day(1927, 3, 1), day(1927, 5, 31)],
      ['winter 1926', 'approximate', day(1926, 12, 1), day(1927, 2, 28)],
      ['c. 10 June 1926', 'circa', day(1926, 6, 10), day(1926, 6, 10)],
      ['June 1926', 'exact', { year: 1926, month: 6, day: undefined }, day(1926, 6, 30)],
      ['1926', 'exact', { year: 1926, month: undefined, day: undefined }, day(1926, 12, 31)],
    ];
    for (const [inner, qualifier, notBefore, notAfter] of cases) {
      const value = read(inner).value;
      assert.equal(value?.qualifier, qualifier, inner);
      assert.deepEqual(value && dateBounds(value), { notBefore, notAfter }, inner);
    }
  });

  it('still reports what is not a date: a part of a month without a month, a season with a word for a year', () => {
    assert.equal(read('early Septober 1929').problem?.code, 'date.malformed');
    assert.equal(read('summer of that year').problem?.code, 'date.malformed');
    assert.equal(read('between 3 and June').problem?.code, 'date.malformed');
  });
});

describe('editorial dates: chronology with intervals', () => {
  const chronology = (text: string) => {
    const workspace = new Edition();
    return documentProblems(workspace.set('file:///edition.letters', 1, text), workspace)
      .filter((problem) => problem.code === 'date.chronology')
      .map((problem) => problem.message);
  };

  it('takes an interval for in order when it can be, and reports it only when it cannot', () => {
    assert.deepEqual(
      chronology(
        lines(
          'Letter 1',
          '[summer 1926]',
          '',
          'Letter 2',
          '[after 1 June 1926]',
          '',
          'Letter 3',
          '[before 20 June 1926]',
          '',
          'Letter 4',
          '[end of June 1926]',
        ),
      ),
      [],
    );
    assert.deepEqual(
      chronology(lines('Letter 1', '[mid-July 1926]', '', 'Letter 2', '[before 5 July 1926]')),
      ['Letter 2 is dated Monday, 5 July 1926, earlier than letter 1 before it (Sunday, 11 July 1926).'],
    );
  });
});
