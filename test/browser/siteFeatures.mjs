#!/usr/bin/env node
// The edition's website in headless Debian Chromium (playwright-core), on the sample's site as
// `letters-export --format html` writes it: the search finds a word of a note, a person's page
// lists the letters naming them and they link back, the reading/source switch shows the corrected
// and the transmitted text at the same place, the citation and the TEI download are there (the TEI
// is valid against TEI All), no request leaves the site's folder, and a letter holding `<script>`
// shows it as text. Part of `npm run test:browser`; expects a built dist/.
/* global window -- page functions run in the browser. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, ensureSystemPrograms } from '../../scripts/provision-code-server.mjs';
import { CHROMIUM_ARGS } from '../vscode/launch-code-server.mjs';
import { ROOT, watchRequests, writeSite } from './siteFolder.mjs';

// The official schemas sit beside the repository, as CI lays them (`../shared/schemas`).
const SCHEMAS = process.env.LETTERS_SCHEMAS ?? path.join(ROOT, '..', 'shared', 'schemas');

/** The checks, each on a fresh page of one browser context; names are printed as they pass. */
const checks = {
  async 'a search for a word of a note finds its letter'(page, site) {
    await page.goto(site('search.html?q=Chalidze'));
    const first = page.locator('#results li a').first();
    assert.match(await first.getAttribute('href'), /^letter-12\.html#note-\d+$/);
    assert.match(await page.locator('#results li .snippet mark').first().innerText(), /^Chalidze$/i);
    assert.match(await page.locator('#search-status').innerText(), /^1 letter found\.$/);
    // The filters keep it for its year and a person it names, and leave it out for a person it does not name.
    await page.goto(site('search.html?q=Chalidze&year=1926&person=zinoviev'));
    assert.equal(await page.locator('#results li').count(), 1);
    await page.goto(site('search.html?q=Chalidze&person=lenin'));
    assert.equal(await page.locator('#results li').count(), 0);
    assert.match(await page.locator('#search-status').innerText(), /^No letter holds/);
  },

  async "a person's page lists the letters naming them, and each links back"(page, site) {
    await page.goto(site('person-zinoviev.html'));
    assert.equal(await page.locator('h1').innerText(), 'Zinoviev, Grigorii Yevseevich');
    const letters = await page
      .locator('ol.naming > li > a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    assert.ok(letters.length >= 3, `${letters.length} letters`);
    assert.ok((await page.locator('ol.naming mark').count()) >= letters.length, 'a passage for each letter');
    for (const href of letters) {
      await page.goto(site(href));
      assert.ok(
        (await page.locator('main a.mention.person[href="person-zinoviev.html"]').count()) > 0,
        `${href} links back`,
      );
    }
  },

  async 'the reading/source switch shows "our workers" and "ourworkers" at the same place'(page, site) {
    await page.goto(site('letter-12.html'));
    const correction = page.locator('.corr', { hasText: 'our workers' }).first();
    assert.equal(await correction.innerText(), 'our workers');
    const before = await correction.boundingBox();
    assert.match(await correction.locator('.reading').getAttribute('title'), /ourworkers/);
    await page.getByLabel('Show the source as transmitted').check();
    assert.equal(await correction.innerText(), 'ourworkers');
    const after = await correction.boundingBox();
    assert.ok(before && after && before.x === after.x && before.y === after.y, 'the same place');
  },

  async 'each letter has its citation line and its TEI download, and the TEI is valid'(page, site, folder) {
    await page.goto(site('letter-12.html'));
    const citation = await page.locator('.citation').innerText();
    assert.match(
      citation,
      /^Letter 12, \[26 May 1926\], in Stalin's Letters to Molotov, 1926 \(letters 11–30\), file:\/\/\S+\/letter-12\.html, accessed \d{1,2} \w+ \d{4}\.$/,
    );
    const download = page.locator('a[download]');
    assert.equal(await download.getAttribute('href'), 'letter-12.tei.xml');
    const { XmlDocument, RelaxNGValidator } = await import('libxml2-wasm');
    const schema = XmlDocument.fromString(readFileSync(path.join(SCHEMAS, 'tei', 'tei_all.rng'), 'utf8'));
    const validator = RelaxNGValidator.fromDoc(schema);
    const tei = XmlDocument.fromString(readFileSync(path.join(folder, 'letter-12.tei.xml'), 'utf8'));
    try {
      validator.validate(tei);
    } finally {
      tei.dispose();
      validator.dispose();
      schema.dispose();
    }
  },
};

async function main() {
  ensureSystemPrograms();
  const { chromium } = await import('playwright-core');
  const folder = writeSite(path.join(ROOT, 'samples'));
  const hostile = mkdtempSync(path.join(tmpdir(), 'letters-hostile-'));
  writeFileSync(
    path.join(hostile, 'hostile.letters'),
    'Letter 1\n[2 May 1926]\nDear <b>friend</b>, <script>window.ran = true</script> & <img src=x onerror="window.ran = true">.\n\nJ. Stalin\n',
  );
  const hostileSite = writeSite(hostile);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  let failed = 0;
  try {
    const context = await browser.newContext();
    const outside = await watchRequests(context, [folder, hostileSite]);
    const site = (file) => pathToFileURL(path.join(folder, file)).toString().replace('%3F', '?');
    for (const [name, check] of Object.entries(checks)) {
      const page = await context.newPage();
      try {
        await check(page, site, folder);
        console.log(`ok ${name}`);
      } catch (error) {
        failed++;
        console.log(`FAIL ${name}: ${error instanceof Error ? error.message : error}`);
      } finally {
        await page.close();
      }
    }
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.join(hostileSite, 'letter-1.html')).toString());
    const body = await page.locator('main p').allInnerTexts();
    const ran = await page.evaluate(() => window.ran === true);
    if (
      !ran &&
      body.some(
        (text) => text.includes('<script>window.ran = true</script>') && text.includes('<b>friend</b>'),
      )
    )
      console.log('ok a letter holding <script> shows it as text');
    else {
      failed++;
      console.log(
        `FAIL a letter holding <script> shows it as text: ran ${ran}, text ${JSON.stringify(body)}`,
      );
    }
    if (outside.length === 0) console.log('ok no request leaves the site');
    else {
      failed++;
      console.log(`FAIL requests left the site: ${outside.join(', ')}`);
    }
    await context.close();
  } finally {
    await browser.close();
    for (const created of [folder, hostile, hostileSite]) rmSync(created, { recursive: true, force: true });
  }
  return failed === 0;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(`test:browser: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  },
);
