// The letters language in a real VS Code (issue 6): `.letters` files get it, with the TextMate
// grammar the extension contributes.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, openSample } from './util';
import { onTheSample, SAMPLE } from './sampleSuite';

suite('language features on the sample (issue 6): language and grammar', () => {
  onTheSample();

  test('.letters files get the letters language and its TextMate grammar', async () => {
    assert.ok((await vscode.languages.getLanguages()).includes('letters'));
    const document = (await openSample(SAMPLE)).document;
    assert.equal(document.languageId, 'letters');
    // The extension API exposes no tokens (the workbench's token capture is not in release builds):
    // check what VS Code loads, the grammar contributed for the language as the extension ships it.
    // The unit suite tokenizes with that file and VS Code's TextMate engine.
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const grammars = extension.packageJSON.contributes.grammars as {
      language: string;
      scopeName: string;
      path: string;
    }[];
    const grammar = grammars.find((each) => each.language === 'letters');
    assert.equal(grammar?.scopeName, 'text.letters');
    const file = vscode.Uri.joinPath(extension.extensionUri, grammar.path);
    const loaded = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(file)).toString('utf8')) as {
      scopeName: string;
      repository: Record<string, unknown>;
    };
    assert.equal(loaded.scopeName, 'text.letters');
    assert.ok(['heading', 'note', 'marker'].every((rule) => rule in loaded.repository));
  });
});
