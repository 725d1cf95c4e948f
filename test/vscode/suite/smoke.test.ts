// The first check of what a user installs: the extension is there, activates, and `.letters` files get
// their language. Runs against the extension under development and against the packaged .vsix.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openSample } from './util';

suite('smoke', () => {
  test('the extension is installed and activates', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  test('the extension is the one the launcher installed', () => {
    const expectedRoot = process.env.LETTERS_E2E_EXTENSION_ROOT;
    assert.ok(expectedRoot, 'the launcher must set LETTERS_E2E_EXTENSION_ROOT');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(
      extension?.extensionPath.startsWith(expectedRoot),
      `${extension?.extensionPath} is not under ${expectedRoot}`,
    );
  });

  test('the workspace is trusted or restricted as the launcher chose', () => {
    assert.equal(vscode.workspace.isTrusted, process.env.LETTERS_E2E_TRUST !== 'restricted');
  });

  test('the sample opens with the letters language', async () => {
    const editor = await openSample('stalin-molotov-1926.letters');
    assert.equal(editor.document.languageId, 'letters');
  });
});
