/**
 * The runner of the real-VS-Code suite. Both launchers (code-server in Chromium, and
 * `@vscode/test-electron`) pass this module's bundle as `extensionTestsPath`; VS Code then calls
 * `run()` inside its extension host, where the test files can use the full `vscode` API.
 *
 * The results go to the JSON file named by `LETTERS_E2E_RESULTS` (when set), because in code-server
 * the extension host's output does not reach the launcher. `LETTERS_E2E_GREP` narrows the run.
 */
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import type { LettersApi } from '../../../client/src/extension';
import { EXTENSION_ID } from './util';

/** One test's outcome as the launcher prints it. */
export interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  durationMs: number;
  error?: string;
}

/** The file the runner writes once the suite has finished (or failed to load). */
export interface SuiteResults {
  passed: number;
  failed: number;
  tests: TestResult[];
  /** Set when the suite could not run at all (a test file that throws while loading, for instance). */
  crash?: string;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

/** Writes atomically so the polling launcher never reads half a file. */
function writeResults(results: SuiteResults): void {
  const target = process.env.LETTERS_E2E_RESULTS;
  if (!target) return;
  const partial = `${target}.partial`;
  writeFileSync(partial, JSON.stringify(results, null, 2));
  renameSync(partial, target);
}

let errorsSeen = 0;

/** Fails the test during which the language server logged an error (a feature that threw, say). */
function noServerErrors(): void {
  const api = vscode.extensions.getExtension<LettersApi>(EXTENSION_ID)?.exports;
  const errors = api?.serverErrors?.() ?? [];
  const fresh = errors.slice(errorsSeen);
  errorsSeen = errors.length;
  if (fresh.length > 0) throw new Error(`the language server logged an error:\n${fresh.join('\n')}`);
}

/** Runs every `*.test.js` next to this bundle; rejects when a test fails, as test-electron expects. */
export async function run(): Promise<void> {
  const results: SuiteResults = { passed: 0, failed: 0, tests: [] };
  try {
    const mocha = new Mocha({
      ui: 'tdd',
      color: false,
      timeout: 30_000,
      rootHooks: { afterEach: noServerErrors },
    });
    if (process.env.LETTERS_E2E_GREP) mocha.grep(process.env.LETTERS_E2E_GREP);
    for (const file of readdirSync(__dirname).sort()) {
      if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
    }
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => {
        results.passed += 1;
        results.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 });
      });
      // Also fires for failing hooks, whose tests then never run: each counts as a failure.
      runner.on('fail', (test, error) => {
        results.failed += 1;
        results.tests.push({
          title: test.fullTitle(),
          state: 'failed',
          durationMs: test.duration ?? 0,
          error: describeError(error),
        });
      });
    });
  } catch (error) {
    results.crash = describeError(error);
  }
  writeResults(results);
  if (results.crash) throw new Error(`the suite did not run: ${results.crash}`);
  if (results.failed > 0) throw new Error(`${results.failed} test(s) failed`);
}
