// Issue 17 in a real VS Code, inside the preview's page: a marker's popup shows its note, a proof
// mark its message; scrolling the preview scrolls the editor and moving the cursor scrolls the
// preview, neither echoing back; a double-click puts the cursor on the line. The launcher drives the
// webview with real mouse input (see webview.ts); the sample is only read.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, samplesFolder, waitFor } from './util';
import { canDriveWebviews, inWebview, waitInWebview } from './webview';

const SAMPLE = 'stalin-molotov-1926.letters';
/** A selector only the preview's page has. */
const PREVIEW = '#letters-preview';

/** The source line of the first block still visible at the top of the preview, or null. */
const TOP_LINE = `(() => {
  const blocks = [...document.querySelectorAll('${PREVIEW} [data-line]:not(article)')];
  const top = blocks.find((block) => block.getBoundingClientRect().bottom > 0);
  return top ? Number(top.getAttribute('data-line')) : null;
})()`;

/** The popup's text while it is shown, or null. */
const POPUP = `(() => {
  const popup = document.querySelector('.note-popup');
  return popup && !popup.hidden ? popup.textContent : null;
})()`;

interface LettersApi {
  previewHtml(): string | undefined;
}

/** The sample in the first column with its preview beside it, drawn in the webview. */
async function samplePreview(): Promise<vscode.TextEditor> {
  const extension = vscode.extensions.getExtension<LettersApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  const letters = await extension.activate();
  // Always the first column: a double-click may have left the preview's column active.
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(samplesFolder(), SAMPLE));
  const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
  await vscode.commands.executeCommand('letters.openPreviewToSide');
  await waitFor('the preview of the sample', () =>
    letters.previewHtml()?.includes('id="letter-30"') ? true : undefined,
  );
  await waitInWebview(
    PREVIEW,
    'the sample drawn in the preview',
    `document.getElementById('letter-30') ? true : null`,
  );
  return editor;
}

/** The 0-based line of the sample's `Letter N` heading. */
function headingLine(editor: vscode.TextEditor, letter: number): number {
  const lines = editor.document.getText().split(/\r?\n/);
  const line = lines.findIndex((text) => text.trim() === `Letter ${letter}`);
  assert.ok(line >= 0, `no heading of letter ${letter}`);
  return line;
}

function firstVisibleLine(editor: vscode.TextEditor): number {
  return editor.visibleRanges[0]?.start.line ?? -1;
}

/** How far below the first visible line VS Code may put a line it reveals at the top. */
const TOP_CONTEXT_LINES = 6;

const settle = () => new Promise((resolve) => setTimeout(resolve, 1000));

