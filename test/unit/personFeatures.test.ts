import assert from 'node:assert/strict';
import { defaultSeverity } from '../../server/src/analysis/codes';
import type { LocationLink, MarkupContent, Range, TextEdit } from 'vscode-languageserver';
import type { DocumentModel } from '../../server/src/analysis/model';
import { documentProblems } from '../../server/src/topics/diagnose';
import { Edition } from '../../server/src/analysis/edition';
import { PERSONS } from '../../server/src/analysis/registers/kinds/persons';
import { codeActions } from '../../server/src/features/codeActions';
import { completion } from '../../server/src/features/completion';
import { definition } from '../../server/src/features/definition';
import { hover } from '../../server/src/features/hover';
import { documentHighlights } from '../../server/src/features/documentHighlights';
import { inlayHints } from '../../server/src/features/inlayHints';
import { references } from '../../server/src/features/references';
import { sideFileDiagnostics } from '../../server/src/features/sideFileDiagnostics';
import { DEFAULT_SETTINGS, parseSettings } from '../../server/src/analysis/settings';
import { workspaceSymbols } from '../../server/src/features/workspaceSymbols';
import { LineIndex } from '../../server/src/syntax/lineIndex';
import { cursor, fixture, lines } from '../fixture';
import { checkDefinition, checkHover } from '../featureChecks';

const LETTERS = 'file:///edition/a.letters';
const OTHER = 'file:///edition/b.letters';
const REGISTER = 'file:///edition/edition.persons.json';
const REGISTER_TEXT = lines(
  '{',
  '  "persons": [',
  '    {',
  '      "id": "zinoviev",',
  '      "name": "Zinoviev, Grigorii Yevseevich",',
  '      "editionName": "Zinoviev",',
  '      "aliases": ["Grisha", "Grigorii"],',
  '      "birth": "1883-09-23",',
  '      "death": "1936-08",',
  '      "description": "Chairman of the Comintern.",',
  '      "authority": { "wikidata": "https://www.wikidata.org/entity/Q130885" }',
  '    },',
  '    { "id": "kopp", "name": "Kopp, Viktor Leontevich", "editionName": "Kopp" }',
  '  ]',
  '}',
);

const OTHER_TEXT = lines('Letter 12', '[26 May 1926]', 'Zinoviev again, and Grisha.');

function setup(source: string) {
  const parsed = fixture(source);
  const workspace = new Edition();
  workspace.registers.set(REGISTER, REGISTER_TEXT);
  workspace.set(OTHER, 1, OTHER_TEXT);
  const model = workspace.set(LETTERS, 1, parsed.text);
  return { ...parsed, model, workspace };
}

const LETTER = lines('Letter 11', '[24 May 1926]', 'Not Gri{|}sha [Zinoviev], but Com. Xyz and Kopp.');

