// Issue 14 in a real VS Code: the Registers view (kinds, entries, the letters that mention each, a
// click that opens the mention, a refresh when a register is edited), Go to Letter narrowed to the
// letters that mention one entry, and Build Index of Names. Register edits stay unsaved and are
// reverted: the suite leaves samples/ as it found it.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openSample, waitFor } from './util';

const SAMPLE = 'stalin-molotov-1926.letters';
const PLACES = 'stalin-molotov-1926.places.json';

interface Mentions {
  uri: string;
  number?: number;
  label: string;
  range: { start: { line: number; character: number } };
  count: number;
}
interface Entry {
  id: string;
  name: string;
  letters: Mentions[];
}
type RegistersNode =
  | { type: 'kind'; listing: { kind: string; label: string; entries: Entry[] } }
  | { type: 'entry'; kind: string; entry: Entry }
  | { type: 'unregistered' }
  | { type: 'unregisteredName' }
  | { type: 'letter'; mentions: Mentions };

/** The slice of the extension's exported API these tests use. */
interface LettersApi {
  letterPickItems(filter?: { name: string; letters: Mentions[] }): Promise<{ label: string }[]>;
  entryPickItems(): Promise<{ label: string; entry?: Entry }[]>;
  registersView: {
    getChildren(node?: RegistersNode): Promise<RegistersNode[]>;
    getTreeItem(node: RegistersNode): vscode.TreeItem;
    onDidChangeTreeData: vscode.Event<unknown>;
  };
}

async function api(): Promise<LettersApi> {
  const extension = vscode.extensions.getExtension<LettersApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  return extension.activate();
}

/** The entries of one kind as the view lists them under that kind. */
async function entriesOf(letters: LettersApi, kind: string): Promise<Entry[]> {
  const kinds = await letters.registersView.getChildren();
  const node = kinds.find((each) => each.type === 'kind' && each.listing.kind === kind);
  if (!node) return [];
  return (await letters.registersView.getChildren(node)).flatMap((each) =>
    each.type === 'entry' ? [each.entry] : [],
  );
}

