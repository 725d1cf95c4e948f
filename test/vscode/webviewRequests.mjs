// The launcher's side of the suite's webview requests. The suite runs in the extension host, which
// cannot reach into a webview's page; the launcher drives the browser that shows it. The suite writes
// `<id>.request.json` into the folder named by LETTERS_E2E_WEBVIEW; the launcher performs it in the
// frame that holds `frame` (a CSS selector) with real mouse input or an expression evaluated there,
// and writes `<id>.reply.json`: `{ value }` or `{ error }`.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** The first frame of the page (webviews are nested iframes) that contains `selector`. */
export async function frameWith(page, selector) {
  for (const frame of page.frames()) {
    if (await frame.$(selector).catch(() => null)) return frame;
  }
  throw new Error(`no frame of the page contains ${selector}`);
}

/** Performs one request: `hover` or `dblclick` a selector, or `evaluate` an expression. */
async function perform(page, request) {
  const frame = await frameWith(page, request.frame);
  if (request.hover) await frame.hover(request.hover, { timeout: 10_000 });
  if (request.dblclick) await frame.dblclick(request.dblclick, { timeout: 10_000 });
  return request.evaluate === undefined ? null : frame.evaluate(request.evaluate);
}

/** Answers every request waiting in `folder`; call it on each poll of the launcher. */
export async function answerWebviewRequests(page, folder) {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.request.json'))) {
    const file = path.join(folder, name);
    const request = JSON.parse(readFileSync(file, 'utf8'));
    rmSync(file);
    let reply;
    try {
      reply = { value: (await perform(page, request)) ?? null };
    } catch (error) {
      reply = { error: error instanceof Error ? error.message : String(error) };
    }
    const target = path.join(folder, name.replace(/\.request\.json$/, '.reply.json'));
    // Written whole, then renamed: the suite never reads half a reply.
    writeFileSync(`${target}.partial`, JSON.stringify(reply));
    renameSync(`${target}.partial`, target);
  }
}