describe('person features', () => {
  it('shows who a mention is, where the person is mentioned, on hover', () => {
    checkHover(
      lines(
        'Letter 11',
        '[24 May 1926]',
        'Not Grisha [Zinoviev], but Com. Xyz and Kopp.',
        '    ^^^^^^^^^^^^^^^^^ hover: **Zinoviev, Grigorii Yevseevich** (23 September 1883 – August 1936)',
        '    ^^^^^^^^^^^^^^^^^ hover: Chairman of the Comintern.',
        '    ^^^^^^^^^^^^^^^^^ hover: Also: Zinoviev, Grisha, Grigorii',
        '    ^^^^^^^^^^^^^^^^^ hover: [Wikidata](https://www.wikidata.org/entity/Q130885)',
        '    ^^^^^^^^^^^^^^^^^ hover: Mentioned 3 times in 2 letters: b.letters: letter 12 (2); fixture.letters: letter 11 (1).',
        '                                        ^^^^ hover: **Kopp, Viktor Leontevich**',
        '                           ^ no hover',
      ),
      { files: { [REGISTER]: REGISTER_TEXT, [OTHER]: OTHER_TEXT } },
    );
  });

  it('says, while the edition’s files are still read, that mentions are counted once they are', () => {
    const { model, workspace, cursors } = setup(LETTER);
    workspace.filesRead = false;
    const shown = hover(model, cursor(cursors), workspace);
    const text = (shown?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(text, /^\*\*Zinoviev, Grigorii Yevseevich\*\*/);
    assert.match(text, /Mentions are counted once every file of the edition is read\.$/);
    workspace.filesRead = true;
    const counted = (hover(model, cursor(cursors), workspace)?.contents as MarkupContent | undefined)?.value;
    assert.match(counted ?? '', /Mentioned 3 times in 2 letters/);
  });

  it('goes from a mention to the person’s name in the register', () => {
    checkDefinition(lines('Letter 11', '[24 May 1926]', 'Kopp wrote.', '^^^^ definition'), {
      files: {
        [REGISTER]: REGISTER_TEXT.replace(
          '    { "id": "kopp", "name": "Kopp, Viktor Leontevich", "editionName": "Kopp" }',
          lines(
            '    { "id": "kopp", "name": "Kopp, Viktor Leontevich", "editionName": "Kopp" }',
            '                            ^^^^^^^^^^^^^^^^^^^^^^^^^ target',
          ),
        ),
      },
    });
  });

  it('goes to the person’s entry in the register', () => {
    const { model, workspace, cursors } = setup(LETTER);
    const links = definition(model, cursor(cursors), workspace) as LocationLink[];
    assert.equal(links.length, 1);
    assert.equal(links[0]?.targetUri, REGISTER);
    assert.deepEqual(links[0]?.targetRange, {
      start: { line: 2, character: 4 },
      end: { line: 11, character: 5 },
    });
    assert.deepEqual(links[0]?.targetSelectionRange.start, { line: 4, character: 14 });
  });

  it('lists every mention in the workspace as references, and the entry when asked', () => {
    const { model, workspace, cursors } = setup(LETTER);
    const found = references(model, cursor(cursors), workspace, true);
    assert.deepEqual(
      found.map((location) => [location.uri, location.range.start.line, location.range.start.character]),
      [
        [REGISTER, 4, 14],
        [LETTERS, 2, 4],
        [OTHER, 2, 0],
        [OTHER, 2, 20],
      ],
    );
  });

  it('highlights every mention of the person in the document', () => {
    const { model, workspace, cursors } = setup(
      lines('Letter 11', '[24 May 1926]', 'Gri{|}sha and Kopp and Com. Zinoviev.'),
    );
    assert.deepEqual(
      documentHighlights(model, cursor(cursors), workspace).map((highlight) =>
        model.textOf(toSpan(model, highlight.range)),
      ),
      ['Grisha', 'Zinoviev'],
    );
  });

  it('completes registered names and aliases for a capitalised word, replacing it', () => {
    const { model, workspace, cursors } = setup(lines('Letter 11', '[24 May 1926]', 'We saw Gr{|}'));
    const items = completion(model, cursor(cursors), workspace);
    const grisha = items.find((item) => item.label === 'Grisha');
    assert.equal(grisha?.detail, 'Zinoviev, Grigorii Yevseevich (person)');
    assert.deepEqual((grisha?.textEdit as TextEdit).range, {
      start: { line: 2, character: 7 },
      end: { line: 2, character: 9 },
    });
    const lower = setup(lines('Letter 11', '[24 May 1926]', 'we sa{|}'));
    assert.deepEqual(completion(lower.model, cursor(lower.cursors), lower.workspace), []);
  });

  it('shows the preferred name after a nickname when the setting is on', () => {
    const { model, workspace } = setup(
      lines('Letter 11', '[24 May 1926]', 'Grisha and Zinoviev and Grisha [Zinoviev].'),
    );
    const everything = { start: 0, end: model.text.length };
    assert.deepEqual(inlayHints(model, everything, workspace, DEFAULT_SETTINGS), []);
    const on = parseSettings({ inlayHints: { persons: true } });
    const hints = inlayHints(model, everything, workspace, on);
    assert.deepEqual(
      hints.map((hint) => [hint.position, hint.label]),
      [[{ line: 2, character: 6 }, 'Zinoviev, Grigorii Yevseevich']],
    );
  });

  it('reports Com. Xyz as an unknown person with a fix that adds a stub entry to the register', () => {
    const { model, workspace } = setup(LETTER);
    const problems = documentProblems(model, workspace).filter(
      (problem) => problem.code === 'person.unknown',
    );
    assert.equal(problems.length, 1);
    assert.equal(model.textOf(problems[0]!.span), 'Xyz');
    assert.equal(problems[0] && defaultSeverity(problems[0].code), 'information');
    const actions = codeActions(model, problems, problems[0]!.span, [], workspace);
    const edit = actions[0]?.edit?.changes?.[REGISTER]?.[0];
    assert.equal(actions[0]?.title, 'Add "Xyz" to edition.persons.json');
    assert.ok(edit);
    const index = new LineIndex(REGISTER_TEXT);
    const edited =
      REGISTER_TEXT.slice(0, index.offsetAt(edit.range.start)) +
      edit.newText +
      REGISTER_TEXT.slice(index.offsetAt(edit.range.end));
    workspace.registers.set(REGISTER, edited);
    assert.deepEqual(workspace.registers.problemsOf(REGISTER), []);
    assert.equal(workspace.registers.index(PERSONS)?.entry('xyz')?.name, 'Xyz');
    assert.match(edited, /\n {4}\{ "id": "xyz", "name": "Xyz", "editionName": "Xyz" \}\n {2}\]/);
    const after = documentProblems(model, workspace).filter((problem) => problem.code === 'person.unknown');
    assert.deepEqual(after, []);
  });

  it('says nothing about unknown persons when the workspace has no register', () => {
    const workspace = new Edition();
    const model = workspace.set(LETTERS, 1, fixture(LETTER).text);
    assert.deepEqual(
      documentProblems(model, workspace).filter((problem) => problem.code === 'person.unknown'),
      [],
    );
  });

  it('finds persons by any of their names among the workspace symbols', () => {
    const { workspace } = setup(LETTER);
    const symbols = workspaceSymbols(workspace, 'grisha');
    assert.deepEqual(
      symbols.map((symbol) => [symbol.name, symbol.location.uri]),
      [['Zinoviev, Grigorii Yevseevich', REGISTER]],
    );
  });

  it('turns register problems into diagnostics on the register, with related places', () => {
    const workspace = new Edition();
    workspace.registers.set(REGISTER, REGISTER_TEXT);
    const second = 'file:///edition/more.persons.json';
    workspace.registers.set(
      second,
      '{ "persons": [ { "id": "kopp", "name": "Kopp" }, { "id": "grisha-x", "name": "X", "aliases": ["Grisha"] } ] }',
    );
    const diagnostics = sideFileDiagnostics(second, workspace, DEFAULT_SETTINGS);
    assert.deepEqual(
      diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.relatedInformation?.[0]?.location.uri]),
      [
        ['register.duplicateId', REGISTER],
        ['register.aliasConflict', REGISTER],
      ],
    );
  });
});

function toSpan(model: DocumentModel, range: Range): { start: number; end: number } {
  return { start: model.lineIndex.offsetAt(range.start), end: model.lineIndex.offsetAt(range.end) };
}
