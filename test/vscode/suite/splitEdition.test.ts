// Issue 13's edition in many files in a real VS Code: the 1926 sample split into three files by
// month range (scripts/split-sample.ts). The launcher opens that folder with --split-sample, and only
// then are these tests registered: with samples/ open, the sample and a split copy of it would be
// one edition holding every letter twice. Edits stay unsaved and are reverted.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openSample, waitFor, waitForDiagnostics } from './util';

const MAY_JUNE = 'may-june.letters';
const JULY_SEPTEMBER = 'july-september.letters';
const OCTOBER_DECEMBER = 'october-december.letters';

/** The slice of the extension's exported API these tests use. */
interface LettersApi {
  letterPickItems(): Promise<{ label: string; description?: string; detail?: string }[]>;
  lettersView: { getChildren(node?: unknown): Promise<LettersNode[]> };
}

type LettersNode =
  | { kind: 'file'; uri: string; letters: { number: number }[] }
  | { kind: 'letter'; letter: { number: number } };

async function api(): Promise<LettersApi> {
  const extension = vscode.extensions.getExtension<LettersApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  return extension.activate();
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);
const baseName = (uri: string) => uri.slice(uri.lastIndexOf('/') + 1);

if (process.env.LETTERS_E2E_FOLDER === 'split-sample') {
  suite('split edition (issue 13)', () => {
    test('the Letters view lists each file with its letters, the files in the order of their numbers', async () => {
      const letters = await api();
      const files = await waitFor('the three files in the Letters view', async () => {
        const nodes = await letters.lettersView.getChildren();
        const found = nodes.filter((node) => node.kind === 'file');
        return found.length === 3 ? found : undefined;
      });
      const perFile = await Promise.all(
        files.map(async (file) => [
          file.kind === 'file' ? baseName(file.uri) : '',
          (await letters.lettersView.getChildren(file)).map((node) =>
            node.kind === 'letter' ? node.letter.number : 0,
          ),
        ]),
      );
      assert.deepEqual(perFile, [
        [MAY_JUNE, range(11, 21)],
        [JULY_SEPTEMBER, range(22, 28)],
        [OCTOBER_DECEMBER, range(29, 30)],
      ]);
    });

    test('Go to Letter lists the twenty letters of the three files in number order, each with its file', async () => {
      const items = await (await api()).letterPickItems();
      assert.deepEqual(
        items.map((item) => item.label),
        range(11, 30).map((number) => `Letter ${number}`),
      );
      assert.match(items[10]?.detail ?? '', /^may-june\.letters/, 'letter 21 is in May–June');
      assert.match(items[11]?.detail ?? '', /^july-september\.letters/, 'letter 22 opens July–September');
    });

    test('F12 on "see letter 21, note4" in July–September goes to note 4 of letter 21 in May–June', async () => {
      const document = (await openSample(JULY_SEPTEMBER)).document;
      const at = document.getText().indexOf('letter 21, note4');
      assert.ok(at >= 0);
      const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider',
        document.uri,
        document.positionAt(at + 'letter 21, note'.length),
      );
      assert.equal(targets.length, 1);
      const target = targets[0] as vscode.Location | vscode.LocationLink;
      const [uri, start] =
        'targetUri' in target
          ? [target.targetUri, (target.targetSelectionRange ?? target.targetRange).start]
          : [target.uri, target.range.start];
      assert.equal(baseName(uri.toString()), MAY_JUNE);
      const mayJune = await vscode.workspace.openTextDocument(uri);
      const letter21 = mayJune.getText().indexOf('Letter 21');
      const noteFour = mayJune.getText().indexOf('\n4.', letter21) + 1;
      assert.ok(letter21 >= 0 && noteFour > 0);
      assert.equal(start.line, mayJune.positionAt(noteFour).line);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('letter.sequence runs across the files: a gap is reported on the first letter after it, in its file', async () => {
      const editor = await openSample(OCTOBER_DECEMBER);
      const uri = editor.document.uri;
      const sequence = (diagnostics: vscode.Diagnostic[]) =>
        diagnostics.filter((diagnostic) => diagnostic.code === 'letter.sequence');
      // The split edition counts 11 to 30 across the files: no sequence problem anywhere.
      await waitForDiagnostics(uri, (found) => found.length > 0 && sequence(found).length === 0);
      const heading = editor.document.getText().indexOf('Letter 29');
      assert.ok(heading >= 0);
      const numberStart = editor.document.positionAt(heading + 'Letter '.length);
      await editor.edit((edit) =>
        edit.replace(new vscode.Range(numberStart, numberStart.translate(0, 2)), '31'),
      );
      try {
        const found = sequence(
          await waitForDiagnostics(uri, (diagnostics) =>
            sequence(diagnostics).some((diagnostic) => /follows letter 28/.test(diagnostic.message)),
          ),
        );
        const gap = found.find((diagnostic) => /follows letter 28/.test(diagnostic.message));
        assert.equal(gap?.range.start.line, numberStart.line);
        assert.equal(
          baseName(gap?.relatedInformation?.[0]?.location.uri.toString() ?? ''),
          JULY_SEPTEMBER,
          'the previous letter, 28, is in July–September',
        );
      } finally {
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
      await waitForDiagnostics(uri, (found) => found.length > 0 && sequence(found).length === 0);
    });
  });
}
