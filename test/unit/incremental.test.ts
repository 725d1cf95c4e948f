import assert from 'node:assert/strict';
import { DEFAULT_WORDS } from '../../server/src/syntax/vocabulary';
import * as fc from 'fast-check';
import { documentProblems } from '../../server/src/topics/diagnose';
import { DocumentModel, ModelCache } from '../../server/src/analysis/model';
import { Edition } from '../../server/src/analysis/edition';
import { readLetters, rereadLetters } from '../../server/src/analysis/documentLetters';
import {
  letterProblems,
  placeProblem,
  type DocumentFact,
  type LetterCheck,
} from '../../server/src/analysis/letterProblems';
import { LetterTable } from '../../server/src/analysis/letterTable';
import type { Problem } from '../../server/src/analysis/problems';
import { composeChange, type TextChange } from '../../server/src/syntax/incremental';
import { LineIndex } from '../../server/src/syntax/lineIndex';
import { parseDocument } from '../../server/src/syntax/parseDocument';
import { document, edit, place } from '../arbitraries';
import { lines } from '../fixture';
import { loadEnglishDictionary } from '../../server/src/topics/textDamage/englishDictionary';

/** Applies edits one by one, composing them into one change as the model cache does. */
function applyEdits(
  text: string,
  edits: readonly { start: number; end: number; text: string }[],
): { text: string; change: TextChange | undefined } {
  let change: TextChange | undefined;
  for (const { start, end, text: inserted } of edits) {
    text = text.slice(0, start) + inserted + text.slice(end);
    change = composeChange(change, start, end, inserted.length);
  }
  return { text, change };
}

// The text-damage cases need the dictionary; loaded here so that the file passes on its own too.
before(async () => {
  await loadEnglishDictionary();
});

