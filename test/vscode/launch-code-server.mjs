#!/usr/bin/env node
// Runs the real-VS-Code suite (test/vscode/suite/) in code-server, VS Code's own web build, driven by
// headless Chromium: `npm run test:e2e`. Equivalent to test/vscode/run-electron.mjs, which runs the
// same suite in desktop VS Code where that can be downloaded.
//
//   node test/vscode/launch-code-server.mjs [--vsix FILE] [--restricted] [--grep TEXT] [--timeout SECONDS] [--keep]
//
// Default: loads the extension under development (this repository, as built in dist/) through
// `extensionDevelopmentPath`. With --vsix: installs that package with `code-server --install-extension`
// and runs the suite against it, as a user would have it. The suite's runner writes its results to the
// file named by LETTERS_E2E_RESULTS, which reaches the extension host through code-server's environment.
// With --restricted the folder is opened untrusted (restricted mode), which the extension supports.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHROMIUM, provisionCodeServer } from '../../scripts/provision-code-server.mjs';
import { buildSuite } from './build-suite.mjs';
import { answerWebviewRequests } from './webviewRequests.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SAMPLES = path.join(ROOT, 'samples');
/** The flags Debian's Chromium needs here: no sandbox as root, no GPU, no network chatter. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/**
 * User settings for a test profile: trust decided up front (the trust dialog is refused in test mode),
 * nothing that phones home or opens on its own.
 */
export const TEST_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  // The sample sits inside this repository: no offer to open it, which would cover the editor.
  'git.openRepositoryInParentFolders': 'never',
  // No fade-ins, so a screenshot taken once something is visible shows it fully drawn.
  'workbench.reduceMotion': 'on',
};

