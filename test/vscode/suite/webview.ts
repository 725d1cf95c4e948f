/**
 * The suite's side of webview requests: the extension host cannot reach into a webview's page, so
 * the launcher that drives the browser does it (test/vscode/webviewRequests.mjs), through request
 * and reply files in the folder named by `LETTERS_E2E_WEBVIEW`.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { waitFor } from './util';

/** What to do in the frame that contains `frame` (a CSS selector): real mouse input, then `evaluate`. */
export interface WebviewRequest {
  readonly frame: string;
  readonly hover?: string;
  readonly dblclick?: string;
  /** A JavaScript expression evaluated in the frame; its JSON value is the reply. */
  readonly evaluate?: string;
}

let sequence = 0;

/** Whether this run's launcher answers webview requests (code-server's does; Electron's has no browser). */
export function canDriveWebviews(): boolean {
  return process.env.LETTERS_E2E_WEBVIEW !== undefined;
}

/** Sends one request to the launcher and returns the value it evaluated (null without `evaluate`). */
export async function inWebview(request: WebviewRequest): Promise<unknown> {
  const folder = process.env.LETTERS_E2E_WEBVIEW;
  if (!folder) throw new Error('LETTERS_E2E_WEBVIEW is not set: this launcher drives no browser');
  const id = `${process.pid}-${++sequence}`;
  const file = path.join(folder, `${id}.request.json`);
  writeFileSync(`${file}.partial`, JSON.stringify(request));
  renameSync(`${file}.partial`, file);
  const replyFile = path.join(folder, `${id}.reply.json`);
  const reply = await waitFor(`the launcher's reply to ${JSON.stringify(request)}`, () =>
    existsSync(replyFile)
      ? (JSON.parse(readFileSync(replyFile, 'utf8')) as { value?: unknown; error?: string })
      : undefined,
  );
  rmSync(replyFile);
  if (reply.error !== undefined) throw new Error(`in the webview: ${reply.error}`);
  return reply.value;
}

/** Polls an expression in the webview until it evaluates to something other than null, and returns it. */
export function waitInWebview(frame: string, what: string, expression: string): Promise<unknown> {
  return waitFor(what, async () => {
    const value = await inWebview({ frame, evaluate: expression });
    return value === null ? undefined : value;
  });
}
