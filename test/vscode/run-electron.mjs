#!/usr/bin/env node
// Runs the real-VS-Code suite (test/vscode/suite/) in desktop VS Code through @vscode/test-electron:
// `npm run test:vscode`. The standard launcher for machines that can download VS Code (a desktop, a
// hosted CI); it cannot run where only the npm registry is reachable, where `npm run test:e2e` runs the
// same suite, through the same extensionTestsPath, in code-server instead.
//
//   node test/vscode/run-electron.mjs [--version stable|insiders|1.100.3] [--grep TEXT]
//
// Linux CI without a display needs a virtual one: `xvfb-run -a npm run test:vscode`.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';
import { buildSuite } from './build-suite.mjs';
import { printResults, TEST_SETTINGS } from './launch-code-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main() {
  const { values } = parseArgs({
    options: { version: { type: 'string', default: 'stable' }, grep: { type: 'string' } },
  });
  if (!existsSync(path.join(ROOT, 'dist', 'extension.js'))) {
    throw new Error('dist/extension.js is missing: run npm run build first');
  }
  const suiteEntry = await buildSuite();
  const workDir = mkdtempSync(path.join(tmpdir(), 'letters-vscode-'));
  const userDataDir = path.join(workDir, 'user-data');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(TEST_SETTINGS, null, 2));
  const resultsFile = path.join(workDir, 'results.json');
  let exitCode;
  try {
    exitCode = await runTests({
      version: values.version,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: suiteEntry,
      extensionTestsEnv: {
        LETTERS_E2E_RESULTS: resultsFile,
        LETTERS_E2E_MODE: 'development',
        LETTERS_E2E_TRUST: 'trusted',
        LETTERS_E2E_EXTENSION_ROOT: ROOT,
        ...(values.grep ? { LETTERS_E2E_GREP: values.grep } : {}),
      },
      // The same profile as the code-server launcher: a fresh user, no other extensions, trust decided.
      launchArgs: [
        path.join(ROOT, 'samples'),
        '--user-data-dir',
        userDataDir,
        '--extensions-dir',
        path.join(workDir, 'extensions'),
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
      ],
    });
  } catch (error) {
    // runTests rejects when VS Code exits non-zero (as a failing suite ends it) or cannot be downloaded.
    console.error(`test:vscode: ${error instanceof Error ? error.message : error}`);
    exitCode = error?.code ?? 1;
  }
  let ok = exitCode === 0;
  if (existsSync(resultsFile)) {
    const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
    printResults(results);
    ok = ok && results.failed === 0 && results.passed > 0 && !results.crash;
  } else {
    console.log(`VS Code exited (${exitCode}) before the suite wrote its results`);
    console.log('0 passed, 1 failed');
    ok = false;
  }
  rmSync(workDir, { recursive: true, force: true });
  return ok;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(`test:vscode: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
