import assert from 'node:assert/strict';
import { DocumentModel } from '../../server/src/analysis/model';
import { parseDocument } from '../../server/src/syntax/parseDocument';
import type { Span } from '../../server/src/syntax/span';
import { fixture, lines } from '../fixture';

const NBSP = '\u00A0';

function text(source: string, range: Span): string {
  return source.slice(range.start, range.end);
}

/** Parses a fixture and returns the marker spans of its only letter. */
function markerSpans(source: string): { number: number; start: number; end: number }[] {
  const letter = parseDocument(source).letters[0];
  assert.ok(letter, 'fixture has a letter');
  return letter.markers.map((marker) => ({ number: marker.number, ...marker.span }));
}

/** Asserts that the `[[n]]` ranges of a one-letter body are exactly the markers found. */
function assertMarkers(body: string): void {
  const { text: source, ranges } = fixture(lines('Letter 1', '', '[1 May 1926]', '', body));
  const found = markerSpans(source);
  assert.deepEqual(
    found.map((marker) => text(source, marker)),
    ranges.map((range) => text(source, range)),
  );
  assert.deepEqual(
    found.map(({ start, end }) => ({ start, end })),
    ranges,
  );
}

describe('parser: letters', () => {
  it('finds each heading with its number and editorial date', () => {
    const { text: source, ranges } = fixture(
      lines(
        'Title',
        '',
        '[[Letter 11]]',
        '',
        '[[[24 May 1926]]]',
        '',
        'Body.',
        '',
        '[[Letter 12]]',
        '[[[26 May 1926]]]',
      ),
    );
    const { letters, preamble } = parseDocument(source);
    assert.deepEqual(
      letters.map((letter) => letter.number),
      [11, 12],
    );
    assert.deepEqual(letters[0]?.heading, ranges[0]);
    assert.deepEqual(letters[0]?.editorialDate?.span, ranges[1]);
    assert.equal(letters[0]?.editorialDate?.text, '24 May 1926');
    assert.deepEqual(letters[1]?.heading, ranges[2]);
    assert.equal(text(source, preamble).trim(), 'Title');
  });

  it('starts a letter at a heading glued to the end of a note line', () => {
    const { text: source, ranges } = fixture(
      lines(
        'Letter 14',
        '[1 June 1926]',
        'Text.',
        '',
        '2.   It was dissolved in 1927 after relations were broken off. [[Letter 15]]',
        '',
        '[2 June 1926]',
      ),
    );
    const [first, second] = parseDocument(source).letters;
    assert.equal(second?.number, 15);
    assert.equal(second?.headingGlued, true);
    assert.deepEqual(second?.heading, ranges[0]);
    assert.ok(first && first.span.end <= (ranges[0]?.start ?? 0));
    assert.ok(text(source, first?.notes[0]?.span ?? { start: 0, end: 0 }).endsWith('broken off.'));
  });

  it('does not take a letter mentioned at the end of a sentence for a heading', () => {
    const source = lines('Letter 1', '[1 May 1926]', 'As he wrote in Letter 15', '', 'More text.');
    assert.deepEqual(
      parseDocument(source).letters.map((letter) => letter.number),
      [1],
    );
  });

  it('keeps an unclosed editorial date bracket', () => {
    const letter = parseDocument(lines('Letter 3', '[24 May 1926', 'Body')).letters[0];
    assert.equal(letter?.editorialDate?.closed, false);
    assert.equal(letter?.editorialDate?.text, '24 May 1926');
  });
});

