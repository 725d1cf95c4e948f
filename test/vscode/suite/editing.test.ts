// Issue 8 in a real VS Code: the language defaults in effect, the letter in the status bar as the
// cursor moves, Go to Letter / Go to Note items, next/previous letter, the Letters view, the
// problems of a file that is never opened, the keybindings, and the offer for a `.txt` edition.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openSample, samplesFolder, waitFor, waitForDiagnostics } from './util';

const SAMPLE = 'stalin-molotov-1926.letters';

/** The slice of the extension's exported API these tests use. */
interface LettersApi {
  statusText(): string | undefined;
  letterPickItems(): Promise<{ label: string; description?: string; detail?: string }[]>;
  notePickItems(): Promise<{ label: string; detail?: string }[]>;
  lettersView: { getChildren(node?: unknown): Promise<LettersNode[]> };
  editionOffer: {
    ask: (message: string, ...buttons: string[]) => Thenable<string | undefined>;
    consider(document: vscode.TextDocument): Promise<void>;
  };
}

type LettersNode =
  | { kind: 'file'; uri: string; letters: { number: number; problems: number; date?: string }[] }
  | { kind: 'letter'; letter: { number: number; problems: number; date?: string } };

async function api(): Promise<LettersApi> {
  const extension = vscode.extensions.getExtension<LettersApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  return extension.activate();
}

/** Puts the cursor at the first occurrence of `text` (plus `offset`) in the editor. */
function moveTo(editor: vscode.TextEditor, text: string, offset = 0): void {
  const index = editor.document.getText().indexOf(text);
  assert.ok(index >= 0, `"${text}" is in the document`);
  const position = editor.document.positionAt(index + offset);
  editor.selection = new vscode.Selection(position, position);
}

