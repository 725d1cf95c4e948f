// The dates topic's checks: in a document (the editorial bracket, the letters' order, the dateline
// against the editorial date) and on the sample, each checked against its text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { datelineOf } from '../../server/src/topics/dates/dateChecks';
import { documentProblems } from '../../server/src/topics/diagnose';
import { DocumentModel } from '../../server/src/analysis/model';
import { Edition } from '../../server/src/analysis/edition';
import { applyReplacements, fixture, lines } from '../fixture';

function problemsOf(text: string) {
  const workspace = new Edition();
  return documentProblems(workspace.set('file:///edition.letters', 1, text), workspace).filter((problem) =>
    problem.code.startsWith('date.'),
  );
}

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
