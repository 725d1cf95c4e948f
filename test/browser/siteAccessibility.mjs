#!/usr/bin/env node
// The accessibility check of the edition's website: `npm run test:browser`. Writes the sample's site with
// `letters-export --format html` (as a user would), opens every page in headless Debian Chromium through
// playwright-core, in the light and the dark colour scheme (and the search page with results), and runs
// axe-core on it. Fails on any violation, and on any request that leaves the site's folder. Expects a
// built dist/.
/* global window -- page functions run in the browser. */
import { readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, ensureSystemPrograms } from '../../scripts/provision-code-server.mjs';
import { CHROMIUM_ARGS } from '../vscode/launch-code-server.mjs';
import { ROOT, watchRequests, writeSite } from './siteFolder.mjs';

async function main() {
  ensureSystemPrograms();
  const { chromium } = await import('playwright-core');
  const axeSource = createRequire(import.meta.url)('axe-core').source;
  const folder = writeSite(path.join(ROOT, 'samples'));
  const pages = readdirSync(folder)
    .filter((name) => name.endsWith('.html'))
    .sort();
  // The search page once more with results, which its script writes.
  pages.push('search.html?q=workers');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const failures = [];
  try {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ colorScheme, viewport: { width: 1000, height: 800 } });
      const outside = await watchRequests(context, [folder]);
      const page = await context.newPage();
      for (const name of pages) {
        await page.goto(pathToFileURL(path.join(folder, name)).toString().replace('%3F', '?'));
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
          failures.push(line);
        }
      }
      for (const url of outside) failures.push(`a request left the site (${colorScheme}): ${url}`);
      await context.close();
    }
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
  for (const line of failures) console.log(`FAIL ${line}`);
  console.log(
    `axe-core on ${pages.length} pages × 2 colour schemes: ${failures.length} violations or requests outside the site`,
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
