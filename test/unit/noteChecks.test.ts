import assert from 'node:assert/strict';
import { defaultSeverity } from '../../server/src/analysis/codes';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { documentProblems } from '../../server/src/topics/diagnose';
import { letterSequenceProblems } from '../../server/src/topics/sequence/letterSequence';
import { precedingDatedLetter } from '../../server/src/topics/dates/precedingLetter';
import { DocumentModel } from '../../server/src/analysis/model';
import type { Problem } from '../../server/src/analysis/problems';
import { renumberNotes } from '../../server/src/topics/notes/renumber';
import { Edition } from '../../server/src/analysis/edition';
import { applyReplacements, fixture, lines } from '../fixture';

function problemsOf(
  text: string,
  uri = 'file:///edition.letters',
  others: Record<string, string> = {},
): Problem[] {
  const workspace = new Edition();
  for (const [otherUri, otherText] of Object.entries(others)) workspace.set(otherUri, 1, otherText);
  const model = workspace.set(uri, 1, text);
  return documentProblems(model, workspace);
}

/** Problems with a code, as `[code, text under the span]` pairs. */
function found(text: string, code?: string): [string, string][] {
  return problemsOf(text)
    .filter((problem) => code === undefined || problem.code === code)
    .map((problem) => [problem.code, text.slice(problem.span.start, problem.span.end)]);
}

function onlyFix(problem: Problem | undefined): Problem['fixes'][number] {
  assert.ok(problem, 'problem found');
  const fix = problem.fixes[0];
  assert.ok(fix, 'problem has a fix');
  return fix;
}

