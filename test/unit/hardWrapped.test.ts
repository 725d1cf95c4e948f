import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DocumentModel } from '../../server/src/analysis/model';
import { Edition } from '../../server/src/analysis/edition';
import { parseDocument } from '../../server/src/syntax/parseDocument';
import { loadEnglishDictionary } from '../../server/src/topics/textDamage/englishDictionary';
import { documentProblems } from '../../server/src/topics/diagnose';
import { checkDiagnostics } from '../checks';
import { lines } from '../fixture';

const SAMPLE = readFileSync(
  path.join(__dirname, '..', '..', 'samples', 'stalin-molotov-1926.letters'),
  'utf8',
);

/**
 * The text as an editor that hard-wraps keeps it: every line longer than `width` broken at the last
 * single space before the limit, with no blank line between the pieces. Runs of spaces (the gap after
 * a note number) and NO-BREAK SPACEs are never broken.
 */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      const pieces: string[] = [];
      let rest = line;
      while (rest.length > width) {
        let cut = rest.lastIndexOf(' ', width);
        while (cut > 0 && (rest[cut - 1] === ' ' || rest[cut + 1] === ' '))
          cut = rest.lastIndexOf(' ', cut - 1);
        if (cut <= 0) break;
        pieces.push(rest.slice(0, cut));
        rest = rest.slice(cut + 1);
      }
      return [...pieces, rest].join('\n');
    })
    .join('\n');
}

/**
 * What the tool finds, without positions: each letter's notes, markers, remarks, dates and
 * cross-references, and each problem by code, the text it covers and its message (white space
 * normalised, since a wrap turns a space into a line break).
 */
function findings(text: string): string[] {
  const model = new DocumentModel('file:///wrapped.letters', 1, text);
  const workspace = new Edition();
  workspace.put(model);
  const flat = (value: string) => value.replace(/\s+/g, ' ').trim();
  return [
    ...model.letters.map(
      (letter) =>
        `letter ${letter.number}: notes ${letter.notes.map((note) => note.number)}; markers ${letter.markers.map((marker) => marker.number)}; ` +
        `remarks ${letter.remarks.map((remark) => remark.number)}; dates ${letter.dates.map((date) => flat(model.textOf(date.span)))}; ` +
        `cross-references ${letter.crossReferences.map((reference) => flat(model.textOf(reference.span)))}`,
    ),
    ...documentProblems(model, workspace).map(
      (problem) => `${problem.code} "${flat(model.textOf(problem.span))}": ${flat(problem.message)}`,
    ),
  ].sort();
}

describe('a hard-wrapped copy of the sample', () => {
  // Every check on, text damage included: its rules need the dictionary.
  let original: string[] = [];
  before(async () => {
    await loadEnglishDictionary();
    original = findings(SAMPLE);
  });

  for (const width of [60, 66, 72, 80]) {
    it(`gives the same notes, markers, dates, cross-references and problems wrapped at ${width} columns`, () => {
      const wrapped = hardWrap(SAMPLE, width);
      assert.notEqual(wrapped, SAMPLE);
      assert.ok(
        wrapped.split('\n').every((line) => line.length <= width || !/ (?! )/.test(line.slice(0, width))),
      );
      // A glued note whose number the wrap puts at the start of a line (`… l. 4).` / `8. A transcript`)
      // is an ordinary note start by the numbering: the text no longer shows the glue. The note is
      // still found (the letters' note lists are compared); only its `note.glued` cannot be.
      const gluedAtLineStart = (finding: string) => {
        const number = /^note\.glued "(\d+)"/.exec(finding)?.[1];
        return number !== undefined && new RegExp(`\\n[ \\u00A0]*${number}\\.[ \\u00A0]`).test(wrapped);
      };
      const expected = original.filter((finding) => !gluedAtLineStart(finding));
      assert.deepEqual(
        findings(wrapped).filter((finding) => !gluedAtLineStart(finding)),
        expected,
      );
    });
  }
});

