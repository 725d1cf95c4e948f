// Issue 16 in a real VS Code: Export Edition as TEI writes the sample's TEI where the user chose
// (the command takes the target as an argument here, where no save dialog can be answered), and
// Export Edition as CMIF refuses with the fields the sample's edition.json lacks. Nothing is
// written into the samples folder.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { openSample, samplesFolder, waitForDiagnostics } from './util';

suite('export (issue 16)', () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'letters-export-'));
  suiteTeardown(() => rmSync(folder, { recursive: true, force: true }));

  test('Export Edition as TEI writes the TEI of the sample to the file chosen', async () => {
    await openSample('stalin-molotov-1926.letters');
    const target = vscode.Uri.file(path.join(folder, 'sample.tei.xml'));
    const outcome = await vscode.commands.executeCommand('letters.exportTei', target);
    assert.deepEqual(outcome, { written: target.toString() });
    const tei = readFileSync(target.fsPath, 'utf8');
    // Each of the sample's twenty letters once (a file an earlier test opened as letters adds its own, `letter-11-2`).
    assert.deepEqual(
      tei
        .match(/<div type="letter" n="\d+" xml:id="letter-\d+"/g)
        ?.map((div) => Number(/n="(\d+)"/.exec(div)?.[1])),
      Array.from({ length: 20 }, (_, index) => 11 + index),
    );
    assert.match(
      tei,
      /<closer><signed>Well, all the best, <persName ref="#stalin">J\. Stalin<\/persName><\/signed>/,
    );
  });

  test('Export Edition as CMIF names the fields edition.json lacks, which VS Code shows on the file', async () => {
    const target = vscode.Uri.file(path.join(folder, 'sample.cmif.xml'));
    const outcome = (await vscode.commands.executeCommand('letters.exportCmif', target)) as {
      error?: string;
    };
    assert.match(outcome.error ?? '', /"editors".*"publisher".*"url".*"licence"/);
    assert.throws(() => readFileSync(target.fsPath), /ENOENT/);
    const edition = vscode.Uri.joinPath(samplesFolder(), 'edition.json');
    const diagnostics = await waitForDiagnostics(edition, (found) => found.length === 4);
    assert.deepEqual(
      diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity]),
      Array(4).fill(['edition.cmif', vscode.DiagnosticSeverity.Warning]),
    );
  });
});
