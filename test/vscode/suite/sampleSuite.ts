// What the suites on the sample share (issue 6's "One suite" in a real VS Code): the sample's
// problems as VS Code shows them, positions and hovers in it, and the hooks that wait for the server
// and prove the suite left samples/ exactly as it found it (edits go to untitled copies or stay
// unsaved and are reverted).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { EXTENSION_ID, openSample, samplesFolder, waitFor } from './util';

export const SAMPLE = 'stalin-molotov-1926.letters';
export const REGISTER = 'stalin-molotov-1926.persons.json';

/**
 * The sample's defects as `npm start` (`letters-check samples/`) lists them: `line:column code Severity`,
 * 1-based. The note defects of issue 3 and the run-together dates of issue 4; nothing else.
 */
export const SAMPLE_PROBLEMS = [
  '44:177 date.malformed Warning',
  '44:219 date.malformed Warning',
  '85:210 cite.malformed Warning',
  '104:140 date.malformed Warning',
  '106:203 heading.glued Warning',
  '199:1 note.unreferenced Warning',
  '201:1 note.unreferenced Warning',
  '205:128 date.malformed Warning',
  '350:100 date.malformed Warning',
  '360:58 date.malformed Warning',
  '447:74 date.malformed Warning',
  '455:97 date.malformed Warning',
  '467:139 note.glued Warning',
  '534:194 cite.malformed Warning',
  '565:1 note.unreferenced Warning',
  '688:300 cite.broken Warning',
  '765:343 date.malformed Warning',
  '771:470 cite.folio Warning',
  '874:41 date.malformed Warning',
  '876:99 cite.broken Warning',
  '882:58 date.malformed Warning',
];

/** A file of samples/, the sample itself by default. */
export function sampleUri(name = SAMPLE): vscode.Uri {
  return vscode.Uri.joinPath(samplesFolder(), name);
}

/** `line:column code Severity` of each diagnostic (1-based), in document order, as the expectations above are written. */
export function listed(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return [...diagnostics]
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map(
      (diagnostic) =>
        `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${codeOf(diagnostic)} ${vscode.DiagnosticSeverity[diagnostic.severity]}`,
    );
}

/** A diagnostic's code as a string, whichever of its forms VS Code gives. */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/**
 * Waits until the problems of `uri` (its diagnostics above hint level), listed, equal `expected`;
 * the failure shows the last ones seen.
 */
export async function waitForProblems(uri: vscode.Uri, expected: string[]): Promise<vscode.Diagnostic[]> {
  let seen: string[] = [];
  try {
    return await waitFor(`the problems of ${uri.toString()}`, () => {
      const problems = vscode.languages
        .getDiagnostics(uri)
        // Text damage (text.*) has its own whole-sample test in the unit suite.
        .filter(
          (diagnostic) =>
            diagnostic.severity !== vscode.DiagnosticSeverity.Hint && !codeOf(diagnostic).startsWith('text.'),
        );
      seen = listed(problems);
      return JSON.stringify(seen) === JSON.stringify(expected) ? problems : undefined;
    });
  } catch (error) {
    throw new Error(
      `${(error as Error).message}\nexpected: ${JSON.stringify(expected)}\nlast seen: ${JSON.stringify(seen)}`,
    );
  }
}

/** The position of the first occurrence of `needle` in `document`, `index` characters in. */
export function positionOf(document: vscode.TextDocument, needle: string, index = 0): vscode.Position {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `${document.uri.path} contains "${needle}"`);
  return document.positionAt(offset + index);
}

/** The text of a hover result, all parts joined. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((part) => (typeof part === 'string' ? part : part.value))
    .join('\n');
}

/** VS Code's hovers at `position` of `uri`. */
export function hoverAt(uri: vscode.Uri, position: vscode.Position): Thenable<vscode.Hover[]> {
  return vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
}

/** The names and contents of the files of samples/, to prove the suite changed nothing there. */
async function snapshotSamples(): Promise<Map<string, string>> {
  const snapshot = new Map<string, string>();
  for (const [name, type] of await vscode.workspace.fs.readDirectory(samplesFolder())) {
    const uri = vscode.Uri.joinPath(samplesFolder(), name);
    snapshot.set(
      name,
      type === vscode.FileType.File
        ? Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('base64')
        : `type ${type}`,
    );
  }
  return snapshot;
}

/**
 * The hooks of a suite on the sample, called inside its `suite`: before its tests, the extension
 * active and the server done with the sample (its problems published, its persons recognised from
 * the register); after them, no file left with unsaved edits and samples/ as the suite found it.
 */
export function onTheSample(): void {
  let before: Map<string, string>;

  suiteSetup(async () => {
    before = await snapshotSamples();
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    await extension.activate();
    // Ready when the sample's problems are published and its persons are recognised from the
    // register: the workspace pass is done, so the suite's queries need no waiting of their own.
    const sample = (await openSample(SAMPLE)).document;
    await waitForProblems(sample.uri, SAMPLE_PROBLEMS);
    const grisha = positionOf(sample, 'Grisha [Zinoviev], who', 2);
    await waitFor('the register to be loaded (a hover on Grisha)', async () =>
      hoverText(await hoverAt(sample.uri, grisha)).includes('Zinoviev') ? true : undefined,
    );
  });

  suiteTeardown(async () => {
    const dirty = vscode.workspace.textDocuments.filter(
      (document) => document.isDirty && document.uri.scheme === 'file',
    );
    assert.deepEqual(
      dirty.map((document) => document.uri.path),
      [],
      'no file is left with unsaved edits',
    );
    assert.deepEqual(await snapshotSamples(), before, 'samples/ is as the suite found it');
    // And as git has it: nothing the suites did (or anyone else) has left samples/ modified.
    const status = execFileSync('git', ['status', '--porcelain', '--', '.'], {
      cwd: samplesFolder().fsPath,
      encoding: 'utf8',
    });
    assert.equal(status, '', 'git status of samples/ is clean');
  });
}
