// The website's pictures for `npm run screenshots`: the sample's site as `letters-export --format
// html` writes it, opened in a page of the same browser as the workbench: letter 12 (its reading
// text, a correction showing the source's form on focus), Zinoviev's page and a search.
/* global window -- page functions run in the browser. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The shots of the site of the edition in `samples`, written with the CLI under `root`. */
export function siteShots(root, samples) {
  let folder;
  const siteFolder = () => {
    if (folder) return folder;
    folder = mkdtempSync(path.join(tmpdir(), 'letters-site-'));
    const run = spawnSync(
      process.execPath,
      [path.join(root, 'bin', 'letters-export.js'), '--format', 'html', '-o', folder, samples],
      { encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`letters-export failed: ${run.stderr}`);
    return folder;
  };
  const open = async (page, file) => {
    const site = await page
      .context()
      .browser()
      .newPage({ viewport: { width: 1000, height: 800 } });
    await site.goto(pathToFileURL(path.join(siteFolder(), file)).toString().replace('%3F', '?'));
    return site;
  };
  const close = async (site) => site.close();
  return [
    {
      name: 'site',
      async prepare(page) {
        const site = await open(page, 'letter-12.html');
        const correction = site.locator('.corr .reading', { hasText: 'our workers' }).first();
        await correction.scrollIntoViewIfNeeded();
        await site.evaluate(() => window.scrollBy(0, -120));
        await correction.focus();
        return site;
      },
      cleanUp: close,
    },
    {
      name: 'site-person',
      prepare: (page) => open(page, 'person-zinoviev.html'),
      cleanUp: close,
    },
    {
      name: 'site-search',
      async prepare(page) {
        const site = await open(page, 'search.html?q=opposition');
        await site.locator('#results li').first().waitFor({ state: 'visible', timeout: 30_000 });
        return site;
      },
      cleanUp: close,
    },
  ];
}
