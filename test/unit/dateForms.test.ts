// The forms of dates the edition reads: running-text dates (their forms, the malformed and impossible
// ones with their fixes, the month words the scanner starts at) and editorial dates.
import assert from 'node:assert/strict';
import { ENGLISH, LANGUAGES } from '../../server/src/syntax/vocabulary';
import { parseEditorialDate } from '../../server/src/syntax/editorialDates';
import { defectProblem } from '../../server/src/topics/dates/dateProblems';
import { monthWordPattern, scanDates, type DateMention } from '../../server/src/syntax/textDates';
import { fixture } from '../fixture';

/** Scans a fixture whole; returns the mentions and the `[[...]]` ranges. */
function scan(
  source: string,
  year?: number,
): { text: string; mentions: DateMention[]; ranges: { start: number; end: number }[] } {
  const { text, ranges } = fixture(source);
  return {
    text,
    ranges,
    mentions: scanDates(
      text,
      { start: 0, end: text.length },
      { language: ENGLISH, ...(year === undefined ? {} : { year }) },
    ),
  };
}

/** A scanned date's defect as the dates topic reports it, with its one fix (span and text). */
function problemOf(mention: DateMention | undefined) {
  if (!mention?.defect) return undefined;
  const problem = defectProblem(mention.defect, 'text', ENGLISH, mention.span);
  const replacement = problem.fixes[0]?.replacements[0];
  return {
    code: problem.code,
    message: problem.message,
    fix: replacement && { span: replacement.span, newText: replacement.newText },
  };
}

describe('dates: the forms of the edition', () => {
  const forms: [string, object][] = [
    ['on [[24 May 1926]] he', { kind: 'dayMonthYear', date: { year: 1926, month: 5, day: 24 } }],
    ['since [[15 June]], when', { kind: 'dayMonth', date: { year: undefined, month: 6, day: 15 } }],
    ['Sent [[June 3]]', { kind: 'monthDay', date: { year: undefined, month: 6, day: 3 } }],
    ['[[3 June]], 9:00 P.M.', { kind: 'dayMonth', date: { year: undefined, month: 6, day: 3 } }],
    ['in [[May 1926]], as', { kind: 'monthYear', date: { year: 1926, month: 5, day: undefined } }],
    ['Sochi, [[6/25/26]]', { kind: 'numeric', date: { year: 1926, month: 6, day: 25 } }],
    ['notation: "[[5/26/1926]]."', { kind: 'numeric', date: { year: 1926, month: 5, day: 26 } }],
    [
      'on [[6\u20138 April 1925]] at',
      { kind: 'dayRange', date: { year: 1925, month: 4, day: 6 }, until: { year: 1925, month: 4, day: 8 } },
    ],
    ['from [[Aug. 1926]] on', { kind: 'monthYear', date: { year: 1926, month: 8, day: undefined } }],
    [
      'from [[26 October to 3 November 1926]]. A',
      {
        kind: 'dayRange',
        date: { year: 1926, month: 10, day: 26 },
        until: { year: 1926, month: 11, day: 3 },
      },
    ],
    [
      'from [[22 November through 16 December 1926]], with',
      {
        kind: 'dayRange',
        date: { year: 1926, month: 11, day: 22 },
        until: { year: 1926, month: 12, day: 16 },
      },
    ],
    [
      'from [[28 December to 3 January 1927]]',
      {
        kind: 'dayRange',
        date: { year: 1926, month: 12, day: 28 },
        until: { year: 1927, month: 1, day: 3 },
      },
    ],
    [
      'existed from [[1921 to 1931]] under',
      {
        kind: 'yearRange',
        date: { year: 1921, month: undefined, day: undefined },
        until: { year: 1931, month: undefined, day: undefined },
      },
    ],
    [
      'in circulation [[1922\u20131947]].',
      {
        kind: 'yearRange',
        date: { year: 1922, month: undefined, day: undefined },
        until: { year: 1947, month: undefined, day: undefined },
      },
    ],
    [
      'plan of [[1925-26]] (in',
      {
        kind: 'yearRange',
        date: { year: 1925, month: undefined, day: undefined },
        until: { year: 1926, month: undefined, day: undefined },
      },
    ],
  ];
  for (const [source, expected] of forms) {
    it(`reads ${source.replace(/\[\[|\]\]/g, '')}`, () => {
      const { mentions, ranges } = scan(source);
      assert.equal(mentions.length, 1);
      const [mention] = mentions;
      assert.deepEqual(mention?.span, ranges[0]);
      assert.deepEqual(
        { kind: mention?.kind, date: mention?.date, ...(mention?.until ? { until: mention.until } : {}) },
        expected,
      );
      assert.equal(mention?.defect, undefined);
    });
  }

  it('reads a weekday in parentheses and checks it with the letter year', () => {
    const right = scan('[[8/3]] ([[Tuesday]])', 1926);
    assert.deepEqual(right.mentions[0]?.weekday, { index: 2, span: right.ranges[1] });
    assert.equal(right.mentions[0]?.defect, undefined);
    const wrong = scan('8/3 ([[Friday]])', 1926).mentions[0];
    assert.equal(problemOf(wrong)?.code, 'date.weekday');
    assert.equal(problemOf(wrong)?.message, '3 August 1926 was a Tuesday, not a Friday.');
    assert.equal(problemOf(wrong)?.fix?.newText, 'Tuesday');
    const agreeing = scan('on Thursday (5 August) we', 1926).mentions;
    assert.equal(agreeing.length, 1, 'the date is read');
    assert.equal(agreeing[0]?.defect, undefined);
  });

  it('reads a yearless m/d that is a fraction as no date', () => {
    assert.deepEqual(scan('2/3 of the votes, a 2/3 majority, 1 1/2 million, 1/4 percent').mentions, []);
    assert.equal(scan('on 8/3 of this year').mentions.length, 1);
    assert.equal(scan('Sochi, 8/3 (Tuesday)').mentions.length, 1);
    assert.equal(scan('the 2/3/26 meeting of the votes').mentions.length, 1);
  });

  it('leaves look-alikes alone: pages, citations, quantities, times, notation', () => {
    const source =
      'vols. 1:90101 and 13748; f. 17, op. 3, d. 585, l. 120b; 1 million rubles; 9:00 P.M.; "1926=?" and "1926-?"; 2 or 3 Bolsheviks; On 10\n\nJuly';
    assert.deepEqual(
      scan(source).mentions.map((mention) => mention.defect),
      [],
    );
  });
});

