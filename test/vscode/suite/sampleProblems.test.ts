// The sample's problems in a real VS Code (issue 6): exactly its note and date defects and its
// heading notes as hints, a quick fix applied to an unsaved copy, and a severity setting that takes
// effect. Edits go to untitled copies or stay unsaved and are reverted (`sampleSuite.ts`).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openSample } from './util';
import {
  codeOf,
  listed,
  onTheSample,
  REGISTER,
  SAMPLE,
  SAMPLE_PROBLEMS,
  sampleUri,
  waitForProblems,
} from './sampleSuite';

/** The heading notes (note 1 annotating the letter itself), shown as hints: lines of `1.` notes. */
const SAMPLE_HINTS = [18, 83, 102, 121, 197, 251, 286, 306, 837, 872].map(
  (line) => `${line}:1 note.heading Hint`,
);

suite('language features on the sample (issue 6): problems and fixes', () => {
  onTheSample();

  test('the sample shows exactly its note and date defects, and its heading notes as hints', async () => {
    await openSample(SAMPLE);
    const problems = await waitForProblems(sampleUri(), SAMPLE_PROBLEMS);
    const all = vscode.languages.getDiagnostics(sampleUri());
    assert.deepEqual(
      listed(all.filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Hint)),
      SAMPLE_HINTS,
    );
    assert.ok(all.every((diagnostic) => diagnostic.source === 'letters'));
    const glued = problems.find((diagnostic) => codeOf(diagnostic) === 'heading.glued');
    assert.deepEqual([glued?.range.start.line, glued?.range.start.character], [105, 202]);
    const note = problems.find((diagnostic) => codeOf(diagnostic) === 'note.glued');
    assert.equal(note?.relatedInformation?.[0]?.message, 'Note 7');
    const date = problems.find((diagnostic) => diagnostic.range.start.line === 103);
    assert.equal(date?.message, '"68 April" has lost the dash of the range 6\u20138 April.');
    assert.deepEqual(vscode.languages.getDiagnostics(sampleUri(REGISTER)), [], 'the register is valid');
  });

  test('the glued heading has a quick fix that splits it (applied to an unsaved copy)', async () => {
    const sample = (await openSample(SAMPLE)).document;
    const glued = (await waitForProblems(sample.uri, SAMPLE_PROBLEMS)).find(
      (diagnostic) => codeOf(diagnostic) === 'heading.glued',
    );
    assert.ok(glued);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      sample.uri,
      glued.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const titles = actions.map((action) => action.title);
    assert.ok(
      titles.includes('Put the heading of letter 15 on its own line'),
      `quick fixes: ${titles.join('; ')}`,
    );

    const copy = await vscode.workspace.openTextDocument({ language: 'letters', content: sample.getText() });
    await vscode.window.showTextDocument(copy);
    try {
      // An untitled document takes no part in the workspace's letter sequence: it shows what the sample does.
      const copyGlued = (await waitForProblems(copy.uri, SAMPLE_PROBLEMS)).find(
        (diagnostic) => codeOf(diagnostic) === 'heading.glued',
      );
      assert.ok(copyGlued);
      const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        copy.uri,
        copyGlued.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      const split = fixes.find((action) => action.title === 'Put the heading of letter 15 on its own line');
      assert.ok(split?.edit, 'the split fix carries its edit');
      assert.ok(await vscode.workspace.applyEdit(split.edit));
      assert.equal(copy.lineAt(107).text, 'Letter 15', 'the heading now stands on its own line');
      // The heading line moved down by two: the other defects follow, and heading.glued is gone.
      await waitForProblems(
        copy.uri,
        SAMPLE_PROBLEMS.filter((problem) => !problem.includes('heading.glued')).map((problem) => {
          const line = Number(problem.split(':')[0]);
          return line > 106 ? problem.replace(/^\d+/, String(line + 2)) : problem;
        }),
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    assert.equal(sample.isDirty, false, 'the sample itself was not touched');
  });

  test('changing a diagnostic severity setting takes effect', async () => {
    await openSample(SAMPLE);
    const config = () => vscode.workspace.getConfiguration('letters');
    // Global: the user settings of the launcher's temporary profile, never a file in samples/.
    await config().update('diagnostics.note.unreferenced', 'error', vscode.ConfigurationTarget.Global);
    try {
      await waitForProblems(
        sampleUri(),
        SAMPLE_PROBLEMS.map((line) =>
          line.includes('note.unreferenced') ? line.replace('Warning', 'Error') : line,
        ),
      );
    } finally {
      await config().update('diagnostics.note.unreferenced', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitForProblems(sampleUri(), SAMPLE_PROBLEMS);
  });
});