describe('incremental parsing', () => {
  it('re-parses only around an edit and gives the same tree as parsing from scratch', function () {
    this.timeout(30000);
    fc.assert(
      fc.property(document, fc.array(edit, { minLength: 1, maxLength: 4 }), ({ text: start }, edits) => {
        const before = readLetters(start);
        let text = start;
        const placed = edits.map((one) => {
          const where = place(text, one);
          text = text.slice(0, where.start) + where.text + text.slice(where.end);
          return where;
        });
        const { change } = applyEdits(start, placed);
        assert.ok(change);
        assert.deepEqual(rereadLetters(before, text, change).syntax, parseDocument(text));
        assert.deepEqual(
          LineIndex.edited(new LineIndex(start), text, change).lineStarts,
          new LineIndex(text).lineStarts,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('answers a letter of a document whose letters are not all read as the document read whole', function () {
    this.timeout(30000);
    fc.assert(
      fc.property(document, fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), ({ text }, picks) => {
        const whole = new DocumentModel('file:///e/a.letters', 1, text, readLetters(text));
        const outline = new DocumentModel('file:///e/a.letters', 1, text);
        // Every letter's bounds and their neighbours, and offsets anywhere.
        const offsets = [
          ...whole.letters.flatMap(({ span }) => [
            span.start - 1,
            span.start,
            span.start + 1,
            span.end,
            span.end + 1,
          ]),
          ...picks.map((pick) => pick % (text.length + 1)),
        ].filter((offset) => offset >= 0 && offset <= text.length);
        for (const offset of offsets) {
          const index = outline.letterIndexAt(offset);
          assert.equal(index, whole.letterIndexAt(offset));
          assert.equal(outline.letterStart(index), whole.letterStart(index));
          assert.deepEqual(outline.letterAt(offset), whole.letterAt(offset));
          assert.deepEqual(outline.elementAt(offset), whole.elementAt(offset));
        }
        assert.deepEqual(outline.syntax, parseDocument(text));
      }),
      { numRuns: 40 },
    );
  });

  it('reports the same problems after edits as from scratch, with problems cached per letter', function () {
    this.timeout(30000);
    const workspace = new Edition();
    fc.assert(
      fc.property(document, fc.array(edit, { minLength: 1, maxLength: 3 }), ({ text: start }, edits) => {
        const cache = new ModelCache();
        let model = cache.get('file:///a.letters', 1, start);
        documentProblems(model, workspace);
        let text = start;
        edits.forEach((one, index) => {
          const where = place(text, one);
          text = text.slice(0, where.start) + where.text + text.slice(where.end);
          cache.edit(model.uri, where.start, where.end, where.text.length);
          model = cache.get(model.uri, index + 2, text);
          documentProblems(model, workspace);
        });
        // From scratch: a table of its own, so that no letter analysis or problem is reused.
        const fresh = new DocumentModel(
          model.uri,
          0,
          text,
          readLetters(text, DEFAULT_WORDS, new LetterTable()),
        );
        assert.deepEqual(documentProblems(model, workspace), documentProblems(fresh, workspace));
      }),
      { numRuns: 60 },
    );
  });

  it('composes edits into one change that covers them all', () => {
    assert.deepEqual(applyEdits('abcdef', [{ start: 2, end: 3, text: 'XY' }]).change, {
      start: 2,
      oldEnd: 3,
      newEnd: 4,
    });
    // `abXYdef` then delete `Yd`: old [2, 4) became new [2, 3).
    assert.deepEqual(
      applyEdits('abcdef', [
        { start: 2, end: 3, text: 'XY' },
        { start: 3, end: 5, text: '' },
      ]).change,
      { start: 2, oldEnd: 4, newEnd: 3 },
    );
  });

  // A heading reads up to HEADING_LOOKAHEAD characters after its line: the letters are longer.
  const prose = 'Words of the letter. '.repeat(120);
  const fourLetters = lines(
    'Letter 1',
    '[1 May 1926]',
    `${prose}Body.1`,
    '1.   Note.',
    'Letter 2',
    '[2 May 1926]',
    `${prose}Text.1`,
    '1.   N.',
    'Letter 3',
    '[3 May 1926]',
    `${prose}Edited.1`,
    '1.   E.',
    'Letter 4',
    '[4 May 1926]',
    'More.1',
    '1.   M.',
  );
  /** `fourLetters` with an `x` typed before `Edited.` in letter 3, as a model made from `model`. */
  function editLetter3(model: DocumentModel): DocumentModel {
    const at = model.text.indexOf('Edited.');
    const text = model.text.slice(0, at) + 'x' + model.text.slice(at);
    return DocumentModel.edited(model, model.version + 1, text, { start: at, oldEnd: at, newEnd: at + 1 });
  }

  it('re-analyses only the letter an edit touched and reuses the analyses of the others as they are', () => {
    const model = new DocumentModel('file:///a.letters', 1, fourLetters);
    const edited = editLetter3(model);
    const [one, two, three, four] = model.letterAnalyses;
    assert.equal(edited.letterAnalyses.length, 4);
    assert.equal(edited.letterAnalyses[0], one, 'letter 1 keeps its analysis');
    assert.equal(
      edited.letterAnalyses[1],
      two,
      'letter 2, read again up to the next heading, finds its analysis',
    );
    assert.notEqual(edited.letterAnalyses[2], three, 'letter 3 is analysed again');
    assert.equal(edited.letterAnalyses[3], four, 'letter 4 keeps its analysis');
    assert.equal(edited.letters[0], model.letters[0], 'a letter before the edit keeps its placed tree');
    // Letter 4 moved by one: its tree is the same analysis placed at its new start.
    const after = edited.letters[3];
    assert.equal(after?.markers[0]?.span.start, edited.text.indexOf('More.') + 'More.'.length);
    assert.equal(four?.tree.markers[0]?.span.start, (four?.text.indexOf('More.') ?? 0) + 'More.'.length);
    assert.deepEqual(edited.syntax, parseDocument(edited.text));
  });

  it('shares the analysis of a letter between documents that have the same letter', () => {
    const a = new DocumentModel('file:///a.letters', 1, fourLetters);
    const b = new DocumentModel(
      'file:///b.letters',
      1,
      `Title line\n\n${fourLetters.slice(fourLetters.indexOf('Letter 4'))}`,
    );
    assert.equal(b.letterAnalyses[0], a.letterAnalyses[3]);
    assert.notEqual(b.letters[0]?.span.start, a.letters[3]?.span.start, 'placed at different starts');
  });

  it('checks again only the letters an edit re-analysed, and those whose document facts changed', () => {
    const checked: string[] = [];
    // How often the document uses the letter's last word: a fact of the whole document.
    const wordsInDocument: DocumentFact<string, number> = {
      answer: (document, word) => document.text.split(word).length - 1,
    };
    const check: LetterCheck = ({ letter, ask }) => {
      checked.push(`letter ${letter.number}`);
      const uses = ask(wordsInDocument, 'Edited');
      return [{ code: 'note.missing', span: letter.heading, message: `${uses}`, related: [], fixes: [] }];
    };
    const checks = [check];
    const model = new DocumentModel('file:///a.letters', 1, fourLetters);
    const problems = letterProblems(model, checks);
    assert.deepEqual(checked, ['letter 1', 'letter 2', 'letter 3', 'letter 4']);
    checked.length = 0;
    const edited = editLetter3(model);
    const again = letterProblems(edited, checks);
    assert.deepEqual(checked, ['letter 3'], 'only the edited letter is checked again');
    assert.deepEqual(
      again.map((problem) => problem.span.start),
      edited.letters.map((letter) => letter.heading.start),
      'the problems are placed at each letter',
    );
    assert.equal(again[0], problems[0], 'the problems before the edit are the same objects');
    checked.length = 0;
    // Another `Edited` in letter 3 changes the answer every letter read: all are checked again.
    const at = edited.text.indexOf('Edited.');
    const more = DocumentModel.edited(
      edited,
      3,
      `${edited.text.slice(0, at)}Edited ${edited.text.slice(at)}`,
      {
        start: at,
        oldEnd: at,
        newEnd: at + 'Edited '.length,
      },
    );
    assert.equal(letterProblems(more, checks)[3]?.message, '2');
    assert.deepEqual(
      checked,
      ['letter 1', 'letter 2', 'letter 3', 'letter 4'],
      'a changed answer re-checks the letters',
    );
  });

  it('checks a letter again for text damage when another letter changes the words it relies on', () => {
    const text = lines(
      'Letter 1',
      '[1 May 1926]',
      'The ourplenum will remember.',
      'Letter 2',
      '[2 May 1926]',
      'Our plenum struck. The plenum won, and our day came.',
    );
    const workspace = new Edition();
    const codes = (model: DocumentModel): string[] =>
      documentProblems(model, workspace)
        .filter((problem) => problem.code.startsWith('text.'))
        .map((problem) => `${problem.code} ${model.textOf(problem.span)}`);
    const model = new DocumentModel('file:///words.letters', 1, text);
    assert.deepEqual(
      codes(model),
      ['text.runTogether ourplenum'],
      '`plenum`, rare in English, is used twice',
    );
    // Letter 2 no longer uses `plenum` twice, so it is a rare word: letter 1, unchanged, is checked
    // again and its split is no longer certain.
    const at = text.indexOf('The plenum won');
    const edited = DocumentModel.edited(
      model,
      2,
      text.slice(0, at) + text.slice(at + 'The plenum won'.length),
      {
        start: at,
        oldEnd: at + 'The plenum won'.length,
        newEnd: at,
      },
    );
    assert.equal(edited.letterAnalyses[0], model.letterAnalyses[0], 'letter 1 keeps its analysis');
    assert.deepEqual(codes(edited), ['text.runTogetherUncertain ourplenum']);
    const fresh = new DocumentModel(
      edited.uri,
      0,
      edited.text,
      readLetters(edited.text, DEFAULT_WORDS, new LetterTable()),
    );
    assert.deepEqual(codes(edited), codes(fresh));
  });

  it('places a problem in document offsets, leaving places and fixes in other files alone', () => {
    const inRegister = { start: 3, end: 7 };
    const problem: Problem = {
      code: 'person.unknown',
      span: { start: 1, end: 2 },
      message: 'm',
      related: [
        { span: { start: 4, end: 5 }, message: 'here' },
        { uri: 'file:///persons.json', span: inRegister, message: 'there' },
      ],
      fixes: [
        { title: 'here', replacements: [{ span: { start: 1, end: 1 }, newText: 'x' }] },
        { title: 'there', uri: 'file:///persons.json', replacements: [{ span: inRegister, newText: 'y' }] },
      ],
    };
    const placed = placeProblem(problem, 100);
    assert.deepEqual(placed.span, { start: 101, end: 102 });
    assert.deepEqual(placed.related[0]?.span, { start: 104, end: 105 });
    assert.equal(placed.related[1]?.span, inRegister);
    assert.deepEqual(placed.fixes[0]?.replacements[0]?.span, { start: 101, end: 101 });
    assert.equal(placed.fixes[1]?.replacements[0]?.span, inRegister);
  });

  it('reads a heading again when text is typed before a byte-order mark before it', () => {
    // A BOM is blank where a heading's line is read: the NUL typed before it is text before the heading.
    const text = lines(
      '\uFEFFLetter 11',
      '',
      '[24 May 1926]',
      'Body.',
      '',
      'Letter 12',
      '[25 May 1926]',
      'More.',
      '',
    );
    const cache = new ModelCache();
    cache.get('file:///a.letters', 1, text);
    const edited = '\u0000' + text;
    cache.edit('file:///a.letters', 0, 0, 1);
    const numbers = (model: DocumentModel) =>
      model.letters.map((letter) => [letter.number, letter.span.start]);
    assert.deepEqual(
      numbers(cache.get('file:///a.letters', 2, edited)),
      numbers(new DocumentModel('file:///a.letters', 2, edited)),
    );
  });
});