describe('dates: malformed and impossible', () => {
  const cases: [string, string, string, string | undefined][] = [
    [
      'in London on [[68]] April 1925 at',
      'date.malformed',
      '"68 April" has lost the dash of the range 6\u20138 April.',
      '6\u20138',
    ],
    [
      'in Lille on [[2126]] June 1926.',
      'date.malformed',
      '"2126 June" has lost the dash of the range 21\u201326 June.',
      '21\u201326',
    ],
    [
      'took place on [[618]] December 1926.',
      'date.malformed',
      '"618 December" has lost the dash of the range 6\u201318 December.',
      '6\u201318',
    ],
    [
      'in circulation [[19221947]]Trans.',
      'date.malformed',
      '"19221947" is the year range 1922\u20131947 without its dash.',
      '1922\u20131947',
    ],
    [
      'v SSSR, [[192327]] [Communist',
      'date.malformed',
      '"192327" is the year range 1923\u201327 without its dash.',
      '1923\u201327',
    ],
    ['on 8 June[[]]1926, and', 'date.malformed', 'The month and the year of "8 June1926" run together.', ' '],
    [
      'on 3 [[Sepember]] 1926 the',
      'date.malformed',
      '"Sepember" is not a month; September is probably meant.',
      'September',
    ],
  ];
  for (const [source, code, message, replacement] of cases) {
    it(`reports ${source.replace(/\[\[|\]\]/g, '')} with its fix`, () => {
      const { mentions, ranges } = scan(source);
      const problem = problemOf(mentions.find((mention) => mention.defect));
      assert.equal(problem?.code, code);
      assert.equal(problem?.message, message);
      assert.deepEqual(problem?.fix?.span, ranges[0]);
      assert.equal(problem?.fix?.newText, replacement);
    });
  }

  it('reports a truncated year', () => {
    assert.equal(
      problemOf(scan('on 24 May 192.').mentions[0])?.message,
      'The year 192 of this date is truncated.',
    );
  });

  it('reports dates that do not exist', () => {
    assert.deepEqual(
      ['31 June 1926', '30 February', '29 February 1927', '2/30/26'].map(
        (text) => problemOf(scan(`on ${text} we`).mentions[0])?.message,
      ),
      [
        'June 1926 has no day 31.',
        'February has no day 30.',
        'February 1927 has no day 29.',
        'February 1926 has no day 30.',
      ],
    );
    const leapDay = scan('on 29 February 1928 we').mentions;
    assert.equal(leapDay.length, 1, 'the date is read');
    assert.equal(leapDay[0]?.defect, undefined);
  });
});

