#!/usr/bin/env node
// Runs the editor-client checks of test/clients/ for the editors installed (Neovim: `nvim`);
// an editor that is not installed is reported and skipped. Expects a built dist/server.js.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function installed(program) {
  return spawnSync(program, ['--version'], { encoding: 'utf8' }).status === 0;
}

let failed = false;
if (installed('nvim')) {
  const run = spawnSync('nvim', ['--headless', '--clean', '-c', 'luafile test/clients/neovim.lua'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  // Neovim prints to stderr in headless mode.
  process.stdout.write(`${run.stdout}${run.stderr}\n`);
  if (run.status !== 0) {
    process.stdout.write(`Neovim client checks failed (exit ${run.status ?? run.signal})\n`);
    failed = true;
  } else process.stdout.write('Neovim client checks passed\n');
} else {
  process.stdout.write('nvim not installed: Neovim client checks skipped\n');
}
process.exit(failed ? 1 : 0);
