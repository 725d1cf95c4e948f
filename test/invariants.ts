/**
 * The invariants every answer of the server keeps, whatever the text: checked by the property tests
 * and by the long fuzz run (`npm run fuzz`).
 *
 * Ranges are UTF-16 positions inside the document, and never between the two halves of a
 * surrogate pair: an astral character is one character to the user, so no range starts or ends
 * inside it. (Lone surrogates in damaged text are characters of their own.)
 */
import assert from 'node:assert/strict';
import { DEFAULT_WORDS } from '../server/src/syntax/vocabulary';
import * as fc from 'fast-check';
import type { DocumentSymbol, Position, Range } from 'vscode-languageserver-types';
import { documentProblems } from '../server/src/topics/diagnose';
import { readLetters } from '../server/src/analysis/documentLetters';
import { LetterTable } from '../server/src/analysis/letterTable';
import { DocumentModel, ModelCache } from '../server/src/analysis/model';
import { Edition } from '../server/src/analysis/edition';
import { codeActions } from '../server/src/features/codeActions';
import { definition } from '../server/src/features/definition';
import { toDiagnostics } from '../server/src/features/diagnostics';
import { documentHighlights } from '../server/src/features/documentHighlights';
import { documentSymbols } from '../server/src/features/documentSymbols';
import { foldingRanges } from '../server/src/features/foldingRanges';
import { hover } from '../server/src/features/hover';
import { references } from '../server/src/features/references';
import { DEFAULT_SETTINGS } from '../server/src/analysis/settings';
import { parseDocument } from '../server/src/syntax/parseDocument';
import { document, edit, place, type Edit, type StartText } from './arbitraries';

/** The offset of a position in `text`, checking that the position is inside it and on a character boundary. */
export function checkPosition(text: string, lineStarts: ArrayLike<number>, position: Position): number {
  assert.ok(
    position.line >= 0 && position.line < lineStarts.length,
    `line ${position.line} outside the text`,
  );
  const lineStart = lineStarts[position.line] as number;
  const next =
    position.line + 1 < lineStarts.length ? (lineStarts[position.line + 1] as number) : text.length + 1;
  const offset = lineStart + position.character;
  assert.ok(
    position.character >= 0 && offset < next && offset <= text.length,
    `character outside line ${position.line}`,
  );
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  assert.ok(
    !(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff),
    `position ${position.line}:${position.character} splits a surrogate pair`,
  );
  return offset;
}

/** Checks that a range lies inside the text, on character boundaries, start before end. */
export function checkRange(
  text: string,
  lineStarts: ArrayLike<number>,
  range: Range,
): { start: number; end: number } {
  const start = checkPosition(text, lineStarts, range.start);
  const end = checkPosition(text, lineStarts, range.end);
  assert.ok(start <= end, 'range ends before it starts');
  return { start, end };
}

/** Whether a range contains another. */
function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Runs every feature on `model` (position features at `offsets`) and checks the invariants; also
 * that the model's tree equals a fresh parse of its text and its problems a fresh analysis
 * (incremental equals from scratch).
 */
export function checkModel(model: DocumentModel, workspace: Edition, offsets: readonly number[]): void {
  const { text } = model;
  const lineStarts = model.lineIndex.lineStarts;
  assert.deepEqual(model.syntax, parseDocument(text), 'the edited tree differs from a fresh parse');

  const checkSymbols = (
    symbols: readonly DocumentSymbol[],
    parent?: { start: number; end: number },
  ): void => {
    for (const symbol of symbols) {
      const range = checkRange(text, lineStarts, symbol.range);
      assert.ok(
        contains(range, checkRange(text, lineStarts, symbol.selectionRange)),
        'selection outside symbol',
      );
      if (parent) assert.ok(contains(parent, range), `${symbol.name} outside its parent`);
      checkSymbols(symbol.children ?? [], range);
    }
  };
  checkSymbols(documentSymbols(model));

  for (const range of foldingRanges(model)) {
    assert.ok(range.startLine <= range.endLine && range.endLine < lineStarts.length, 'folding range outside');
  }

  const problems = documentProblems(model, workspace);
  // From scratch: a letter table of its own, so that no letter analysis or cached problem is reused.
  const fresh = new DocumentModel(
    model.uri,
    model.version,
    text,
    readLetters(text, DEFAULT_WORDS, new LetterTable()),
  );
  assert.deepEqual(problems, documentProblems(fresh, workspace), 'the problems differ from a fresh analysis');
  for (const diagnostic of toDiagnostics(model, problems, DEFAULT_SETTINGS, workspace)) {
    checkRange(text, lineStarts, diagnostic.range);
    for (const related of diagnostic.relatedInformation ?? []) {
      if (related.location.uri === model.uri) checkRange(text, lineStarts, related.location.range);
    }
  }

  for (const offset of offsets) {
    const position = model.lineIndex.positionAt(offset);
    const hovered = hover(model, offset, workspace);
    if (hovered?.range) checkRange(text, lineStarts, hovered.range);
    for (const link of definition(model, offset, workspace)) {
      if (link.targetUri !== model.uri) continue;
      const target = checkRange(text, lineStarts, link.targetSelectionRange);
      const landsOnNote = model.letters.some(
        (letter) =>
          letter.notes.some(
            (note) => note.numberSpan.start === target.start && note.numberSpan.end === target.end,
          ) ||
          (letter.heading.start === target.start && letter.heading.end === target.end),
      );
      assert.ok(landsOnNote, 'a definition in the document lands on neither a note nor a letter');
    }
    for (const location of references(model, offset, workspace, true)) {
      if (location.uri === model.uri) checkRange(text, lineStarts, location.range);
    }
    for (const highlight of documentHighlights(model, offset)) checkRange(text, lineStarts, highlight.range);
    const range = { start: offset, end: offset };
    for (const action of codeActions(model, problems, range, [])) {
      for (const edit of action.edit?.changes?.[model.uri] ?? []) checkRange(text, lineStarts, edit.range);
    }
    assert.deepEqual(model.lineIndex.positionAt(model.lineIndex.offsetAt(position)), position);
  }
}

/** A run of edits on a document, with offsets (as fractions of the text) to ask position features at. */
export const editingSession = fc.record({
  start: document,
  edits: fc.array(edit, { minLength: 1, maxLength: 50 }),
  offsets: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
});

/**
 * Edits a document through the model cache, as the server does, checking the invariants after
 * every `checkEvery` edits and at the end. Returns the number of edits made.
 */
export function runEditingSession(
  session: { start: StartText; edits: readonly Edit[]; offsets: readonly number[] },
  checkEvery: number,
): number {
  const workspace = new Edition();
  const cache = new ModelCache();
  const uri = 'untitled:fuzz.letters';
  let text = session.start.text;
  let model = cache.get(uri, 0, text);
  const check = (): void =>
    checkModel(
      model,
      workspace,
      session.offsets.map((fraction) => Math.floor(fraction * (text.length + 1))),
    );
  session.edits.forEach((one, index) => {
    const where = place(text, one);
    text = text.slice(0, where.start) + where.text + text.slice(where.end);
    cache.edit(uri, where.start, where.end, where.text.length);
    // Like the server, some versions are never analysed: their edits compose into the next one.
    if (index % 3 === 2 || index === session.edits.length - 1) {
      model = cache.get(uri, index + 1, text);
      workspace.put(model);
      documentProblems(model, workspace);
      if ((index + 1) % checkEvery === 0 || index === session.edits.length - 1) check();
    }
  });
  return session.edits.length;
}
