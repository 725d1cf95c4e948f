// Issue 17 in a real VS Code: Letters: Open Preview to the Side renders the sample through the
// server, a letter's text is escaped (an injected `<script>` stays text), the preview follows the
// active Letters editor and updates as the text is edited. Edits go to untitled documents only.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openSample, waitFor } from './util';

/** The slice of the extension's exported API these tests use. */
interface LettersApi {
  previewHtml(): string | undefined;
}

async function api(): Promise<LettersApi> {
  const extension = vscode.extensions.getExtension<LettersApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  return extension.activate();
}

/** Waits until the preview was given HTML that `accept`s, and returns it. */
function waitForPreview(
  letters: LettersApi,
  what: string,
  accept: (html: string) => boolean,
): Promise<string> {
  return waitFor(what, () => {
    const html = letters.previewHtml();
    return html !== undefined && accept(html) ? html : undefined;
  });
}

suite('preview (issue 17)', () => {
  test('the preview of the sample shows letter 12 with its notes', async () => {
    const letters = await api();
    await openSample('stalin-molotov-1926.letters');
    await vscode.commands.executeCommand('letters.openPreviewToSide');
    const html = await waitForPreview(letters, 'the preview of the sample', (body) =>
      body.includes('id="letter-12"'),
    );
    assert.match(html, /<h2 class="letter-heading" data-line="\d+">Letter 12<\/h2>/);
    assert.match(html, /<p class="editorial-date"[^>]*>\[26 May 1926\]<\/p>/);
    const notes = html.slice(html.indexOf('aria-label="Notes to letter 12"'));
    assert.match(notes, /id="letter-12-note-1"[^>]*>.*&#39;s notation on this letter is: &quot;/);
    assert.match(html, /<sup class="marker" id="letter-12-marker-1-1"><a href="#letter-12-note-1"/);
  });

  test('an injected <script> is shown as text, and editing updates the preview', async () => {
    const letters = await api();
    const document = await vscode.workspace.openTextDocument({
      language: 'letters',
      content: 'Letter 40\n\n[1 January 1927]\n\nDear friend, <script>alert(1)</script> is only text.\n',
    });
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    try {
      await vscode.commands.executeCommand('letters.openPreviewToSide');
      const html = await waitForPreview(letters, 'the preview to follow the untitled letter', (body) =>
        body.includes('Letter 40'),
      );
      assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), html);
      assert.ok(!/<script/i.test(html), 'no script element in the rendered body');
      await editor.edit((edit) =>
        edit.insert(document.positionAt(document.getText().length), '\nYours, Koba\n'),
      );
      await waitForPreview(letters, 'the preview to show the edit', (body) => body.includes('Yours, Koba'));
    } finally {
      await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