suite('preview in the page (issue 17)', function () {
  setup(function () {
    // Electron's launcher has no browser page to drive: these run under code-server (npm run test:e2e).
    if (!canDriveWebviews()) this.skip();
  });

  test('hovering a marker shows its note in a popup; persons and dates carry their tooltips', async () => {
    const editor = await samplePreview();
    const html = (await inWebview({
      frame: PREVIEW,
      evaluate: `document.getElementById('letter-12').innerHTML`,
    })) as string;
    assert.match(
      html,
      /<span class="mention person" title="Bukharin, Nikolai Ivanovich: [^"]+">Bukharin<\/span>/,
    );
    assert.match(html, /<span class="date" title="Wednesday, 26 May 1926">5\/26\/1926<\/span>/);
    // Note 3 of letter 12 as the source writes it (after its number), whitespace collapsed.
    const source = editor.document
      .getText()
      .split(/\r?\n/)
      .slice(headingLine(editor, 12), headingLine(editor, 13));
    const note = source.find((line) => /^3\.\s/.test(line))?.replace(/^3\.\s+/, '');
    assert.ok(note, 'note 3 of letter 12 in the source');
    await inWebview({ frame: PREVIEW, hover: '#letter-12-marker-3-1 a' });
    const popup = (await waitInWebview(PREVIEW, 'the popup of marker 3', POPUP)) as string;
    assert.ok(
      popup.replace(/\s+/g, ' ').startsWith(`3. ${note.replace(/\s+/g, ' ').slice(0, 40)}`),
      `popup: ${popup.slice(0, 120)}`,
    );
    await inWebview({ frame: PREVIEW, hover: '#letter-12 .letter-heading' });
    await waitInWebview(PREVIEW, 'the popup to close', `${POPUP} === null ? true : null`);
  });

  test('scrolling the preview scrolls the editor to the line at its top, without moving the cursor or scrolling back', async () => {
    const editor = await samplePreview();
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    const line = headingLine(editor, 25);
    await inWebview({
      frame: PREVIEW,
      evaluate: `document.getElementById('letter-25').scrollIntoView({ block: 'start' })`,
    });
    // VS Code reveals a line "at the top" below a few lines of context (and the sticky scroll header).
    await waitFor(`the editor to show line ${line} at its top`, () => {
      const top = firstVisibleLine(editor);
      return top <= line && line <= top + TOP_CONTEXT_LINES ? true : undefined;
    });
    assert.equal(editor.selection.active.line, 0, 'the cursor stays where it was');
    await settle();
    assert.equal(
      await inWebview({ frame: PREVIEW, evaluate: TOP_LINE }),
      line,
      'the preview stays on letter 25',
    );
  });

  test('moving the cursor scrolls the preview to its letter, and the editor is not scrolled back', async () => {
    const editor = await samplePreview();
    const line = headingLine(editor, 18);
    const position = new vscode.Position(line, 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
    await waitInWebview(
      PREVIEW,
      `the preview to show line ${line} at its top`,
      `${TOP_LINE} === ${line} ? true : null`,
    );
    const shown = firstVisibleLine(editor);
    await settle();
    assert.equal(firstVisibleLine(editor), shown, 'the preview did not scroll the editor in turn');
    assert.equal(await inWebview({ frame: PREVIEW, evaluate: TOP_LINE }), line);
  });

  test('double-clicking a note puts the cursor on its line in the source', async () => {
    const editor = await samplePreview();
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const line = (await inWebview({
      frame: PREVIEW,
      evaluate: `Number(document.getElementById('letter-13-note-2').getAttribute('data-line'))`,
    })) as number;
    assert.match(editor.document.lineAt(line).text, /^2\.\s/, 'the note starts on its data-line');
    await inWebview({ frame: PREVIEW, dblclick: '#letter-13-note-2' });
    await waitFor(`the cursor on line ${line}`, () => {
      const active = vscode.window.activeTextEditor;
      return active?.document === editor.document && active.selection.active.line === line ? true : undefined;
    });
  });

  test('proof marks show what the checks report, with the message on hover, and toggle off again', async () => {
    await samplePreview();
    await vscode.commands.executeCommand('letters.togglePreviewProof');
    try {
      const codes = (await waitInWebview(
        PREVIEW,
        'proof marks in the preview',
        `(() => { const marks = [...document.querySelectorAll('.proof-mark')].map((mark) => mark.textContent); return marks.length ? marks : null; })()`,
      )) as string[];
      assert.ok(codes.includes('note.glued'), codes.join(' '));
      const selector = '.proof-mark:not([data-message=""])';
      const message = (await inWebview({
        frame: PREVIEW,
        evaluate: `document.querySelector('${selector}').getAttribute('data-message')`,
      })) as string;
      await inWebview({ frame: PREVIEW, hover: selector });
      assert.equal(await waitInWebview(PREVIEW, 'the proof popup', POPUP), message);
    } finally {
      await vscode.commands.executeCommand('letters.togglePreviewProof');
    }
    await waitInWebview(
      PREVIEW,
      'the proof marks to go',
      `document.querySelector('.proof-mark') ? null : true`,
    );
  });
});