describe('note checks', () => {
  it('reports a marker without a note as an error naming the letter and note', () => {
    const { text, ranges } = fixture(
      lines(
        'Letter 5',
        '[1 May 1926]',
        'As the Politburo.[[9]] decided.2',
        '',
        '1.   Source.',
        '',
        '2.   Two.',
      ),
    );
    const problems = problemsOf(text).filter((problem) => problem.code === 'note.missing');
    assert.equal(problems.length, 1);
    assert.deepEqual(problems[0]?.span, ranges[0]);
    assert.equal(problems[0] && defaultSeverity(problems[0].code), 'error');
    assert.equal(problems[0]?.message, 'Marker 9 in letter 5 has no note 9.');
    assert.equal(problems[0]?.related[0]?.message, 'The last note of letter 5 is note 2');
  });

  it('adds a missing note after the last note with a lower number', () => {
    const text = lines('Letter 5', '[1 May 1926]', 'One.1 Three.3 Two.2', '', '1.   One.', '', '3.   Three.');
    const problem = problemsOf(text).find((candidate) => candidate.code === 'note.missing');
    assert.equal(
      applyReplacements(text, onlyFix(problem).replacements),
      lines(
        'Letter 5',
        '[1 May 1926]',
        'One.1 Three.3 Two.2',
        '',
        '1.   One.',
        '',
        '2.\u00A0\u00A0 ',
        '',
        '3.   Three.',
      ),
    );
  });

  it('warns about an unreferenced note but only hints at a heading note 1', () => {
    const text = lines(
      'Letter 16',
      '[3 June 1926]',
      'Text.3',
      '',
      '1.   RTsKhIDNI f. 558, op. 1, d. 3266.',
      '',
      '2.   The Amsterdam International.',
      '',
      '3.   Three.',
    );
    assert.deepEqual(
      problemsOf(text).map((problem) => [
        problem.code,
        defaultSeverity(problem.code),
        text.slice(problem.span.start, problem.span.end),
      ]),
      [
        ['note.heading', 'hint', '1'],
        ['note.unreferenced', 'warning', '2'],
      ],
    );
  });

  it('reports duplicate, missing and disordered note numbers', () => {
    const { text } = fixture(
      lines(
        'Letter 7',
        '[1 May 1926]',
        'A.1 B.2 C.3 D.4 E.5 F.6',
        '',
        '1.   a',
        '',
        '2.   b',
        '',
        '2.   c',
        '',
        '5.   e',
        '',
        '4.   d',
        '',
        '6.   f',
      ),
    );
    assert.deepEqual(
      found(text).filter(([code]) => code !== 'note.missing' && code !== 'note.unreferenced'),
      [
        ['note.duplicate', '2'],
        ['note.gap', '5'],
        ['note.order', '4'],
      ],
    );
  });

  it('reports a note referenced for the first time after a higher one, but not a repeated reference', () => {
    const ordered = lines(
      'Letter 8',
      '[1 May 1926]',
      'A.1 B.2 again A.1 C.3',
      '',
      '1.   a',
      '',
      '2.   b',
      '',
      '3.   c',
    );
    assert.deepEqual(found(ordered, 'marker.order'), []);
    const { text, ranges } = fixture(
      lines('Letter 8', '[1 May 1926]', 'A.1 C.3 B.[[2]]', '', '1.   a', '', '2.   b', '', '3.   c'),
    );
    const problems = problemsOf(text).filter((problem) => problem.code === 'marker.order');
    assert.deepEqual(
      problems.map((problem) => problem.span),
      ranges,
    );
    assert.equal(problems[0]?.message, 'Marker 2 in letter 8 first appears after marker 3.');
  });

  it('splits a glued note onto its own line', () => {
    const text = lines(
      'Letter 22',
      '[3 August 1926]',
      'A.7 B.8',
      '',
      '7.   On 29 July (ibid., l. 4). 8. A transcript.',
    );
    const problem = problemsOf(text).find((candidate) => candidate.code === 'note.glued');
    assert.equal(problem?.message, "Note 8 of letter 22 starts in the middle of the previous note's line.");
    assert.equal(
      applyReplacements(text, onlyFix(problem).replacements),
      lines(
        'Letter 22',
        '[3 August 1926]',
        'A.7 B.8',
        '',
        '7.   On 29 July (ibid., l. 4).',
        '',
        '8. A transcript.',
      ),
    );
  });

  it('splits a glued heading onto its own line, keeping CRLF line ends', () => {
    const text = lines(
      'Letter 14',
      '[1 June 1926]',
      'A.2',
      '',
      '2.   It was broken off. Letter 15',
      '',
      '[2 June 1926]',
    ).replace(/\n/g, '\r\n');
    const problem = problemsOf(text).find((candidate) => candidate.code === 'heading.glued');
    assert.equal(problem?.message, 'The heading of letter 15 is glued to the end of the previous line.');
    assert.equal(
      applyReplacements(text, onlyFix(problem).replacements),
      lines(
        'Letter 14',
        '[1 June 1926]',
        'A.2',
        '',
        '2.   It was broken off.',
        '',
        'Letter 15',
        '',
        '[2 June 1926]',
      ).replace(/\n/g, '\r\n'),
    );
  });

  it('reports letters out of sequence across files, with the other letter as related information', () => {
    const first = lines('Letter 1', '[1 May 1926]', '', 'Letter 2', '[2 May 1926]');
    const second = lines(
      'Letter 2',
      '[3 May 1926]',
      '',
      'Letter 5',
      '[4 May 1926]',
      '',
      'Letter 4',
      '[5 May 1926]',
    );
    const problems = problemsOf(second, 'file:///b.letters', { 'file:///a.letters': first }).filter(
      (problem) => problem.code === 'letter.sequence',
    );
    assert.deepEqual(
      problems.map((problem) => [problem.message, problem.related[0]?.uri]),
      [
        ['Letter 2 is numbered like an earlier letter.', 'file:///a.letters'],
        ['Letter 5 follows letter 2; letters 3\u20134 are missing.', undefined],
        ['Letter 4 comes after letter 5; the numbering goes backwards.', undefined],
      ],
    );
  });

  it('answers every file from one walk of the edition, walked again once a file changes', () => {
    const workspace = new Edition();
    const sequence = (uri: string, model = workspace.get(uri)) =>
      model ? letterSequenceProblems(model, workspace).map((problem) => problem.message) : [];
    workspace.set('file:///a.letters', 0, lines('Letter 1', '', 'Letter 2'));
    workspace.set('file:///b.letters', 0, lines('Letter 2', '', 'Letter 4'));
    assert.deepEqual(sequence('file:///a.letters'), []);
    assert.deepEqual(sequence('file:///b.letters'), [
      'Letter 2 is numbered like an earlier letter.',
      'Letter 4 follows letter 2; letter 3 is missing.',
    ]);
    workspace.set('file:///a.letters', 1, lines('Letter 1', '', 'Letter 3'));
    assert.deepEqual(sequence('file:///a.letters'), ['Letter 3 follows letter 1; letter 2 is missing.']);
    assert.deepEqual(sequence('file:///b.letters'), [
      'Letter 2 comes after letter 3; the numbering goes backwards.',
      'Letter 4 follows letter 2; letter 3 is missing.',
    ]);
    // A version the edition does not hold yet is checked against the edition's other files.
    const newer = new DocumentModel('file:///b.letters', 5, lines('Letter 4', '', 'Letter 5'));
    assert.deepEqual(sequence('file:///b.letters', newer), []);
    workspace.delete('file:///a.letters');
    assert.deepEqual(sequence('file:///b.letters'), ['Letter 4 follows letter 2; letter 3 is missing.']);
  });

  it('finds the dated letter of the file before in the edition order of its latest files', () => {
    const workspace = new Edition();
    const before = (uri: string) => {
      const model = workspace.get(uri);
      const found = model && precedingDatedLetter(model, workspace);
      return found && `${found.uri.slice('file:///'.length)} ${found.letter.number}`;
    };
    workspace.set('file:///a.letters', 0, lines('Letter 1', '[1 May 1926]'));
    workspace.set('file:///b.letters', 0, lines('Letter 2', '[2 May 1926]', '', 'Letter 3'));
    assert.equal(before('file:///b.letters'), 'a.letters 1');
    assert.equal(before('file:///a.letters'), undefined);
    workspace.set('file:///a.letters', 1, lines('Letter 4', '[4 May 1926]'));
    assert.equal(before('file:///a.letters'), 'b.letters 2');
    assert.equal(before('file:///b.letters'), undefined);
  });

  it('reports cross-references to letters or notes that do not exist', () => {
    const { text } = fixture(
      lines(
        'Letter 21',
        '[25 June 1926]',
        'Body.1',
        '',
        '1.   See letter 99, note 2; see letter 21, note 7; see note 1 in letter 21.',
      ),
    );
    assert.deepEqual(found(text, 'xref.broken'), [
      ['xref.broken', '99'],
      ['xref.broken', '7'],
    ]);
  });
});

