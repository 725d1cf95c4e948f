#!/usr/bin/env node
// Takes the README's screenshots in a real VS Code (code-server in headless Chromium), of what a user
// sees on the sample: the outline, a hover on a person, the Problems panel, a note preview on a marker,
// the letter in the status bar with the Letters view, Go to Letter by person, NBSP against ZWSP, the
// preview in a light theme (a marker's note popup) and a dark one (proof marks, scrolled by the reader,
// the editor following), pages of the edition's website (a letter, a person, a search), and the
// Registers view.
//
//   npm run build && node scripts/screenshot.mjs [--vsix FILE] [--out docs/images] [--only outline,...]
//
// With --vsix the pictures show the packaged extension installed as a user has it; without, the
// extension under development (the window title then says "[Extension Development Host]").
//
// It drives the workbench the way a user does, with the keyboard (Quick Open, Go to Line, the command
// palette), and waits on what appears on screen before each picture; every wait is bounded.
/* global document, getComputedStyle -- page functions run in the browser. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { provisionCodeServer } from './provision-code-server.mjs';
import { CodeServer, openBrowser } from '../test/vscode/launch-code-server.mjs';
import { frameWith } from '../test/vscode/webviewRequests.mjs';
import { siteShots } from './siteShots.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLES = path.join(ROOT, 'samples');
const SAMPLE = 'stalin-molotov-1926.letters';
const WAIT = 30_000;

/** 1-based line and column of the first `needle` in the sample, plus `offset` characters. */
function locate(needle, offset = 0) {
  const lines = readFileSync(path.join(SAMPLES, SAMPLE), 'utf8').split(/\r?\n/);
  const line = lines.findIndex((text) => text.includes(needle));
  if (line < 0) throw new Error(`"${needle}" is not in the sample`);
  return { line: line + 1, column: lines[line].indexOf(needle) + offset + 1 };
}

/** Runs a command through the command palette, as a user would. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: WAIT });
  await input.fill(`>${title}`);
  const item = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  await item.waitFor({ state: 'visible', timeout: WAIT });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT });
}

/** Puts the cursor at a line and column with Go to Line. */
async function goTo(page, { line, column }) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: WAIT });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT });
}

/** Shows the hover at the cursor and waits until it contains `text`. */
async function hoverAtCursor(page, text) {
  await runCommand(page, 'Show or Focus Hover');
  const hover = page.locator('.monaco-hover', { hasText: text }).first();
  await hover.waitFor({ state: 'visible', timeout: WAIT });
  // Drawn fully, not mid fade-in: every ancestor opaque.
  await page.waitForFunction(
    (element) => {
      for (let node = element; node; node = node.parentElement) {
        if (getComputedStyle(node).opacity !== '1') return false;
      }
      return true;
    },
    await hover.elementHandle(),
    { timeout: WAIT },
  );
}

async function closeHover(page) {
  await page.keyboard.press('Escape');
  await page
    .locator('.monaco-hover:visible')
    .first()
    .waitFor({ state: 'hidden', timeout: WAIT })
    .catch(() => {});
}

/** Waits until the status bar counts some problems: the language server has analysed the sample. */
async function waitForProblemCount(page) {
  const counts = page.locator('#status\\.problems');
  await page.waitForFunction(
    () => /[1-9]/.test(document.querySelector('[id="status.problems"]')?.textContent ?? ''),
    undefined,
    { timeout: WAIT },
  );
  return counts;
}

/** The pictures, in order; each leaves the workbench as it found it (sample open, cursor anywhere). */
const SHOTS = [
  {
    name: 'outline',
    async prepare(page) {
      await runCommand(page, 'Explorer: Focus on Outline View');
      await page
        .locator('.monaco-list-row', { hasText: 'Letter 11' })
        .first()
        .waitFor({ state: 'visible', timeout: WAIT });
    },
  },
  {
    name: 'hover-person',
    async prepare(page) {
      await goTo(page, locate('Grisha [Zinoviev]', 2));
      await hoverAtCursor(page, 'Zinoviev');
    },
    cleanUp: closeHover,
  },
  {
    name: 'hover-date',
    async prepare(page) {
      await goTo(page, locate('[25 June 1926]', 4));
      await hoverAtCursor(page, 'EDTF');
    },
    cleanUp: closeHover,
  },
  {
    name: 'note-preview',
    async prepare(page) {
      // The marker 3 glued to "Politburo." in letter 12.
      await goTo(page, locate('Politburo.3', 'Politburo.'.length));
      await hoverAtCursor(page, 'Note 3');
    },
    cleanUp: closeHover,
  },
  {
    name: 'problems',
    async prepare(page) {
      await runCommand(page, 'Problems: Focus on Problems View');
      await page
        .locator('.markers-panel .monaco-list-row')
        .nth(2)
        .waitFor({ state: 'visible', timeout: WAIT });
    },
  },
];