describe('parser: notes', () => {
  it('reads notes numbered with spaces and NO-BREAK SPACEs, leading spaces included', () => {
    const source = lines(
      'Letter 1',
      '[1 May 1926]',
      'Body text.1',
      '',
      `1.${NBSP}${NBSP} First note.`,
      '',
      `${NBSP}2.${NBSP}${NBSP}${NBSP} Second note,`,
      '',
      'continued in a second paragraph.',
      '',
      '3. RTsKhIDNI f. 558, op. 1, d. 3263, l. 1.',
    );
    const notes = parseDocument(source).letters[0]?.notes ?? [];
    assert.deepEqual(
      notes.map((note) => note.number),
      [1, 2, 3],
    );
    assert.equal(text(source, notes[0]?.textSpan ?? { start: 0, end: 0 }), 'First note.');
    assert.equal(
      text(source, notes[1]?.textSpan ?? { start: 0, end: 0 }),
      'Second note,\n\ncontinued in a second paragraph.',
    );
  });

  it('splits a note glued into the previous note line', () => {
    const { text: source, ranges } = fixture(
      lines(
        'Letter 22',
        '[3 August 1926]',
        'Text.7 More.8',
        '',
        '7.   On 29 July (ibid., op. 3, d. 577, l. 4). [[8]]. A transcript was included.',
      ),
    );
    const notes = parseDocument(source).letters[0]?.notes ?? [];
    assert.deepEqual(
      notes.map((note) => [note.number, note.glued]),
      [
        [7, false],
        [8, true],
      ],
    );
    assert.deepEqual(notes[1]?.numberSpan, ranges[0]);
    assert.ok(text(source, notes[0]?.span ?? { start: 0, end: 0 }).endsWith('l. 4).'));
  });

  it('does not take an enumerated list of signatories inside a note for notes', () => {
    const source = lines(
      'Letter 25',
      '[4 September 1926]',
      'Text.5 More.6',
      '',
      '5.   The following letter was sent:',
      '',
      '1. Makharadze 2. Lukashin. 3. Nazaretian. 4. Eliava. 5.',
      '',
      'Kartvelishvili. 6. Karaev. 7. Guseinov. 8. Kasimov. 9. R.',
      '',
      ' 6.   The original text of the second point.',
    );
    const notes = parseDocument(source).letters[0]?.notes ?? [];
    assert.deepEqual(
      notes.map((note) => [note.number, note.glued]),
      [
        [5, false],
        [6, false],
      ],
    );
  });

  it('treats numbered remarks closed by a date line as part of the body when the notes restart at 1', () => {
    const source = lines(
      'Letter 23',
      '[27 August 1926]',
      'Text.1 More.2',
      '',
      '1 September',
      '',
      '1.   Shvarts checked with me today.',
      '',
      '2.   I am for aid.',
      '',
      '1 September',
      '',
      '1.   In the upper left-hand corner is the note.',
      '',
      '2.   As a sign of solidarity.',
    );
    const letter = parseDocument(source).letters[0];
    assert.deepEqual(
      letter?.remarks.map((remark) => remark.number),
      [1, 2],
    );
    assert.deepEqual(
      letter?.notes.map((note) => text(source, note.textSpan)),
      ['In the upper left-hand corner is the note.', 'As a sign of solidarity.'],
    );
  });

  it('keeps a repeated note number inside the notes when no closing line separates the runs', () => {
    const source = lines(
      'Letter 2',
      '[1 May 1926]',
      'A.1 B.2',
      '',
      '1.   One.',
      '',
      '2.   Two.',
      '',
      '1.   One again.',
    );
    assert.deepEqual(
      parseDocument(source).letters[0]?.notes.map((note) => note.number),
      [1, 2, 1],
    );
  });
});