describe('renumbering notes', () => {
  it('numbers notes in the order of their first marker, moving notes and rewriting markers together', () => {
    const text = lines(
      'Letter 9',
      '[1 May 1926]',
      'First.3 second.1 third.2 and again.3',
      '',
      '1.   RTsKhIDNI f. 1.',
      '',
      '2.   Note two,',
      '',
      'in two paragraphs.',
      '',
      '3.\u00A0\u00A0 Note three.',
      '',
      '4.   A stray note.',
    );
    const letter = new DocumentModel('file:///x.letters', 1, text).letters[0];
    assert.ok(letter);
    const fix = renumberNotes(text, letter);
    assert.ok(fix);
    assert.equal(
      applyReplacements(text, fix.replacements),
      lines(
        'Letter 9',
        '[1 May 1926]',
        'First.1 second.2 third.3 and again.1',
        '',
        '1.\u00A0\u00A0 Note three.',
        '',
        '2.   RTsKhIDNI f. 1.',
        '',
        '3.   Note two,',
        '',
        'in two paragraphs.',
        '',
        '4.   A stray note.',
      ),
    );
  });

  it('keeps an unreferenced heading note first and offers nothing when the notes are in order', () => {
    const text = lines('Letter 9', '[1 May 1926]', 'A.2 B.3', '', '1.   Source.', '', '2.   b', '', '3.   c');
    const letter = new DocumentModel('file:///x.letters', 1, text).letters[0];
    assert.ok(letter);
    assert.equal(renumberNotes(text, letter), undefined);
  });
});

describe('note checks on the sample', () => {
  it('reports exactly the real note defects of the sample, each checked against the text', () => {
    const file = path.join(__dirname, '..', '..', 'samples', 'stalin-molotov-1926.letters');
    const text = readFileSync(file, 'utf8');
    const model = new DocumentModel('file:///sample.letters', 1, text);
    const lineOf = (offset: number) => model.lineIndex.positionAt(offset).line + 1;
    const reported = problemsOf(text)
      .filter(
        (problem) =>
          defaultSeverity(problem.code) !== 'hint' &&
          !problem.code.startsWith('date.') &&
          !problem.code.startsWith('cite.') &&
          !problem.code.startsWith('text.'),
      )
      .map((problem) => `${lineOf(problem.span.start)} ${problem.code} ${problem.message}`);
    assert.deepEqual(reported, [
      // "... were broken off. Letter 15": the heading is glued to the last note of letter 14.
      '106 heading.glued The heading of letter 15 is glued to the end of the previous line.',
      // Letter 16: "plays into the hands of Amsterdam and the Second International" lost markers 2 and 3.
      '199 note.unreferenced Note 2 of letter 16 is not referenced by any marker in the letter.',
      '201 note.unreferenced Note 3 of letter 16 is not referenced by any marker in the letter.',
      // Letter 22: "(ibid., op. 3, d. 577, l. 4). 8. A transcript ..." glues note 8 into note 7.
      "467 note.glued Note 8 of letter 22 starts in the middle of the previous note's line.",
      // Letter 24: note 2 annotates the repeated point "2)"; its marker was lost.
      '565 note.unreferenced Note 2 of letter 24 is not referenced by any marker in the letter.',
    ]);
    const headingNotes = problemsOf(text)
      .filter((problem) => problem.code === 'note.heading')
      .map((problem) => model.letterAt(problem.span.start)?.number);
    assert.deepEqual(headingNotes, [11, 13, 14, 15, 16, 17, 18, 19, 29, 30]);
  });
});

describe('letter sequence and untitled documents', () => {
  it('checks an untitled document on its own, not against the files of the edition', () => {
    const edition = lines('Letter 11', '[24 May 1926]', '', 'Letter 12', '[26 May 1926]');
    const scratch = lines('Letter 1', '[1 May 1926]', '', 'Letter 3', '[2 May 1926]');
    const problems = problemsOf(scratch, 'untitled:Untitled-1', {
      'file:///edition.letters': edition,
    }).filter((problem) => problem.code === 'letter.sequence');
    assert.deepEqual(
      problems.map((problem) => problem.message),
      ['Letter 3 follows letter 1; letter 2 is missing.'],
    );
  });
});