/** Runs a command whose own quick pick follows the palette's, and waits until that pick shows `placeholder`. */
async function openPick(page, title, placeholder) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: WAIT });
  await input.fill(`>${title}`);
  // The row of exactly this command: a longer title that starts the same (Go to Letter Mentioning…)
  // may be listed first.
  const row = page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.getByText(title, { exact: true }) })
    .first();
  await row.waitFor({ state: 'visible', timeout: WAIT });
  await row.click();
  await page.locator(`.quick-input-widget input[placeholder^="${placeholder}"]`).waitFor({ timeout: WAIT });
  return input;
}

async function closePick(page) {
  await page.keyboard.press('Escape');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT });
}

/** The Explorer's folder section, collapsed so that the Letters view below it has room. */
function foldersHeader(page) {
  return page.locator('.pane-header', { hasText: /^samples/i }).first();
}

/** Issue 8's pictures: the letter in the status bar with the Letters view, Go to Letter, NBSP vs ZWSP. */
SHOTS.push(
  {
    name: 'status-bar-letters-view',
    async prepare(page) {
      await runCommand(page, 'Explorer: Focus on Letters View');
      await foldersHeader(page).click();
      await page
        .locator('.monaco-list-row', { hasText: 'Letter 30' })
        .first()
        .waitFor({ state: 'visible', timeout: WAIT });
      await goTo(page, locate('Sochi, 6/25/26', 13));
      await page
        .locator('.statusbar-item', { hasText: 'Letter 21 \u00B7 25 June 1926' })
        .first()
        .waitFor({ state: 'visible', timeout: WAIT });
    },
    async cleanUp(page) {
      await foldersHeader(page).click();
    },
  },
  {
    name: 'go-to-letter-by-person',
    async prepare(page) {
      const input = await openPick(page, 'Letters: Go to Letter…', 'Go to letter');
      await input.fill('Grisha');
      await page
        .locator('.quick-input-list .monaco-list-row', { hasText: 'Letter 12' })
        .first()
        .waitFor({ state: 'visible', timeout: WAIT });
    },
    cleanUp: closePick,
  },
  {
    name: 'nbsp-and-zero-width-space',
    async prepare(page) {
      // Ctrl+N and Ctrl+K M: a new untitled editor, then the language picker.
      await page.keyboard.press('Control+N');
      await page.locator('.tab.active', { hasText: 'Untitled' }).waitFor({ timeout: WAIT });
      await page.keyboard.press('Control+K');
      await page.keyboard.press('M');
      const input = page.locator('.quick-input-widget input[placeholder^="Select Language Mode"]');
      await input.waitFor({ timeout: WAIT });
      await input.fill('Letters');
      await page
        .locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Letters' })
        .waitFor({ state: 'visible', timeout: WAIT });
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT });
      // NO-BREAK SPACEs after the note numbers, as in the edition; a zero-width space inside a name.
      const notes = [1, 2, 3].map((n) => `${n}.\u00A0\u00A0 Note ${n} with a NO-BREAK SPACE gap.`);
      await page.keyboard.insertText(
        ['Letter 1', '', '[1 May 1926]', '', 'Mikoian and Zino\u200Bviev agreed.1', '', ...notes].join('\n'),
      );
      await page.locator('.monaco-editor .unicode-highlight').first().waitFor({ timeout: WAIT });
      await page
        .locator('.statusbar-item', { hasText: 'Letter 1 \u00B7 1 May 1926' })
        .first()
        .waitFor({ state: 'visible', timeout: WAIT });
    },
    async cleanUp(page) {
      await runCommand(page, 'View: Revert and Close Editor');
    },
  },
);

/** Picks a colour theme with Ctrl+K Ctrl+T, as a user would, and waits until the workbench wears it. */
async function setTheme(page, name, kind) {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+T');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: WAIT });
  await input.fill(name);
  await page
    .locator('.quick-input-list .monaco-list-row.focused', { hasText: name })
    .waitFor({ state: 'visible', timeout: WAIT });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT });
  await page.locator(`.monaco-workbench.${kind}`).waitFor({ timeout: WAIT });
}

/** The preview's page (a frame inside the workbench), once it shows `selector`. */
async function previewFrame(page, selector) {
  const deadline = Date.now() + WAIT;
  for (;;) {
    const frame = await frameWith(page, `#letters-preview ${selector}`).catch(() => undefined);
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error(`the preview never showed ${selector}`);
    await page.waitForTimeout(250);
  }
}

