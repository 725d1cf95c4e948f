import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { documentProblems } from '../../server/src/topics/diagnose';
import { DocumentModel, ModelCache } from '../../server/src/analysis/model';
import { WorkspaceIndex } from '../../server/src/analysis/workspace';
import { composeChange, reparseDocument, type TextChange } from '../../server/src/syntax/incremental';
import { LineIndex } from '../../server/src/syntax/lineIndex';
import { parseDocument } from '../../server/src/syntax/parseDocument';
import { letterOrigin, shiftLetter } from '../../server/src/syntax/shift';
import { document, edit, place } from '../arbitraries';
import { lines } from '../fixture';

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

describe('incremental parsing', () => {
  it('re-parses only around an edit and gives the same tree as parsing from scratch', function () {
    this.timeout(30000);
    fc.assert(
      fc.property(document, fc.array(edit, { minLength: 1, maxLength: 4 }), ({ text: start }, edits) => {
        const before = parseDocument(start);
        let text = start;
        const placed = edits.map((one) => {
          const where = place(text, one);
          text = text.slice(0, where.start) + where.text + text.slice(where.end);
          return where;
        });
        const { change } = applyEdits(start, placed);
        assert.ok(change);
        assert.deepEqual(reparseDocument(before, text, change), parseDocument(text));
        assert.deepEqual(
          LineIndex.edited(new LineIndex(start), text, change).lineStarts,
          new LineIndex(text).lineStarts,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('reports the same problems after edits as from scratch, with problems cached per letter', function () {
    this.timeout(30000);
    const workspace = new WorkspaceIndex();
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
        const fresh = new DocumentModel(model.uri, 0, text);
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

  it('keeps the letters before an edit and shifts the letters after it', () => {
    // A heading reads up to HEADING_LOOKAHEAD characters after its line: the letters are longer.
    const prose = 'Words of the letter. '.repeat(120);
    const text = lines(
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
    const model = new DocumentModel('file:///a.letters', 1, text);
    const at = text.indexOf('Edited.');
    const edited = DocumentModel.edited(model, 2, text.slice(0, at) + 'x' + text.slice(at), {
      start: at,
      oldEnd: at,
      newEnd: at + 1,
    });
    const [before, , touched, after] = edited.letters;
    assert.ok(before && touched && after, 'four letters after the edit');
    // The letter just before the edited one is parsed again: its end is read up to the next heading.
    assert.equal(before, model.letters[0], 'a letter before the edit is the same object');
    assert.notEqual(letterOrigin(touched).letter, model.letters[2], 'the edited letter is parsed again');
    assert.deepEqual(
      letterOrigin(after),
      { letter: model.letters[3], delta: 1 },
      'the letter after is moved, not parsed',
    );
    assert.equal(after.markers[0]?.span.start, text.indexOf('More.') + 'More.'.length + 1);
    assert.deepEqual(edited.syntax, parseDocument(edited.text));
  });

  it('shifts every span of a letter, and a shifted letter shifts back to its original', () => {
    const letter = parseDocument(
      lines('Letter 1', '[1 May 1926]', 'Text.1 (see letter 2, note 1)', '1.   N.'),
    ).letters[0];
    assert.ok(letter);
    const moved = shiftLetter(letter, 5);
    assert.equal(moved.notes[0]?.numberSpan.start, (letter.notes[0]?.numberSpan.start ?? 0) + 5);
    assert.equal(
      moved.crossReferences[0]?.noteSpan?.end,
      (letter.crossReferences[0]?.noteSpan?.end ?? 0) + 5,
    );
    assert.equal(shiftLetter(moved, -5), letter);
  });
});
