#!/usr/bin/env node
// Provisions a runnable code-server (VS Code's web build with a Node extension host) for the
// real-VS-Code suite, plus the Debian programs it needs: Chromium to drive it and ripgrep for its search.
//
// The published install scripts of code-server fail on a machine that reaches only the npm registry and
// Debian (they download binaries from elsewhere), so every install runs with --ignore-scripts and the
// native modules are rebuilt here, with Debian's `rg` standing in for @vscode/ripgrep's download.
// The result is cached under .vscode-test/code-server/ (or $LETTERS_CODE_SERVER_DIR) with a marker
// file, so a second run returns at once. Usable as a module (`provisionCodeServer()`) or a script.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The newest code-server that runs on Node 20 (later releases require Node 22+). */
export const CODE_SERVER_VERSION = '4.100.3';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Where code-server is installed; overridable so several worktrees can share one copy. */
export const CACHE_DIR = process.env.LETTERS_CODE_SERVER_DIR
  ? path.resolve(process.env.LETTERS_CODE_SERVER_DIR)
  : path.join(ROOT, '.vscode-test', 'code-server');
export const CHROMIUM = '/usr/bin/chromium';
const RG = '/usr/bin/rg';
const MARKER = path.join(CACHE_DIR, `.provisioned-${CODE_SERVER_VERSION}`);
const PACKAGE_DIR = path.join(CACHE_DIR, 'node_modules', 'code-server');
const VSCODE_DIR = path.join(PACKAGE_DIR, 'lib', 'vscode');
/** The code-server launcher script inside the cache. */
export const CODE_SERVER_BIN = path.join(PACKAGE_DIR, 'out', 'node', 'entry.js');

const MINUTE = 60_000;

/** Runs a command synchronously with a time bound; throws with its output tail when it fails. */
function run(title, command, args, { cwd = CACHE_DIR, env = {}, timeout = 10 * MINUTE } = {}) {
  const started = Date.now();
  process.stderr.write(`[provision] ${title} ...`);
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', ...env },
    encoding: 'utf8',
    timeout,
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.error || result.status !== 0) {
    process.stderr.write(` failed after ${seconds}s\n`);
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    const reason = result.error
      ? result.error.code === 'ETIMEDOUT'
        ? `timed out after ${timeout / 1000}s`
        : result.error.message
      : `exit code ${result.status}`;
    throw new Error(`${title} failed (${command} ${args.join(' ')} in ${cwd}): ${reason}\n${output}`);
  }
  process.stderr.write(` ${seconds}s\n`);
  return result.stdout;
}

/** Installs Chromium and ripgrep from Debian when missing (root only), else explains what to do. */
export function ensureSystemPrograms() {
  const missing = [
    [CHROMIUM, 'chromium'],
    [RG, 'ripgrep'],
  ].filter(([file]) => !existsSync(file));
  if (missing.length === 0) return;
  const packages = missing.map(([, name]) => name);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(
      `missing ${missing.map(([file]) => file).join(' and ')}: install the Debian packages ` +
        `(sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}) and run again`,
    );
  }
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get update', 'apt-get', ['update'], { cwd: '/', env, timeout: 5 * MINUTE });
  run(
    `apt-get install ${packages.join(' ')}`,
    'apt-get',
    ['install', '-y', '--no-install-recommends', ...packages],
    {
      cwd: '/',
      env,
      timeout: 10 * MINUTE,
    },
  );
  for (const [file] of missing) {
    if (!existsSync(file))
      throw new Error(`apt-get installed ${packages.join(' ')} but ${file} is still missing`);
  }
}

/** Replaces whatever is at `link` with a symlink to `target`. */
function forceSymlink(target, link) {
  try {
    lstatSync(link);
    rmSync(link, { recursive: true, force: true });
  } catch {
    // nothing there yet
  }
  mkdirSync(path.dirname(link), { recursive: true });
  symlinkSync(target, link);
}