suite('Registers view and index of names (issue 14)', () => {
  test('lists every register kind, its entries and the letters that mention each; a letter opens the mention', async () => {
    const letters = await api();
    await openSample(SAMPLE);
    await vscode.commands.executeCommand('letters.registersView.focus');
    const kinds = await waitFor('the registers', async () => {
      const found = await letters.registersView.getChildren();
      return found.length >= 4 ? found : undefined;
    });
    assert.deepEqual(
      kinds.map((node) => (node.type === 'kind' ? node.listing.label : node.type)),
      ['Persons', 'Organisations', 'Places', 'Terms'],
    );
    const places = kinds[2]!;
    assert.match(
      String(letters.registersView.getTreeItem(places).description),
      /^\d+ entries · 1 not mentioned$/,
    );
    const entries = await letters.registersView.getChildren(places);
    const petersburg = entries.find((node) => node.type === 'entry' && node.entry.id === 'saint-petersburg');
    assert.ok(petersburg?.type === 'entry');
    const item = letters.registersView.getTreeItem(petersburg);
    assert.equal(item.label, 'Saint Petersburg');
    assert.match(String(item.description), /^3 letters · \d+ mentions$/);
    const mentions = await letters.registersView.getChildren(petersburg);
    assert.deepEqual(
      mentions.map((node) => (node.type === 'letter' ? node.mentions.number : undefined)),
      [13, 20, 22],
    );
    const letter20 = mentions[1]!;
    const command = letters.registersView.getTreeItem(letter20).command;
    assert.ok(command);
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.path.endsWith(SAMPLE));
    const at = editor.document.offsetAt(editor.selection.active);
    assert.match(editor.document.getText().slice(at, at + 30), /^Peter \[Petrograd\]/);
  });

  test('an entry never mentioned has no letters and a click opens it in its register', async () => {
    const letters = await api();
    const volgograd = (await entriesOf(letters, 'places')).find((entry) => entry.id === 'volgograd');
    assert.deepEqual(volgograd?.letters, []);
    const node = (
      await letters.registersView.getChildren(
        (await letters.registersView.getChildren()).find(
          (each) => each.type === 'kind' && each.listing.kind === 'places',
        ),
      )
    ).find((each) => each.type === 'entry' && each.entry.id === 'volgograd')!;
    const item = letters.registersView.getTreeItem(node);
    assert.equal(item.description, 'not mentioned');
    assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.None);
    await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.path.endsWith(PLACES));
    assert.equal(editor.document.getText(editor.selection), '"Volgograd"');
  });

  test('follows an unsaved edit of a register at once', async () => {
    const letters = await api();
    const document = await vscode.workspace.openTextDocument(
      vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, PLACES),
    );
    await vscode.window.showTextDocument(document);
    try {
      const refreshed = new Promise<void>((resolve) => {
        const listener = letters.registersView.onDidChangeTreeData(() => {
          listener.dispose();
          resolve();
        });
      });
      const array = document.getText().indexOf('"places": [') + '"places": ['.length;
      const edit = new vscode.WorkspaceEdit();
      edit.insert(
        document.uri,
        document.positionAt(array),
        '\n    { "id": "caucasus", "name": "Caucasus" },',
      );
      assert.ok(await vscode.workspace.applyEdit(edit));
      await refreshed;
      const caucasus = await waitFor('the new entry', async () =>
        (await entriesOf(letters, 'places')).find((entry) => entry.id === 'caucasus'),
      );
      // The sample's letters (a document an earlier test opened as letters may mention it too).
      assert.deepEqual(
        caucasus.letters.filter((letter) => letter.uri.endsWith(`/${SAMPLE}`)).map((letter) => letter.number),
        [11, 25],
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await waitFor('the entry gone again', async () =>
      (await entriesOf(letters, 'places')).some((entry) => entry.id === 'caucasus') ? undefined : true,
    );
  });

  test('Go to Letter narrowed to one entry offers exactly the letters that mention it', async () => {
    const letters = await api();
    const names = await letters.entryPickItems();
    const sochi = names.find((item) => item.entry?.id === 'sochi')?.entry;
    assert.ok(sochi, 'Sochi is offered');
    assert.ok(
      names.some((item) => item.label === 'Places'),
      'under a Places separator',
    );
    const narrowed = await letters.letterPickItems({ name: sochi.name, letters: sochi.letters });
    assert.deepEqual(
      narrowed.map((item) => item.label),
      sochi.letters.map((letter) => `Letter ${letter.number}`),
    );
    assert.ok(narrowed.length > 1 && narrowed.length < (await letters.letterPickItems()).length);
  });

  test('Build Index of Names opens the index as an untitled document, in Markdown or CSV', async () => {
    // Both stay open until the end: an untitled name closed a moment ago can be handed out again
    // while the extension host still holds the closed document.
    const built: vscode.TextDocument[] = [];
    const build = async (format: string) => {
      const document = await vscode.commands.executeCommand<vscode.TextDocument>(
        'letters.buildIndexOfNames',
        format,
      );
      assert.ok(document?.isUntitled, `the ${format} index is an untitled document`);
      built.push(document);
      await waitFor(`the ${format} index shown`, () =>
        vscode.window.activeTextEditor?.document === document ? true : undefined,
      );
      return document;
    };
    try {
      const markdown = await build('markdown');
      assert.equal(markdown.languageId, 'markdown');
      assert.match(markdown.getText(), /^# Index of names\n/);
      assert.match(markdown.getText(), /^- \*\*Saint Petersburg\*\* \(places\): letters 13, 20, 22$/m);
      assert.match(markdown.getText(), /^- \*Peter\*, see Saint Petersburg$/m);
      const csv = await build('csv');
      assert.notEqual(csv, markdown);
      assert.match(csv.getText(), /^name,kind,id,see,letters\r?\n/);
      assert.match(csv.getText(), /^Special File,terms,special-file,,20\r?$/m);
    } finally {
      for (const document of built) {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    }
  });
});
