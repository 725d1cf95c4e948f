// What the website's browser tests share: writing a site as a user would (`letters-export --format
// html` into a new temporary folder) and watching that no page requests anything outside it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Writes the site of the edition in `source` (a folder) into a new temporary folder; returns it. */
export function writeSite(source) {
  const folder = mkdtempSync(path.join(tmpdir(), 'letters-site-'));
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, 'bin', 'letters-export.js'), '--format', 'html', '-o', folder, source],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`letters-export failed (exit ${run.status}): ${run.stderr}`);
  return folder;
}

/**
 * Routes every request of the browser context: one for a file inside `folders` goes through, any
 * other is recorded and refused. Returns the list of refused addresses, filled as pages load.
 */
export async function watchRequests(context, folders) {
  const inside = folders.map((folder) => pathToFileURL(folder).toString() + '/');
  const outside = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (inside.some((prefix) => url.startsWith(prefix))) return route.continue();
    outside.push(url);
    return route.abort();
  });
  return outside;
}
