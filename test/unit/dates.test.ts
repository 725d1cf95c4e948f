import assert from 'node:assert/strict';
import { ENGLISH } from '../../server/src/syntax/vocabulary';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { datelineOf } from '../../server/src/topics/dates/dateChecks';
import { documentProblems } from '../../server/src/topics/diagnose';
import { DocumentModel } from '../../server/src/analysis/model';
import { Edition } from '../../server/src/analysis/edition';
import { parseEditorialDate } from '../../server/src/syntax/editorialDates';
import { defectProblem } from '../../server/src/topics/dates/dateProblems';
import { monthWordPattern, scanDates, type DateMention } from '../../server/src/syntax/textDates';
import { LANGUAGES } from '../../server/src/syntax/vocabulary';
import { inlayHints } from '../../server/src/features/inlayHints';
import { DEFAULT_SETTINGS } from '../../server/src/analysis/settings';
import { workspaceSymbols } from '../../server/src/features/workspaceSymbols';
import { applyReplacements, fixture, lines } from '../fixture';
import { checkHover } from '../featureChecks';

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

function problemsOf(text: string) {
  const workspace = new Edition();
  return documentProblems(workspace.set('file:///edition.letters', 1, text), workspace).filter((problem) =>
    problem.code.startsWith('date.'),
  );
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

describe('date checks in a document', () => {
  it('closes an unclosed editorial bracket', () => {
    const text = lines('Letter 1', '[24 May 1926', 'Body.');
    const problem = problemsOf(text)[0];
    assert.equal(problem?.message, 'The editorial date of letter 1 has no closing bracket.');
    assert.equal(
      applyReplacements(text, problem?.fixes[0]?.replacements ?? []),
      lines('Letter 1', '[24 May 1926]', 'Body.'),
    );
  });

  it('reports a letter dated earlier than the one before it, with the previous letter as related', () => {
    // [May 1926] may be 24 May or later, so letter 2 is not certainly out of order; letter 3 is.
    const problems = problemsOf(
      lines('Letter 1', '[24 May 1926]', '', 'Letter 2', '[May 1926]', '', 'Letter 3', '[20 April 1926]'),
    );
    assert.deepEqual(
      problems.map((problem) => [problem.code, problem.message, problem.related[0]?.message]),
      [
        [
          'date.chronology',
          'Letter 3 is dated Tuesday, 20 April 1926, earlier than letter 2 before it (May 1926).',
          'The editorial date of letter 2',
        ],
      ],
    );
  });

  it('compares the letter own dateline with its editorial date, but not dates in its text or notes', () => {
    const { text, ranges } = fixture(
      lines(
        'Letter 21',
        '[25 June 1926]',
        'Sochi, [[6/24/26]]',
        '',
        'I received your letter of 12 September.',
        '',
        '1.   On 3 June 1926 he left.',
      ),
    );
    const problems = problemsOf(text);
    assert.deepEqual(
      problems.map((problem) => [problem.code, problem.span]),
      [['date.dateline', ranges[0]]],
    );
    assert.equal(
      problems[0]?.message,
      'The dateline of letter 21 gives Thursday, 24 June 1926, but its editorial date is Friday, 25 June 1926.',
    );
    assert.deepEqual(problemsOf(lines('Letter 11', '[24 May 1926]', 'Text.', '', 'Monday. Sochi.')), []);
    assert.equal(
      problemsOf(lines('Letter 11', '[24 May 1926]', 'Text.', '', 'Friday. Sochi.'))[0]?.code,
      'date.dateline',
    );
  });
});

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

describe('date checks on the sample', () => {
  it('finds the dateline of every letter that has one, each agreeing with its editorial date', () => {
    const text = readFileSync(
      path.join(__dirname, '..', '..', 'samples', 'stalin-molotov-1926.letters'),
      'utf8',
    );
    const model = new DocumentModel('file:///sample.letters', 1, text);
    const found = model.letters.flatMap((letter) => {
      const dateline = datelineOf(model, letter);
      return dateline ? [`${letter.number} ${model.textOf(dateline.span)}`] : [];
    });
    // Checked against the text: letters 12, 13, 14, 25 and 26 have no dateline; "I received your
    // letter of 12 September." (letters 27, 28) is a sentence, not one.
    assert.deepEqual(found, [
      '11 Monday. Sochi.',
      '15 2 June 1926',
      '16 June 3',
      '17 3 June',
      '18 3 June 1926',
      '19 4 June',
      '20 15 June 1926',
      '21 6/25/26',
      '22 8/3',
      '23 27 August 1926',
      '24 30 August 1926',
      '27 16 September 1926',
      '28 23 September 1926',
      '29 7 November',
      '30 23 December 1926',
    ]);
  });

  it('reports exactly the malformed dates of the sample, each checked against the text', () => {
    const text = readFileSync(
      path.join(__dirname, '..', '..', 'samples', 'stalin-molotov-1926.letters'),
      'utf8',
    );
    const model = new DocumentModel('file:///sample.letters', 1, text);
    const reported = problemsOf(text).map(
      (problem) =>
        `${model.lineIndex.positionAt(problem.span.start).line + 1} ${problem.code} ${model.textOf(problem.span)}`,
    );
    assert.deepEqual(reported, [
      // Letter 12, note 2: "Kommunisticheskaia oppozitsiia v SSSR, 1923–27", twice, dash lost.
      '44 date.malformed 192327',
      '44 date.malformed 192327',
      // Letter 14, note 2 and letter 16, note 5: the Anglo-Russian Committee was created on 6–8 April 1925.
      '104 date.malformed 68 April 1925',
      '205 date.malformed 68 April 1925',
      // Letter 20, note 2: the French party congress in Lille, 21–26 June 1926.
      '350 date.malformed 2126 June 1926',
      // Letter 20, note 5: "on 8 June1926".
      '360 date.malformed 8 June1926',
      // Letter 22, note 2: "of 25 July1926".
      '447 date.malformed 25 July1926',
      // Letter 22, note 3: "the foreign currency plan of 1925–1926".
      '455 date.malformed 19251926',
      // Letter 27, note 7: the "August bloc" of 1912–1914.
      '765 date.malformed 19121914',
      // Letter 30, note 2: the chervonets, in circulation 1922–1947.
      '874 date.malformed 19221947',
      // Letter 30, note 5: the VII Congress of Trade Unions, 6–18 December 1926.
      '882 date.malformed 618 December 1926',
    ]);
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
