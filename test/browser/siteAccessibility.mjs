#!/usr/bin/env node
// The accessibility check of the edition's website: `npm run test:browser`. Writes the sample's site with
// `letters-export --format html` (as a user would), opens every page in headless Debian Chromium through
// playwright-core, in the light and the dark colour scheme, and runs axe-core on it. Fails on any
// violation of serious or critical impact; lesser ones are listed. Expects a built dist/.
/* global window -- page functions run in the browser. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM, ensureSystemPrograms } from '../../scripts/provision-code-server.mjs';
import { CHROMIUM_ARGS } from '../vscode/launch-code-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The impacts that fail the check (axe-core's scale: minor, moderate, serious, critical). */
const FAILING = new Set(['serious', 'critical']);

/** Writes the sample's site into a new temporary folder and returns the folder. */
function writeSite() {
  const folder = mkdtempSync(path.join(tmpdir(), 'letters-site-'));
  const run = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'bin', 'letters-export.js'),
      '--format',
      'html',
      '-o',
      folder,
      path.join(ROOT, 'samples'),
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (run.status !== 0) throw new Error(`letters-export failed (exit ${run.status}): ${run.stderr}`);
  return folder;
}

async function main() {
  ensureSystemPrograms();
  const { chromium } = await import('playwright-core');
  const axeSource = createRequire(import.meta.url)('axe-core').source;
  const folder = writeSite();
  const pages = readdirSync(folder)
    .filter((name) => name.endsWith('.html'))
    .sort();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const failures = [];
  const notices = [];
  try {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ colorScheme, viewport: { width: 1000, height: 800 } });
      const page = await context.newPage();
      for (const name of pages) {
        await page.goto(pathToFileURL(path.join(folder, name)).toString());
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const results = await window.axe.run(window.document, { resultTypes: ['violations'] });
          return results.violations.map((violation) => ({
            id: violation.id,
            impact: violation.impact,
            help: violation.help,
            targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
            count: violation.nodes.length,
          }));
        });
        for (const violation of violations) {
          const line = `${name} (${colorScheme}): ${violation.impact} ${violation.id}: ${violation.help} — ${violation.count} element(s), e.g. ${violation.targets.join(', ')}`;
          (FAILING.has(violation.impact) ? failures : notices).push(line);
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
  for (const line of notices) console.log(`note ${line}`);
  for (const line of failures) console.log(`FAIL ${line}`);
  console.log(
    `axe-core on ${pages.length} pages × 2 colour schemes: ${failures.length} serious or critical violations, ${notices.length} lesser`,
  );
  return failures.length === 0;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(`test:browser: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  },
);
