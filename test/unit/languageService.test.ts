import assert from 'node:assert/strict';
import { DiagnosticSeverity, MarkupContent, type Position } from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS, type LettersSettings } from '../../server/src/analysis/settings';
import { Edition } from '../../server/src/analysis/edition';
import { createLanguageService } from '../../server/src/service/languageService';
import { cursor, fixture, lines } from '../fixture';

const URI = 'file:///edition/a.letters';

/** A service over one inline document; `{|}` marks the cursor, `[[…]]` the expected ranges. */
function setup(source: string, settings: () => LettersSettings = () => DEFAULT_SETTINGS) {
  const parsed = fixture(source);
  const workspace = new Edition();
  const model = workspace.set(URI, 1, parsed.text);
  const service = createLanguageService({ workspace, settings });
  const positionOf = (offset: number): Position => model.lineIndex.positionAt(offset);
  const rangeOf = (index: number) => {
    const span = parsed.ranges[index];
    assert.ok(span, `fixture has range ${index}`);
    return { start: positionOf(span.start), end: positionOf(span.end) };
  };
  return { ...parsed, model, service, positionOf, rangeOf };
}

describe('language service (no connection)', () => {
  it('answers a hover on a marker with its note, at an LSP position', () => {
    const { model, service, cursors, positionOf, rangeOf } = setup(
      lines('Letter 12', '[26 May 1926]', 'Bukharin writes it.[[{|}3]]', '', '3.   From the speech of 1925.'),
    );
    const answer = service.hover(model, positionOf(cursor(cursors)));
    assert.ok(answer && MarkupContent.is(answer.contents), 'a Markdown hover');
    assert.match(answer.contents.value, /From the speech of 1925\./);
    assert.deepEqual(answer.range, rangeOf(0));
  });

  it('reports a marker without its note as an error diagnostic, and follows the settings', () => {
    const source = lines('Letter 12', '[26 May 1926]', 'A sentence.[[2]]', '', '1.   The only note.');
    let settings: LettersSettings = DEFAULT_SETTINGS;
    const { model, service, rangeOf } = setup(source, () => settings);
    const missing = service.diagnostics(model).filter((diagnostic) => diagnostic.code === 'note.missing');
    assert.deepEqual(
      missing.map((diagnostic) => [diagnostic.range, diagnostic.severity]),
      [[rangeOf(0), DiagnosticSeverity.Error]],
    );
    // The settings are read at each call: turning the code off drops it without a new service.
    settings = { ...DEFAULT_SETTINGS, diagnostics: { 'note.missing': 'off' } };
    assert.equal(
      service.diagnostics(model).some((diagnostic) => diagnostic.code === 'note.missing'),
      false,
    );
    assert.ok(service.problems(model).some((problem) => problem.code === 'note.missing'));
  });

  it('counts a letter’s problems in the Letters list from the document when no host tracks them', () => {
    const { service } = setup(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'Clean.1',
        '',
        '1.   a',
        '',
        'Letter 2',
        '[2 May 1926]',
        'Broken.5',
        '',
      ),
    );
    assert.deepEqual(
      service.letters().map((letter) => [letter.label, letter.problems]),
      [
        ['Letter 1 \u00B7 1 May 1926', 0],
        ['Letter 2 \u00B7 2 May 1926', 1],
      ],
    );
  });

  it('offers the quick fix of the problem in the requested range (a gap in the note numbers)', () => {
    const { model, service, rangeOf } = setup(
      lines('Letter 3', '[3 May 1926]', 'Text.1 More.3', '', '1.   a', '', '[[3]].   b', '', '2.   c'),
    );
    assert.deepEqual(
      service.codeActions(model, rangeOf(0), []).map((action) => [action.kind, action.title]),
      [['quickfix', 'Renumber the notes of letter 3 in the order of their markers']],
    );
  });
});