/** Asks the OS for a free loopback port. */
export async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/** Resolves with the HTTP status of a GET, or undefined when nothing answers. */
function httpStatus(url) {
  return new Promise((resolve) => {
    const req = request(url, { timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    req.on('error', () => resolve(undefined));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

/** Polls `probe` every `intervalMs` until it returns a value other than undefined; throws at the deadline. */
async function waitFor(what, probe, timeoutMs, intervalMs = 250) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${Math.round(timeoutMs / 1000)}s waiting for ${what}`);
    await sleep(intervalMs);
  }
}

/** Returns the last `lines` lines of a file, for failure reports. */
function tail(file, lines = 30) {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * A code-server process with a fresh profile in `workDir`; `stop()` ends it and everything it started
 * (it runs in its own process group).
 */
export class CodeServer {
  constructor(bin, workDir, env = {}, { restricted = false } = {}) {
    this.restricted = restricted;
    this.bin = bin;
    this.userDataDir = path.join(workDir, 'user-data');
    this.extensionsDir = path.join(workDir, 'extensions');
    this.logFile = path.join(workDir, 'code-server.log');
    // Its own config file, or code-server reads (and on first use writes) ~/.config/code-server/config.yaml.
    this.configFile = path.join(workDir, 'config.yaml');
    writeFileSync(this.configFile, 'auth: none\n');
    this.env = env;
    mkdirSync(path.join(this.userDataDir, 'User'), { recursive: true });
    mkdirSync(this.extensionsDir, { recursive: true });
    // Restricted mode: trust on, folder never trusted (no prompt can answer in a headless run).
    const settings = restricted
      ? {
          ...TEST_SETTINGS,
          'security.workspace.trust.enabled': true,
          'security.workspace.trust.startupPrompt': 'never',
        }
      : TEST_SETTINGS;
    writeFileSync(path.join(this.userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  }

  /** The arguments that select this instance's profile. */
  profileArgs() {
    return [
      '--config',
      this.configFile,
      '--user-data-dir',
      this.userDataDir,
      '--extensions-dir',
      this.extensionsDir,
    ];
  }

  /** Installs a .vsix into this profile (what `code --install-extension` does for a user). */
  async installExtension(vsix) {
    const child = spawn(process.execPath, [this.bin, ...this.profileArgs(), '--install-extension', vsix], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...this.env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    const [code] = await once(child, 'exit');
    clearTimeout(timer);
    if (code !== 0)
      throw new Error(`code-server --install-extension ${vsix} failed (exit ${code}):\n${output}`);
    return output.trim();
  }

  /** Starts the server on a free port and waits until it answers. */
  async start(folder) {
    this.port = await freePort();
    const log = createWriteStream(this.logFile);
    this.process = spawn(
      process.execPath,
      [
        this.bin,
        '--auth',
        'none',
        '--bind-addr',
        `127.0.0.1:${this.port}`,
        ...this.profileArgs(),
        '--disable-telemetry',
        '--disable-update-check',
        ...(this.restricted ? [] : ['--disable-workspace-trust']),
        folder,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, ...this.env } },
    );
    this.process.stdout.pipe(log);
    this.process.stderr.pipe(log);
    let exited;
    this.process.on('exit', (code, signal) => (exited = signal ?? code));
    this.url = `http://127.0.0.1:${this.port}`;
    await waitFor(
      `code-server to answer on ${this.url}`,
      async () => {
        if (exited !== undefined)
          throw new Error(`code-server exited (${exited}) at start:\n${tail(this.logFile)}`);
        return (await httpStatus(`${this.url}/healthz`)) === 200 ? true : undefined;
      },
      60_000,
    );
    this.exitStatus = () => exited;
  }

  /** A `vscode-remote:` URI of a path on this server, as the workbench payload expects. */
  remoteUri(file) {
    return `vscode-remote://127.0.0.1:${this.port}${encodeURI(file)}`;
  }

  /** The workbench URL opening `folder`, with extension-development options in its payload. */
  workbenchUrl(folder, payload) {
    const query = `folder=${encodeURIComponent(folder)}`;
    const encoded = payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : '';
    return `${this.url}/?${query}${encoded}`;
  }

  /** Stops the server and its children (extension host, language servers). */
  async stop() {
    if (!this.process || this.process.exitCode !== null || this.process.signalCode !== null) return;
    const exit = once(this.process, 'exit');
    try {
      process.kill(-this.process.pid, 'SIGTERM');
    } catch {
      return;
    }
    const stopped = await Promise.race([exit.then(() => true), sleep(5000).then(() => false)]);
    try {
      // Children that ignored SIGTERM, or the whole group when the server itself hung.
      process.kill(-this.process.pid, 'SIGKILL');
    } catch {
      // the group is gone
    }
    if (!stopped) await Promise.race([exit, sleep(2000)]);
  }
}

/** Opens headless Chromium (Debian's, through playwright-core) at `url`; console output goes to `logFile`. */
export async function openBrowser(url, logFile, viewport = { width: 1400, height: 900 }) {
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new Error('playwright-core is not installed: run npm install');
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport });
  const log = createWriteStream(logFile);
  page.on('console', (message) => log.write(`[${message.type()}] ${message.text()}\n`));
  page.on('pageerror', (error) => log.write(`[pageerror] ${error.stack ?? error.message}\n`));
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  return { browser, page };
}

/** Prints each test, the failures in full, then the closing `N passed, N failed` line. */
export function printResults(results) {
  for (const test of results.tests) {
    console.log(`  ${test.state === 'passed' ? 'ok  ' : 'FAIL'} ${test.title} (${test.durationMs} ms)`);
  }
  for (const test of results.tests.filter((each) => each.state === 'failed')) {
    console.log(`\nFAIL ${test.title}\n${test.error ?? ''}`);
  }
  if (results.crash) console.log(`\nthe suite did not run:\n${results.crash}`);
  // A suite that could not load counts as one failure, so the closing line never reads as "no tests".
  console.log(`${results.passed} passed, ${results.failed + (results.crash ? 1 : 0)} failed`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      vsix: { type: 'string' },
      grep: { type: 'string' },
      timeout: { type: 'string', default: '300' },
      keep: { type: 'boolean', default: false },
      restricted: { type: 'boolean', default: false },
    },
  });
  const timeoutMs = Number(values.timeout) * 1000;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw new Error(`--timeout must be seconds, got ${values.timeout}`);
  const vsix = values.vsix ? path.resolve(values.vsix) : undefined;
  if (vsix && !existsSync(vsix)) throw new Error(`no such .vsix: ${vsix}`);
  if (!vsix && !existsSync(path.join(ROOT, 'dist', 'extension.js'))) {
    throw new Error('dist/extension.js is missing: run npm run build first');
  }

  const started = Date.now();
  const bin = provisionCodeServer();
  const suiteEntry = await buildSuite();
  const workDir = mkdtempSync(path.join(tmpdir(), 'letters-e2e-'));
  const resultsFile = path.join(workDir, 'results.json');
  const browserLog = path.join(workDir, 'browser.log');
  const webviewRequests = path.join(workDir, 'webview-requests');
  mkdirSync(webviewRequests);
  const env = {
    LETTERS_E2E_RESULTS: resultsFile,
    LETTERS_E2E_MODE: vsix ? 'vsix' : 'development',
    LETTERS_E2E_TRUST: values.restricted ? 'restricted' : 'trusted',
  };
  if (values.grep) env.LETTERS_E2E_GREP = values.grep;
  // Where the suite asks for what happens inside a webview (see webviewRequests.mjs).
  env.LETTERS_E2E_WEBVIEW = webviewRequests;
  const server = new CodeServer(bin, workDir, env, { restricted: values.restricted });
  // Lets the smoke test check that the extension really came from the .vsix or from this repository.
  env.LETTERS_E2E_EXTENSION_ROOT = vsix ? server.extensionsDir : ROOT;
  let browser;
  let ok = false;

  const cleanUp = async () => {
    await browser?.close().catch(() => {});
    await server.stop();
  };
  const onSignal = (signal) => {
    void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    if (vsix) console.log(`installed: ${await server.installExtension(vsix)}`);
    await server.start(SAMPLES);
    // The workbench runs extensionTestsPath only in extension-development mode, so the .vsix run
    // develops an empty folder: no extension comes from it and the installed one is what runs.
    const developed = vsix ? path.join(workDir, 'no-extension-under-development') : ROOT;
    mkdirSync(developed, { recursive: true });
    const payload = [
      ['extensionDevelopmentPath', server.remoteUri(developed)],
      ['extensionTestsPath', server.remoteUri(suiteEntry)],
    ];
    console.log(
      `code-server ${server.url} (${vsix ? `installed ${path.basename(vsix)}` : 'extension under development'}), running the suite...`,
    );
    let page;
    ({ browser, page } = await openBrowser(server.workbenchUrl(SAMPLES, payload), browserLog));
    const results = await waitFor(
      'the suite to write its results',
      async () => {
        if (server.exitStatus() !== undefined)
          throw new Error(`code-server exited (${server.exitStatus()}) during the run`);
        await answerWebviewRequests(page, webviewRequests);
        if (!existsSync(resultsFile)) return undefined;
        return JSON.parse(readFileSync(resultsFile, 'utf8'));
      },
      timeoutMs,
    );
    printResults(results);
    ok = results.failed === 0 && results.passed > 0 && !results.crash;
    if (results.passed === 0 && results.failed === 0 && !results.crash) console.log('no test ran');
  } catch (error) {
    console.error(`\ntest:e2e: ${error instanceof Error ? error.message : error}`);
    console.error(`--- code-server log (tail) ---\n${tail(server.logFile)}`);
    console.error(`--- browser console (tail) ---\n${tail(browserLog)}`);
    console.log('0 passed, 1 failed');
  } finally {
    await cleanUp();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)}s)`);
  if (values.keep || !ok) console.log(`logs and profile kept in ${workDir}`);
  else rmSync(workDir, { recursive: true, force: true });
  return ok;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (ok) => process.exit(ok ? 0 : 1),
    (error) => {
      console.error(`test:e2e: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    },
  );
}