/** Names of the installed packages under `dir` that have an install step (scripts or a binding.gyp). */
function packagesToBuild(dir, excluded) {
  const names = new Set();
  const visit = (modules) => {
    if (!existsSync(modules)) return;
    for (const entry of readdirSync(modules)) {
      if (entry.startsWith('.')) continue;
      const location = path.join(modules, entry);
      if (entry.startsWith('@')) {
        visit(location);
        continue;
      }
      const manifestPath = path.join(location, 'package.json');
      if (!existsSync(manifestPath)) continue;
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      const scripts = manifest.scripts ?? {};
      const builds =
        scripts.preinstall ||
        scripts.install ||
        scripts.postinstall ||
        existsSync(path.join(location, 'binding.gyp'));
      if (builds && !excluded.includes(manifest.name)) names.add(manifest.name);
      visit(path.join(location, 'node_modules'));
    }
  };
  visit(path.join(dir, 'node_modules'));
  return [...names].sort();
}

/** True when a complete installation of this version is cached. */
export function isProvisioned() {
  return existsSync(MARKER) && existsSync(CODE_SERVER_BIN) && existsSync(CHROMIUM) && existsSync(RG);
}

/**
 * Makes sure Chromium, ripgrep and code-server are ready; instant when the marker is present.
 * @returns the path of code-server's entry script (run it with `node`).
 */
export function provisionCodeServer() {
  if (isProvisioned()) return CODE_SERVER_BIN;
  const started = Date.now();
  ensureSystemPrograms();
  mkdirSync(CACHE_DIR, { recursive: true });
  // A package.json of its own keeps npm from walking up into the project's.
  writeFileSync(
    path.join(CACHE_DIR, 'package.json'),
    JSON.stringify({ name: 'letters-code-server-cache', private: true }, null, 2) + '\n',
  );
  run(`npm install code-server@${CODE_SERVER_VERSION}`, 'npm', [
    'install',
    '--ignore-scripts',
    '--no-save',
    '--no-package-lock',
    `code-server@${CODE_SERVER_VERSION}`,
  ]);
  // argon2 (password hashing) is loaded at start even with --auth none.
  run('npm rebuild argon2', 'npm', ['rebuild', 'argon2']);
  // Installs exactly what its npm-shrinkwrap.json pins.
  run('npm install in lib/vscode', 'npm', ['install', '--omit=dev', '--ignore-scripts'], { cwd: VSCODE_DIR });
  // @vscode/ripgrep's install script downloads rg; Debian's serves instead and stops the rebuild from fetching.
  forceSymlink(RG, path.join(VSCODE_DIR, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'));
  // node-pty's install script runs `npx node-gyp`, which needs consent to install without a prompt.
  // kerberos is left out: it needs Debian's libkrb5-dev to build and is only loaded for proxy authentication.
  run(
    'npm rebuild in lib/vscode (native modules)',
    'npm',
    ['rebuild', ...packagesToBuild(VSCODE_DIR, ['kerberos'])],
    {
      cwd: VSCODE_DIR,
      env: { npm_config_yes: 'true' },
      timeout: 15 * MINUTE,
    },
  );
  // The server looks its modules up under node_modules.asar, as packaged VS Code does.
  forceSymlink('node_modules', path.join(VSCODE_DIR, 'node_modules.asar'));
  run('npm install in lib/vscode/extensions', 'npm', ['install', '--omit=dev', '--ignore-scripts'], {
    cwd: path.join(VSCODE_DIR, 'extensions'),
  });
  const version = run('code-server --version', process.execPath, [CODE_SERVER_BIN, '--version'], {
    timeout: MINUTE,
  });
  if (!version.includes(CODE_SERVER_VERSION)) {
    throw new Error(`code-server --version printed an unexpected version:\n${version}`);
  }
  writeFileSync(
    MARKER,
    JSON.stringify({ version: CODE_SERVER_VERSION, provisionedAt: new Date().toISOString() }) + '\n',
  );
  process.stderr.write(
    `[provision] code-server ${CODE_SERVER_VERSION} ready in ${((Date.now() - started) / 1000).toFixed(0)}s\n`,
  );
  return CODE_SERVER_BIN;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const bin = provisionCodeServer();
    console.log(`code-server ${CODE_SERVER_VERSION}: ${bin}`);
    if (existsSync(MARKER)) console.log(`marker: ${MARKER} ${readFileSync(MARKER, 'utf8').trim()}`);
  } catch (error) {
    console.error(`provision-code-server: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
