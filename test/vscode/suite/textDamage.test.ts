// Issue 12 in a real VS Code: a text-damage quick fix applied to the sample, a word added to the
// edition's word list by its quick fix (counted before the list is saved), the fix-all source
// action. Every edit stays unsaved and is reverted: samples/ is left as it was found.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openSample, samplesFolder, waitFor, waitForDiagnostics } from './util';

const SAMPLE = 'stalin-molotov-1926.letters';
const WORD_LIST = 'stalin-molotov-1926.words.txt';

/** Whether the diagnostics hold the text-damage finding on `word`. */
const flags = (diagnostics: readonly vscode.Diagnostic[], word: string) =>
  diagnostics.some(
    (diagnostic) => String(diagnostic.code).startsWith('text.') && diagnostic.message.includes(`\`${word}\``),
  );

async function fixesAt(uri: vscode.Uri, range: vscode.Range, kind: string): Promise<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    kind,
  );
}

/** Reverts and closes the editor of `document` without saving it. */
async function revert(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  assert.equal(document.isDirty, false, `${document.uri.path} was reverted, not saved`);
}

suite('text damage fixes (issue 12)', () => {
  test('the quick fix of a word run together inserts the space', async () => {
    const sample = (await openSample(SAMPLE)).document;
    const diagnostics = await waitForDiagnostics(sample.uri, (found) => flags(found, 'ourworkers'));
    const finding = diagnostics.find((diagnostic) => diagnostic.message.includes('`ourworkers`'));
    assert.ok(finding);
    const actions = await fixesAt(sample.uri, finding.range, vscode.CodeActionKind.QuickFix.value);
    assert.deepEqual(
      actions.map((action) => action.title),
      ['Insert a space', "Add ‘ourworkers’ to the edition's words"],
    );
    try {
      assert.ok(actions[0]?.edit && (await vscode.workspace.applyEdit(actions[0].edit)));
      assert.equal(
        sample.getText(finding.range.with({ end: finding.range.end.translate(0, 1) })),
        'our workers',
      );
      await waitForDiagnostics(sample.uri, (found) => !flags(found, 'ourworkers'));
    } finally {
      await revert(sample);
    }
  });

  test('adding a word to the word list silences its finding before the list is saved', async () => {
    const sample = (await openSample(SAMPLE)).document;
    const diagnostics = await waitForDiagnostics(sample.uri, (found) => flags(found, 'ourworkers'));
    const finding = diagnostics.find((diagnostic) => diagnostic.message.includes('`ourworkers`'));
    assert.ok(finding);
    const actions = await fixesAt(sample.uri, finding.range, vscode.CodeActionKind.QuickFix.value);
    const add = actions.find((action) => action.title === "Add ‘ourworkers’ to the edition's words");
    assert.ok(add?.edit, 'the fix carries its edit of the word list');
    const listUri = vscode.Uri.joinPath(samplesFolder(), WORD_LIST);
    assert.ok(await vscode.workspace.applyEdit(add.edit));
    const list = await vscode.workspace.openTextDocument(listUri);
    try {
      assert.equal(list.isDirty, true);
      assert.match(list.getText(), /\nourworkers\n$/u);
      await waitForDiagnostics(sample.uri, (found) => !flags(found, 'ourworkers'));
    } finally {
      await revert(list);
    }
    await waitFor('the finding to return with the list on disk', () =>
      flags(vscode.languages.getDiagnostics(sample.uri), 'ourworkers') ? true : undefined,
    );
  });

  test('the fix-all source action applies the certain fixes in one edit', async () => {
    const sample = (await openSample(SAMPLE)).document;
    await waitForDiagnostics(sample.uri, (found) => flags(found, 'ourworkers'));
    const whole = new vscode.Range(0, 0, 0, 0);
    const [fixAll, ...others] = await fixesAt(sample.uri, whole, 'source.fixAll.letters');
    assert.equal(others.length, 0);
    assert.equal(fixAll?.kind?.value, 'source.fixAll.letters');
    try {
      assert.ok(fixAll?.edit && (await vscode.workspace.applyEdit(fixAll.edit)));
      const text = sample.getText();
      assert.ok(text.includes('our workers') && text.includes('and Yagoda'), 'certain fixes applied');
      assert.ok(text.includes('tradeunions'), 'an uncertain finding is left as it is');
    } finally {
      await revert(sample);
    }
  });
});