/** Issue 17's pictures: the preview in a light and a dark theme; issue 28's: pages of the website. */
SHOTS.push(
  {
    name: 'preview-light',
    async prepare(page) {
      await setTheme(page, 'Light Modern', 'vs');
      await runCommand(page, 'Letters: Open Preview to the Side');
      const frame = await previewFrame(page, '#letter-12');
      // The cursor on letter 12's heading: the preview scrolls to it.
      await goTo(page, locate('Letter 12'));
      await frame.locator('#letter-12 .letter-heading').waitFor({ state: 'visible', timeout: WAIT });
      await frame.hover('#letter-12-marker-3-1 a');
      await frame.locator('.note-popup:not([hidden])').waitFor({ state: 'visible', timeout: WAIT });
    },
  },
  {
    name: 'preview-dark',
    async prepare(page) {
      await setTheme(page, 'Dark Modern', 'vs-dark');
      await runCommand(page, 'Letters: Toggle Proof Marks');
      const frame = await previewFrame(page, '.proof-mark');
      // The reader scrolls the preview to letter 21; the editor follows with its heading at the top.
      await frame.evaluate(() => document.getElementById('letter-21').scrollIntoView({ block: 'start' }));
      await page
        .locator('.monaco-editor .view-line', { hasText: /^Letter\s21$/ })
        .first()
        .waitFor({ state: 'visible', timeout: WAIT });
      await frame.hover('#letter-21 .proof-mark');
      await frame.locator('.note-popup:not([hidden])').waitFor({ state: 'visible', timeout: WAIT });
    },
  },
  ...siteShots(ROOT, SAMPLES),
);
/** Issue 14's picture: the Registers view with a place, its letters and the sample open beside it. */
SHOTS.push({
  name: 'registers-view',
  async prepare(page) {
    await runCommand(page, 'Focus on Registers View');
    const row = (text) => page.locator('.monaco-list-row', { hasText: text }).first();
    await row('Places').waitFor({ state: 'visible', timeout: WAIT });
    await row('Places').click();
    await row('Saint Petersburg').waitFor({ state: 'visible', timeout: WAIT });
    // The entry's own click opens it in the register; its twistie shows its letters.
    await row('Saint Petersburg').locator('.monaco-tl-twistie').click();
    await row('Letter 20').waitFor({ state: 'visible', timeout: WAIT });
    await row('Letter 20').click();
    await page
      .locator('.statusbar-item', { hasText: 'Letter 20' })
      .first()
      .waitFor({ state: 'visible', timeout: WAIT });
  },
  async cleanUp(page) {
    await runCommand(page, 'View: Show Explorer');
  },
});

async function main() {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'docs/images' },
      only: { type: 'string' },
      vsix: { type: 'string' },
    },
  });
  const outDir = path.resolve(ROOT, values.out);
  const only = values.only?.split(',');
  const vsix = values.vsix ? path.resolve(values.vsix) : undefined;
  if (vsix && !existsSync(vsix)) throw new Error(`no such .vsix: ${vsix}`);
  if (!vsix && !existsSync(path.join(ROOT, 'dist', 'extension.js')))
    throw new Error('run npm run build first');
  mkdirSync(outDir, { recursive: true });
  const bin = provisionCodeServer();
  const workDir = mkdtempSync(path.join(tmpdir(), 'letters-screenshots-'));
  const server = new CodeServer(bin, workDir);
  let browser;
  let page;
  let failed = false;
  try {
    if (vsix) await server.installExtension(vsix);
    await server.start(SAMPLES);
    const url = server.workbenchUrl(
      SAMPLES,
      vsix ? [] : [['extensionDevelopmentPath', server.remoteUri(ROOT)]],
    );
    ({ browser, page } = await openBrowser(url, path.join(workDir, 'browser.log')));
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
    // Quick Open the sample, then wait for the language server's first diagnostics (squiggles).
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill(SAMPLE);
    await page
      .locator('.quick-input-list .monaco-list-row', { hasText: SAMPLE })
      .first()
      .waitFor({ timeout: WAIT });
    await page.keyboard.press('Enter');
    await page
      .locator('.monaco-editor .view-lines', { hasText: 'Stalin' })
      .first()
      .waitFor({ timeout: WAIT });
    await waitForProblemCount(page);
    for (const shot of SHOTS) {
      if (only && !only.includes(shot.name)) continue;
      // A shot of another page than the workbench (the website) returns that page.
      const shown = (await shot.prepare(page)) ?? page;
      const file = path.join(outDir, `${shot.name}.png`);
      await shown.screenshot({ path: file });
      console.log(`wrote ${path.relative(ROOT, file)}`);
      await shot.cleanUp?.(shown);
    }
  } catch (error) {
    failed = true;
    await page?.screenshot({ path: path.join(workDir, 'failure.png') }).catch(() => {});
    console.error(`what the browser showed, and its logs, are kept in ${workDir}`);
    throw error;
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
    if (!failed) rmSync(workDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`screenshot: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
