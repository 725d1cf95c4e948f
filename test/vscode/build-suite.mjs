// Bundles the real-VS-Code suite (test/vscode/suite/) into dist/test-vscode/: index.js, the runner whose
// exported run() VS Code calls through --extensionTestsPath, and one file per *.test.ts that the runner
// hands to mocha. `vscode` is provided by the extension host; mocha stays external so that the runner
// and the test files share the one instance whose globals (suite, test) the test files use.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SUITE_DIR = path.join(ROOT, 'test', 'vscode', 'suite');
/** Where the bundled suite goes; `index.js` there is the extensionTestsPath of both launchers. */
export const SUITE_OUT_DIR = path.join(ROOT, 'dist', 'test-vscode');
export const SUITE_ENTRY = path.join(SUITE_OUT_DIR, 'index.js');

/** Bundles the suite; the test files are found anew each time so new ones need no registration. */
export async function buildSuite() {
  const tests = readdirSync(SUITE_DIR).filter((name) => name.endsWith('.test.ts'));
  // The runner loads every *.test.js it finds, so a deleted test must not survive as a stale bundle.
  rmSync(SUITE_OUT_DIR, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [path.join(SUITE_DIR, 'index.ts'), ...tests.map((name) => path.join(SUITE_DIR, name))],
    outdir: SUITE_OUT_DIR,
    outbase: SUITE_DIR,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return SUITE_ENTRY;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildSuite();
}