describe('parser: markers', () => {
  it('finds markers glued to words and punctuation', () => {
    assertMarkers(
      'Berlin (for a rendevous?).[[2]] Interesting. Hello again,[[1]] the Chinese revolution[[4]] and',
    );
    assertMarkers(
      'the Era,"[[2]] and the Congress[[2]]it means; to the Politburo.[[3]] Coded Telegram No.[[2]]',
    );
    assertMarkers(
      'remember the Congress!);[[4]] and (of 27 August)[[7]] then fine;[[2]] swine[[10]] because',
    );
  });

  it('finds markers after punctuation and one space', () => {
    assertMarkers('missed all deadlines. [[2]] It would be the Committee, [[2]] for the sake');
    assertMarkers('To Molotov (for our friends), [[1]]');
    assertMarkers('It\'s a lie." [[7]] Zinoviev and the plenum; [[1]]');
  });

  it('finds several markers at once', () => {
    assertMarkers('Molotovich, [[1]],[[2]]');
  });

  it('finds a marker between a name and a lower-case word', () => {
    assertMarkers(
      'on the Special File [[3]] issues and the Profintern [[4]] and the British Commission [[7]] about',
    );
  });

  it('ignores list numbers, dates, quantities, citations and counted words', () => {
    assertMarkers('that 1) Trotsky was back; 2) Preobrazhenskii went on 15 June and June 3 to Sochi.');
    assertMarkers(
      'promised 1 million dollars or 2 million rubles; I am for points 2 and 3. On Point 1, a) yes',
    );
    assertMarkers(
      'Sochi, 6/25/26 and 8/3 (Tuesday) at 9:00 P.M. (RTsKhIDNI f. 17, op. 3, d. 585, l. 3) and 2.25 million',
    );
    assertMarkers(
      'Sent from Moscow, 3 June 1926, received (before 6 September) in the 1920s, vol. 4 and 1,000 rubles',
    );
    assertMarkers('It is a serious matter.[[7]] 7) It is good to hear that trade is going well.[[8]]');
  });

  it('never takes a number at the start of a line for a marker', () => {
    assertMarkers('27 August 1926');
    assertMarkers('10)   Hence a decisive rebuttal.');
  });

  it('reports positions in UTF-16 code units after astral characters', () => {
    assertMarkers('\u{1D4D0}\u{1D4D1} Emphasis\u{1F600} and the revolution[[4]] went on.');
  });
});

describe('parser: cross-references', () => {
  it('reads both word orders and a glued note number', () => {
    const { text: source, ranges } = fixture(
      lines(
        'Letter 27',
        '[16 September 1926]',
        'Body.1',
        '',
        '1.   For the speech, [[see letter 21, note4]]. Also [[see note 2 in letter 26]].',
      ),
    );
    const references = parseDocument(source).letters[0]?.crossReferences ?? [];
    assert.deepEqual(
      references.map((reference) => [reference.letter, reference.note, reference.span]),
      [
        [21, 4, ranges[0]],
        [26, 2, ranges[1]],
      ],
    );
  });
});

describe('parser: any input', () => {
  it('handles CRLF line ends and a byte order mark like LF', () => {
    const lf = lines('Letter 1', '', '[1 May 1926]', '', 'Text.2', '', '1.   One.', '', '2.   Two.');
    const crlf = '\uFEFF' + lf.replace(/\n/g, '\r\n');
    const fromLf = parseDocument(lf).letters[0];
    const fromCrlf = parseDocument(crlf).letters[0];
    assert.equal(fromCrlf?.number, 1);
    assert.deepEqual(
      fromCrlf?.notes.map((note) => text(crlf, note.textSpan)),
      fromLf?.notes.map((note) => text(lf, note.textSpan)),
    );
    assert.deepEqual(
      fromCrlf?.markers.map((marker) => text(crlf, marker.span)),
      ['2'],
    );
  });

  it('gives an empty tree for empty text and never throws on binary garbage', () => {
    assert.deepEqual(parseDocument('').letters, []);
    let seed = 7;
    for (let round = 0; round < 200; round++) {
      let garbage = '';
      for (let index = 0; index < 300; index++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        garbage += String.fromCharCode(seed % 0xffff);
      }
      const tree = parseDocument(`Letter 1\n[x\n${garbage}\n1. a ${garbage}`);
      for (const letter of tree.letters) {
        assert.ok(letter.span.start >= 0 && letter.span.end <= garbage.length * 2 + 20);
      }
    }
  });
});

describe('model: the letter at a position', () => {
  it('puts a cursor at the start of a heading in the new letter', () => {
    const { text: source, cursors } = fixture(
      lines('Letter 1', '[1 May 1926]', 'Body.{|}', '', '{|}Letter 2', '[2 May 1926]'),
    );
    const model = new DocumentModel('file:///a.letters', 1, source);
    assert.deepEqual(
      cursors.map((offset) => model.letterAt(offset)?.number),
      [1, 2],
    );
    assert.equal(model.letterAt(0)?.number, 1);
  });
});