describe('hard-wrapped lines: the traps', () => {
  const WRAP = 'The plenum of the Central Committee discussed the question of the';

  it('reads a date, a cross-reference and a citation broken by a line break, but not by a blank line', () => {
    const letter = parseDocument(
      lines(
        'Letter 1',
        '[1 July 1926]',
        `${WRAP} 15 June`,
        '1926 and of the deadlines.1',
        '1.   A long note of the edition that is broken into lines, see note',
        '2 in letter 26, and the archive, RTsKhIDNI f. 17, op. 3, d. 568,',
        'l. 3.',
      ),
    ).letters[0];
    const text = (span: { start: number; end: number }) =>
      lines(
        'Letter 1',
        '[1 July 1926]',
        `${WRAP} 15 June`,
        '1926 and of the deadlines.1',
        '1.   A long note of the edition that is broken into lines, see note',
        '2 in letter 26, and the archive, RTsKhIDNI f. 17, op. 3, d. 568,',
        'l. 3.',
      ).slice(span.start, span.end);
    assert.deepEqual(
      letter?.dates.map((date) => date.date),
      [{ year: 1926, month: 6, day: 15 }],
    );
    assert.deepEqual(
      letter?.crossReferences.map((reference) => [
        reference.note,
        reference.letter,
        text(reference.span).replace('\n', ' '),
      ]),
      [[2, 26, 'see note 2 in letter 26']],
    );
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 July 1926]',
        'Text.1',
        '1.   See RTsKhIDNI f. 17, op. 3, d. 568,',
        'l. 3, on the plan.',
      ),
      { ignore: ['note.heading'] },
    );
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 July 1926]',
        'Text.1',
        '1.   See RTsKhIDNI f. 17, op. 3, d. 568,',
        '         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ cite.broken',
        '',
        'l. 3, on the plan.',
      ),
      { ignore: ['note.heading'] },
    );
  });

  it('takes a number starting a continuation line for a marker, and one ending it before a month for a day', () => {
    const markers = (body: string[]) =>
      parseDocument(
        lines('Letter 1', '[1 July 1926]', ...body, '1.   One.', '2.   Two.'),
      ).letters[0]?.markers.map((marker) => marker.number);
    assert.deepEqual(markers([`${WRAP} deadlines.`, '2 It was decided.1']), [2, 1]);
    assert.deepEqual(markers([`${WRAP} meeting at two o'clock, 1`, 'July.2']), [2]);
    // After a short line a number starting a line is a line start (a date line, a list number).
    assert.deepEqual(markers(['Dear friend,', '2 It was decided.1']), [1]);
  });

  it('keeps a wrapped inline enumeration in its note, and finds a glued note at the end of a wrapped line', () => {
    const notes = (noteLines: string[]) =>
      parseDocument(lines('Letter 1', '[1 July 1926]', 'Text.1 More.2', ...noteLines)).letters[0]?.notes.map(
        (note) => [note.number, note.glued],
      );
    assert.deepEqual(
      notes([
        '1.   The letter was signed by these members of the Transcaucasian committee:',
        '1. Makharadze 2. Lukashin. 3. Nazaretian. 4. Eliava.',
        '5. Kartvelishvili.',
      ]),
      [[1, false]],
    );
    assert.deepEqual(
      notes([`1.   ${WRAP} Council (ibid., op. 3, d. 577, l. 4). 2.`, 'A transcript of the session.']),
      [
        [1, false],
        [2, true],
      ],
    );
    // `2.` ending a line before a lower-case word is a citation or a list, not a note.
    assert.deepEqual(notes([`1.   ${WRAP} Council (ibid., op. 3, d. 577, l. 4). 2.`, 'and so on.']), [
      [1, false],
    ]);
  });

  it('does not take a date-like continuation line for a dateline, nor a wrapped line ending a sentence for one', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 July 1926]',
        'The congress of the party which was to meet this year is postponed to',
        'November and December 1927.1',
        '1.   One.',
      ),
      { ignore: ['note.heading'] },
    );
  });
});
