// Issue 6's "One suite" in a real VS Code: the language features as VS Code itself asks for them
// (`vscode.execute…Provider`) on the sample: the outline, definitions, references, hovers (one that
// follows an unsaved edit of the register) and completion. Edits go to untitled copies or stay unsaved
// and are reverted (`sampleSuite.ts`).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openSample, waitFor } from './util';
import { hoverAt, hoverText, onTheSample, positionOf, REGISTER, SAMPLE, sampleUri } from './sampleSuite';

/** The editorial dates of letters 11..30 in the sample, as the outline names them. */
const LETTER_DATES = [
  '24 May 1926',
  '26 May 1926',
  '1 June 1926',
  '1 June 1926',
  '2 June 1926',
  '3 June 1926',
  '3 June 1926',
  '3 June 1926',
  '4 June 1926',
  '15 June 1926',
  '25 June 1926',
  '3 August 1926',
  '27 August 1926',
  '30 August 1926',
  '4 September 1926',
  '8 September 1926',
  '16 September 1926',
  '23 September 1926',
  '7 November 1926',
  '23 December 1926',
];

/** The target of a definition result, whichever of the two shapes VS Code returns. */
function targetOf(result: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; line: number } {
  return 'targetUri' in result
    ? { uri: result.targetUri, line: (result.targetSelectionRange ?? result.targetRange).start.line }
    : { uri: result.uri, line: result.range.start.line };
}

suite('language features on the sample (issue 6)', () => {
  onTheSample();

  test('the outline lists letters 11 to 30 with their dates, notes nested', async () => {
    const symbols = await waitFor('the outline of the sample', async () => {
      const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
        'vscode.executeDocumentSymbolProvider',
        sampleUri(),
      );
      return found && found.length > 0 ? found : undefined;
    });
    assert.deepEqual(
      symbols.map((symbol) => symbol.name),
      LETTER_DATES.map((date, index) => `Letter ${index + 11} \u00B7 ${date}`),
    );
    const letter21 = symbols[10];
    assert.deepEqual(
      letter21?.children.map((note) => note.name),
      ['Note 1', 'Note 2', 'Note 3', 'Note 4', 'Note 5'],
    );
  });

  test('a marker leads to its note; a person mention to the register entry', async () => {
    const document = (await openSample(SAMPLE)).document;
    const fromMarker = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      document.uri,
      positionOf(document, 'Special File 3', 'Special File '.length),
    );
    assert.deepEqual(
      fromMarker.map(targetOf).map(({ uri, line }) => [uri.toString(), line]),
      [[document.uri.toString(), positionOf(document, 'The Special File contained').line]],
      'Special File 3 → note 3 of letter 20',
    );

    const register = await vscode.workspace.openTextDocument(sampleUri(REGISTER));
    const fromPerson = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      document.uri,
      positionOf(document, 'Grisha [Zinoviev], who', 2),
    );
    assert.deepEqual(
      fromPerson.map(targetOf).map(({ uri, line }) => [uri.toString(), line]),
      [[register.uri.toString(), positionOf(register, '"Zinoviev, Grigorii Yevseevich"').line]],
      'Grisha → Zinoviev in the register',
    );
  });

  test('references: the markers of a note, the mentions of a person', async () => {
    const document = (await openSample(SAMPLE)).document;
    const marker = positionOf(document, 'Special File 3', 'Special File '.length);
    const noteLine = positionOf(document, 'The Special File contained').line;
    const ofNote = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      document.uri,
      new vscode.Position(noteLine, 0),
    );
    // VS Code asks with includeDeclaration: the note itself, then its one marker.
    assert.deepEqual(
      ofNote
        .map((location) => [
          location.uri.toString(),
          location.range.start.line,
          location.range.start.character,
        ])
        .sort((a, b) => Number(a[1]) - Number(b[1])),
      [
        [document.uri.toString(), marker.line, marker.character],
        [document.uri.toString(), noteLine, 0],
      ],
    );

    const ofGrisha = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      document.uri,
      positionOf(document, 'Grisha [Zinoviev], who', 2),
    );
    const inSample = ofGrisha.filter((location) => location.uri.toString() === document.uri.toString());
    assert.ok(inSample.length > 50, `Zinoviev is named often, found ${inSample.length}`);
    for (const location of inSample)
      assert.match(document.getText(location.range), /^(Grisha|Zinov|Grigorii|G\. )/, 'a name of Zinoviev');
    const lines = new Set(inSample.map((location) => location.range.start.line));
    for (const mention of [
      'Grisha [Zinoviev], who',
      "Grisha's [Zinoviev's] theses",
      'Grisha [Zinoviev] should',
    ])
      assert.ok(lines.has(positionOf(document, mention).line), `"${mention}" is a reference to Zinoviev`);
  });

  test('hover previews the note of a marker and tells who Grisha is', async () => {
    const document = (await openSample(SAMPLE)).document;
    const onMarker = hoverText(
      await hoverAt(document.uri, positionOf(document, 'Peter [Petrograd].5', 'Peter [Petrograd].'.length)),
    );
    assert.match(
      onMarker,
      /\*\*Note 5\*\* of letter 20, line 360\n\nBukharin gave a report to Moscow party activists/,
    );
    const onGrisha = hoverText(
      await hoverAt(document.uri, positionOf(document, 'Grisha [Zinoviev], who', 2)),
    );
    assert.match(onGrisha, /\*\*Zinoviev, Grigorii Yevseevich\*\* \(23 September 1883 – 25 August 1936\)/);
    assert.match(onGrisha, /Chairman of the Executive Committee of the Comintern/);
  });

  test('completion after "see letter 21, note " offers the notes of letter 21', async () => {
    const text = 'Letter 40\n\n[1 January 1927]\n\nAs I wrote (see letter 21, note ';
    const document = await vscode.workspace.openTextDocument({ language: 'letters', content: text });
    await vscode.window.showTextDocument(document);
    try {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        document.uri,
        document.positionAt(text.length),
      );
      const notes = list.items.filter((item) => item.detail?.endsWith('of letter 21'));
      assert.deepEqual(
        notes.map((item) => (typeof item.label === 'string' ? item.label : item.label.label)),
        ['1', '2', '3', '4', '5'],
      );
      assert.equal(notes[0]?.detail, 'Note 1 of letter 21');
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('an unsaved edit of the register changes the hover on Grisha', async () => {
    const sample = (await openSample(SAMPLE)).document;
    const grisha = positionOf(sample, 'Grisha [Zinoviev], who', 2);
    const register = await vscode.workspace.openTextDocument(sampleUri(REGISTER));
    const old = 'Chairman of the Executive Committee of the Comintern';
    const edited = 'Edited in the e2e suite, never saved';
    const start = positionOf(register, old);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(register.uri, new vscode.Range(start, start.translate(0, old.length)), edited);
    await vscode.window.showTextDocument(register);
    try {
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.equal(register.isDirty, true);
      await waitFor('the hover on Grisha to show the edited description', async () =>
        hoverText(await hoverAt(sample.uri, grisha)).includes(edited) ? true : undefined,
      );
    } finally {
      await vscode.window.showTextDocument(register);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    assert.equal(register.isDirty, false, 'the register edit was reverted, not saved');
    await waitFor('the hover on Grisha to show the description on disk again', async () =>
      hoverText(await hoverAt(sample.uri, grisha)).includes(old) ? true : undefined,
    );
  });
});
