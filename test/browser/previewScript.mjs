#!/usr/bin/env node
// The preview's script (media/preview.js) in headless Chromium, on a page shaped like the preview's
// (its stylesheet, `<main id="letters-preview">`, a stand-in for VS Code's webview API that records
// what the script posts): part-wise placement, proof marks, and scroll reports. Part of
// `npm run test:browser`; the real-VS-Code suite checks the same script inside VS Code.
/* global window, document -- page functions run in the browser. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM, ensureSystemPrograms } from '../../scripts/provision-code-server.mjs';
import { CHROMIUM_ARGS } from '../vscode/launch-code-server.mjs';

const MEDIA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'media');

/** A letter as the server renders it: heading, `count` long paragraphs and one note, lines from `line`. */
function letter(number, line, count, word = 'text') {
  const paragraphs = Array.from(
    { length: count },
    (_, index) =>
      `<p class="paragraph" data-line="${line + 2 + index}">${`${word} `.repeat(200)}${number}.${index}</p>`,
  );
  return [
    `<article class="letter" id="letter-${number}" data-line="${line}">`,
    `<h2 class="letter-heading" data-line="${line}">Letter ${number}</h2>`,
    ...paragraphs,
    `<section class="notes"><ol><li class="note" value="1" id="letter-${number}-note-1" data-line="${line + 2 + count}">1. A note.</li></ol></section>`,
    '</article>',
  ].join('\n');
}

/** A body of three letters, 20 lines apart, with a preamble line; `word` changes letter 2's text. */
function body(word) {
  return [
    '<p class="preamble" data-line="0">Preamble</p>',
    letter(1, 2, 5),
    letter(2, 22, 5, word),
    letter(3, 42, 5),
  ].join('\n');
}

const tests = [
  [
    'an edit in one letter replaces only that letter, and the page equals one placed from scratch',
    async (page) => {
      await update(page, body('text'));
      await page.evaluate(() => {
        window.kept = [...document.querySelectorAll('#letters-preview > .part')].map(
          (part) => part.firstElementChild,
        );
      });
      await update(page, body('edited'));
      const same = await page.evaluate(() =>
        [...document.querySelectorAll('#letters-preview > .part')].map(
          (part, index) => part.firstElementChild === window.kept[index],
        ),
      );
      assert.deepEqual(same, [true, true, false, true]);
      const placed = await page.evaluate(() => document.getElementById('letters-preview').textContent);
      const fresh = await page.evaluate((html) => {
        const element = document.createElement('div');
        element.innerHTML = html;
        return element.textContent;
      }, body('edited'));
      assert.equal(placed, fresh);
    },
  ],
  [
    'proof marks go to the block of their line, stay on kept letters, and go when proof is off',
    async (page) => {
      const marks = [
        { line: 4, code: 'text.quote', message: 'Two apostrophes.' },
        { line: 24, code: 'note.missing', message: 'No note 2.' },
        { line: 1, code: 'letter.sequence', message: 'Before the first letter.' },
      ];
      await update(page, body('text'), marks);
      const where = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('.proof-mark')].map(
            (badge) => `${badge.textContent}@${badge.parentElement.getAttribute('data-line')}`,
          ),
        );
      assert.deepEqual((await where()).sort(), ['letter.sequence@0', 'note.missing@24', 'text.quote@4']);
      assert.equal(
        await page.evaluate(() => document.querySelector('.proof-summary').textContent),
        'Proof: 3 problems.',
      );
      await update(page, body('edited'), marks);
      assert.deepEqual((await where()).sort(), ['letter.sequence@0', 'note.missing@24', 'text.quote@4']);
      await update(page, body('edited'));
      assert.deepEqual(await where(), []);
      assert.equal(await page.evaluate(() => document.querySelectorAll('.proof').length), 0);
      assert.equal(await page.evaluate(() => document.querySelector('.proof-summary').hidden), true);
    },
  ],
  [
    "the reader's scrolling reports the top block's line; the script's own scrolling reports nothing",
    async (page) => {
      await update(page, body('text'));
      await page.evaluate(() => (window.sent.length = 0));
      await send(page, { type: 'scrollTo', line: 24 });
      await page.waitForTimeout(300);
      assert.equal(
        await page.evaluate(
          () => Math.abs(document.querySelector('[data-line="24"]').getBoundingClientRect().top) < 1,
        ),
        true,
        'line 24 at the top',
      );
      assert.deepEqual(await page.evaluate(() => window.sent), [], 'no report of its own scroll');
      await page.evaluate(() => document.getElementById('letter-3').scrollIntoView({ block: 'start' }));
      await page.waitForFunction(() => window.sent.length > 0, undefined, { timeout: 5000 });
      assert.deepEqual(await page.evaluate(() => window.sent.at(-1)), { type: 'revealLine', line: 42 });
    },
  ],
];

/** Sends a message as the extension does; dispatched directly, the script has handled it on return. */
function send(page, data) {
  return page.evaluate((data) => window.dispatchEvent(new window.MessageEvent('message', { data })), data);
}

function update(page, html, proof) {
  return send(page, { type: 'update', html, proof });
}

async function main() {
  ensureSystemPrograms();
  const { chromium } = await import('playwright-core');
  const folder = mkdtempSync(path.join(tmpdir(), 'letters-preview-script-'));
  const file = path.join(folder, 'preview.html');
  writeFileSync(
    file,
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="${pathToFileURL(path.join(MEDIA, 'preview.css'))}"></head>
<body><main id="letters-preview"></main>
<script>window.sent = []; function acquireVsCodeApi() { return { postMessage: (message) => window.sent.push(message) }; }</script>
<script src="${pathToFileURL(path.join(MEDIA, 'preview.js'))}"></script></body></html>`,
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  let failed = 0;
  try {
    for (const [title, run] of tests) {
      const page = await browser.newPage({ viewport: { width: 700, height: 600 } });
      await page.goto(pathToFileURL(file).toString());
      try {
        await run(page);
        console.log(`  ok   ${title}`);
      } catch (error) {
        failed += 1;
        console.log(`  FAIL ${title}\n${error instanceof Error ? error.stack : error}`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
  console.log(`preview script: ${tests.length - failed} passed, ${failed} failed`);
  return failed === 0;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(`test:browser: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  },
);