describe('dates: editorial dates', () => {
  const read = (inner: string) => parseEditorialDate(inner, { start: 0, end: inner.length }, ENGLISH);
  const point = (date: object, marks: object = {}) => ({
    form: 'point',
    date,
    circa: false,
    uncertain: false,
    ...marks,
  });
  it('reads the uncertain and qualified forms', () => {
    assert.deepEqual(read('24 May 1926').value, point({ year: 1926, month: 5, day: 24 }));
    assert.deepEqual(read('May 1926').value, point({ year: 1926, month: 5, day: undefined }));
    assert.deepEqual(read('1926').value, point({ year: 1926, month: undefined, day: undefined }));
    assert.deepEqual(
      read('24? May 1926').value,
      point({ year: 1926, month: 5, day: 24 }, { uncertain: true }),
    );
    const notBefore = { year: 1930, month: 8, day: 6 };
    assert.deepEqual(read('not before 6 August 1930').value, {
      form: 'bounds',
      date: notBefore,
      after: { date: notBefore, inclusive: true },
      circa: false,
      uncertain: false,
    });
    const after = { year: 1929, month: 7, day: 7 };
    assert.deepEqual(read('after 7 July 1929').value, {
      form: 'bounds',
      date: after,
      after: { date: after, inclusive: false },
      circa: false,
      uncertain: false,
    });
    assert.deepEqual(read('6\u20138 April 1925').value, {
      form: 'range',
      date: { year: 1925, month: 4, day: 6 },
      until: { year: 1925, month: 4, day: 8 },
      circa: false,
      uncertain: false,
    });
  });

  it('explains what is wrong with a malformed one', () => {
    const problem = (inner: string) => {
      const { defect } = read(inner);
      return defect && defectProblem(defect, 'editorial', ENGLISH);
    };
    assert.equal(problem('24 Mya 1926')?.fixes[0]?.replacements[0]?.newText, 'May');
    assert.equal(problem('31 June 1926')?.message, 'June 1926 has no day 31.');
    assert.equal(problem('24 May 192')?.message, 'The year 192 of the editorial date is truncated.');
    assert.equal(problem('soon')?.message, '"soon" is not a date form the edition uses.');
  });
});

describe('dates: the month words the month patterns start at', () => {
  // The date scanner tries its month patterns only where `monthWordPattern` finds a word, so that
  // pattern must find every spelling a month pattern captures and `monthOf` reads: a first letter
  // of any case (capitals only where months are capitalised) and lower-case letters after it.
  it('finds every spelling of every month word that the month patterns read', () => {
    const languages = Object.values(LANGUAGES).map((language) => ({
      language,
      pattern: monthWordPattern(language),
      words: [
        ...language.months.map((month) => month.toLowerCase()),
        ...Object.keys(language.monthAbbreviations),
      ],
    }));
    const letters = new Set(languages.flatMap(({ words }) => words.flatMap((word) => [...word])));
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      const lower = character.toLowerCase();
      if (!letters.has(lower)) continue;
      for (const { language, pattern, words } of languages)
        for (const word of words) {
          const [first = '', ...rest] = word;
          const canStart = language.capitalisedMonths ? /\p{Lu}/u.test(character) : /\p{L}/u.test(character);
          if (lower === first && canStart)
            assert.ok(
              pattern.test(character + rest.join('')),
              `${language.code}: ${character}${rest.join('')}`,
            );
          // After the first letter the patterns take lower-case letters only: the word's own.
          if (/\p{Ll}/u.test(character) && rest.includes(lower))
            assert.equal(character, lower, language.code);
        }
    }
  });
});