suite('editing the edition (issue 8)', () => {
  test('the prose defaults apply to Letters files', async () => {
    const editor = await openSample(SAMPLE);
    const config = vscode.workspace.getConfiguration('editor', editor.document);
    assert.equal(config.get('wordWrap'), 'on');
    assert.deepEqual(config.get('unicodeHighlight.allowedCharacters'), { '\u00a0': true });
    assert.equal(
      config.get('unicodeHighlight.invisibleCharacters'),
      true,
      'a zero-width space is still shown',
    );
    assert.equal(config.get('unicodeHighlight.nonBasicASCII'), false);
    assert.deepEqual(config.get('quickSuggestions'), { other: 'off', comments: 'off', strings: 'off' });
    assert.equal(config.get('wordBasedSuggestions'), 'off');
    assert.deepEqual(config.get('rulers'), []);
    assert.equal(
      vscode.workspace.getConfiguration('files', editor.document).get('trimTrailingWhitespace'),
      false,
    );
    const plain = vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' });
    assert.notEqual(plain.get('wordBasedSuggestions'), 'off', 'other languages keep their defaults');
  });

  test('the status bar names the letter at the cursor as it moves', async () => {
    const letters = await api();
    const editor = await openSample(SAMPLE);
    moveTo(editor, 'Letter 21', 12);
    await waitFor('the status bar to show letter 21', () =>
      letters.statusText() === 'Letter 21 \u00B7 25 June 1926' ? true : undefined,
    );
    moveTo(editor, 'for a rendevous?');
    await waitFor('the status bar to show letter 11', () =>
      letters.statusText() === 'Letter 11 \u00B7 24 May 1926' ? true : undefined,
    );
    const other = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: 'Not a letter.',
    });
    await vscode.window.showTextDocument(other);
    await waitFor('the status bar item to hide', () =>
      letters.statusText() === undefined ? true : undefined,
    );
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('Go to Letter lists every letter with its date; Go to Note the notes of the current letter', async () => {
    const letters = await api();
    const items = await letters.letterPickItems();
    assert.deepEqual(
      items.map((item) => item.label),
      Array.from({ length: 20 }, (_, index) => `Letter ${index + 11}`),
    );
    assert.equal(items[10]?.description, '25 June 1926');
    assert.ok(items.every((item) => /problem/.test(item.detail ?? '')));
    assert.match(
      items[1]?.detail ?? '',
      /Zinoviev \(Grisha\)/,
      'letter 12 can be found by the persons it names',
    );
    const editor = await openSample(SAMPLE);
    moveTo(editor, 'Letter 22', 12);
    const notes = await letters.notePickItems();
    assert.ok(
      notes.length >= 8,
      `letter 22 has its notes, got ${notes.map((note) => note.label).join(', ')}`,
    );
    assert.equal(notes[0]?.label, 'Note 1');
  });

  test('next and previous letter move the cursor to the neighbouring heading', async () => {
    const editor = await openSample(SAMPLE);
    moveTo(editor, 'Letter 21', 12);
    await vscode.commands.executeCommand('letters.nextLetter');
    await waitFor('the cursor on letter 22', () => {
      const line = editor.document.lineAt(editor.selection.active.line).text;
      return line.startsWith('Letter 22') ? true : undefined;
    });
    await vscode.commands.executeCommand('letters.previousLetter');
    await vscode.commands.executeCommand('letters.previousLetter');
    await waitFor('the cursor on letter 20', () => {
      const line = editor.document.lineAt(editor.selection.active.line).text;
      return line.startsWith('Letter 20') ? true : undefined;
    });
  });

  test('the breadcrumbs path is letter \u203A note (notes nest inside their letter)', async () => {
    const editor = await openSample(SAMPLE);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      editor.document.uri,
    );
    const letter = symbols.find((symbol) => symbol.name.startsWith('Letter 12 '));
    assert.ok(letter);
    for (const note of letter.children)
      assert.ok(letter.range.contains(note.range), `${note.name} lies in its letter`);
    const note3 = letter.children.find((note) => note.name === 'Note 3');
    assert.ok(note3 && note3.range.contains(note3.selectionRange));
  });

  test('the Letters view shows the letters of each file with dates and problem counts', async () => {
    const letters = await api();
    const files = await letters.lettersView.getChildren();
    const sample = files.find((node) => node.kind === 'file' && node.uri.endsWith(SAMPLE));
    assert.ok(sample && sample.kind === 'file');
    const children = await letters.lettersView.getChildren(sample);
    assert.deepEqual(
      children.map((node) => (node.kind === 'letter' ? node.letter.number : 0)),
      Array.from({ length: 20 }, (_, index) => index + 11),
    );
    const letter15 = children.find((node) => node.kind === 'letter' && node.letter.number === 15);
    assert.ok(
      letter15?.kind === 'letter' && letter15.letter.problems > 0,
      'the glued heading of letter 15 counts',
    );
    await vscode.commands.executeCommand('letters.lettersView.focus');
  });

  test('a .letters file never opened has its problems in the Problems panel, kept current on disk', async () => {
    const uri = vscode.Uri.joinPath(samplesFolder(), 'zz-e2e-unopened.letters');
    const write = (text: string) => vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
    try {
      await write('Letter 31\n\n[1 January 1927]\n\nText.1 More.2\n\n1.\u00A0\u00A0 One.\n');
      const diagnostics = await waitForDiagnostics(uri, (found) =>
        found.some((d) => d.code === 'note.missing'),
      );
      assert.ok(diagnostics.length > 0);
      assert.ok(
        !vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString()),
        'the file was never opened',
      );
      await write(
        'Letter 31\n\n[1 January 1927]\n\nText.1 More.2\n\n1.\u00A0\u00A0 One.\n\n2.\u00A0\u00A0 Two.\n',
      );
      await waitForDiagnostics(uri, (found) => found.length === 0);
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  test('next/previous letter keys are not bound by VS Code itself', async () => {
    await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
    const text = await waitFor('the default keybindings', () => {
      const document = vscode.window.activeTextEditor?.document;
      return document && document.getText().includes('"key"') ? document.getText() : undefined;
    });
    for (const key of ['shift+alt+pagedown', 'shift+alt+pageup']) {
      const bound = [
        ...text.matchAll(
          new RegExp(`"key":\\s*"${key.replace(/\+/g, '\\+')}",\\s*"command":\\s*"([^"]+)"`, 'g'),
        ),
      ];
      assert.deepEqual(
        bound.map((match) => match[1]).filter((command) => !command?.startsWith('letters.')),
        [],
        `${key} is bound only by this extension`,
      );
      assert.ok(bound.length > 0, `${key} is listed for the extension`);
    }
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('Insert New Letter adds the next letter after the current one; the snippets are offered on request', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'letters',
      content: 'Letter 5\n\n[1 May 1926]\n\nText.\n',
    });
    const editor = await vscode.window.showTextDocument(document);
    moveTo(editor, 'Text');
    await vscode.commands.executeCommand('letters.insertNewLetter');
    await waitFor('the new letter', () => (document.getText().includes('Letter 6\n\n[') ? true : undefined));
    const letters = await api();
    await waitFor('the status bar to follow the typing', () =>
      letters.statusText()?.startsWith('Letter 6') ? true : undefined,
    );
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      new vscode.Position(document.lineCount - 1, 0),
    );
    const labels = completions.items.map((item) =>
      typeof item.label === 'string' ? item.label : item.label.label,
    );
    assert.ok(
      labels.includes('letter') || labels.includes('New letter'),
      `snippets offered: ${labels.slice(0, 20).join(', ')}`,
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the walkthrough is contributed with its four steps; its first opens the sample of the workspace', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    const walkthroughs = extension?.packageJSON.contributes.walkthroughs as {
      id: string;
      steps: { id: string }[];
    }[];
    assert.deepEqual(
      walkthroughs[0]?.steps.map((step) => step.id),
      ['openSample', 'seeDefect', 'followMarker', 'hoverPerson'],
    );
    await vscode.commands.executeCommand('letters.openSample');
    assert.equal(vscode.window.activeTextEditor?.document.uri.path.endsWith(`/${SAMPLE}`), true);
    assert.equal(
      vscode.window.activeTextEditor?.document.uri.toString().startsWith(samplesFolder().toString()),
      true,
    );
  });

  test('a .txt file that reads like an edition is offered the Letters language once', async () => {
    const letters = await api();
    const uri = vscode.Uri.joinPath(samplesFolder(), 'zz-e2e-edition.txt');
    const questions: string[] = [];
    const original = letters.editionOffer.ask;
    letters.editionOffer.ask = async (message) => {
      questions.push(message);
      return 'Switch to Letters';
    };
    try {
      const text = (await openSample(SAMPLE)).document.getText().slice(0, 4000);
      await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
      const document = await vscode.workspace.openTextDocument(uri);
      await letters.editionOffer.consider(document);
      await waitFor('the .txt to switch to Letters', () =>
        vscode.workspace.textDocuments.some(
          (each) => each.uri.toString() === uri.toString() && each.languageId === 'letters',
        )
          ? true
          : undefined,
      );
      assert.equal(questions.length, 1);
      assert.match(questions[0] ?? '', /looks like an edition of letters/);
    } finally {
      letters.editionOffer.ask = original;
      await vscode.workspace.fs.delete(uri);
    }
  });
});
