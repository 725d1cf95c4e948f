/**
 * `npm run bench`: times the Letters server against VS Code's Markdown language server on editions of
 * 1, 5 and 50 MB, over stdio as VS Code drives them. Options: `--sizes 1,5,50` (MB),
 * `--markdown-sizes 1,5` (the Markdown server at 50 MB takes minutes), `--edits 20`, `--profile <dir>`,
 * `--no-registers`. Writes the editions to a temporary folder and prints a Markdown table. Each
 * server's workspace folder is a folder beside the edition holding only the sample's registers
 * (persons, places, organisations, terms; none with `--no-registers`), so the open is timed alone,
 * not the server's scan of the workspace at start-up, and every register topic has its names.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { WorkspaceIndex } from '../../server/src/analysis/workspace';
import { exportEdition } from '../../server/src/export/source';
import { exportTei } from '../../server/src/export/tei';
import { lettersEdition, markdownEdition, middleMarker } from './edition';
import { median, Session, time } from './lsp';
import { LettersRequests } from '../../protocol/letters';

const ROOT = path.resolve(__dirname, '..', '..');
const MB = 1024 * 1024;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}
const SIZES = option('sizes', '1,5,50').split(',').map(Number);
const MARKDOWN_SIZES = option('markdown-sizes', '1,5').split(',').map(Number);
const EDITS = Number(option('edits', '20'));
const REPEATS = 7;
/** `--profile <dir>`: the Letters server writes a CPU profile (`node --cpu-prof`) there when it exits. */
const PROFILE = option('profile', '');
/** The sample's registers, copied into each workspace folder unless `--no-registers`. */
const REGISTERS = process.argv.includes('--no-registers')
  ? []
  : readdirSync(path.join(ROOT, 'samples'))
      .filter((name) => /^stalin-molotov-1926\.(persons|places|organisations|terms)\.json$/.test(name))
      .map((name) => path.join(ROOT, 'samples', name));

/** One server's figures on one edition; undefined where the server lacks the feature. */
interface Figures {
  open: number;
  edit: number;
  editMax: number;
  symbols: number;
  hover: number | undefined;
  definition: number | undefined;
  /** The Registers view's request (`letters/registers`), Letters only. */
  registers: number | undefined;
  memory: number;
}

/** What differs between the two servers: how to start them and how diagnostics arrive. */
interface Subject {
  name: string;
  languageId: string;
  start(folder: string): Promise<Session>;
  /** Sends nothing for push servers; pulls for pull servers. Resolves when diagnostics of `version` are in. */
  diagnostics(session: Session, uri: string, version: number, pushed: Promise<void>): Promise<unknown>;
}

const letters: Subject = {
  name: 'letters',
  languageId: 'letters',
  start: (folder) =>
    Session.start(
      [
        ...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE}`] : []),
        path.join(ROOT, 'dist', 'server.js'),
        '--stdio',
      ],
      pathToFileURL(folder).toString(),
    ),
  diagnostics: (_session, _uri, _version, pushed) => pushed,
};

const markdown: Subject = {
  name: 'markdown',
  languageId: 'markdown',
  start: (folder) => startMarkdownServer(folder),
  diagnostics: (session, uri) =>
    session.connection.sendRequest('textDocument/diagnostic', {
      textDocument: { uri },
      identifier: 'markdown',
    }),
};

/** Settings VS Code would send with link validation turned on (`markdown.validate.enabled`). */
const MARKDOWN_SETTINGS = {
  markdown: {
    server: { log: 'off' },
    preferredMdPathExtensionStyle: 'auto',
    suggest: { paths: { enabled: true, includeWorkspaceHeaderCompletions: 'never' } },
    occurrencesHighlight: { enabled: false },
    validate: {
      enabled: true,
      referenceLinks: { enabled: 'warning' },
      fragmentLinks: { enabled: 'warning' },
      fileLinks: { enabled: 'warning', markdownFragmentLinks: 'inherit' },
      ignoredLinks: [],
      unusedLinkDefinitions: { enabled: 'hint' },
      duplicateLinkDefinitions: { enabled: 'warning' },
    },
  },
};

/**
 * Starts VS Code's Markdown server and answers its requests as the markdown-language-features
 * client does: `markdown/parse` tokenizes with markdown-it (html on, linkify on, tokens cached per
 * document version), the file-system requests read the disk.
 */
async function startMarkdownServer(folder: string): Promise<Session> {
  const require = createRequire(__filename);
  const serverMain = path.join(
    path.dirname(require.resolve('vscode-markdown-languageserver/package.json')),
    'dist',
    'node',
    'workerMain.js',
  );
  // markdown-it ships no types; this is the one call the benchmark makes.
  const MarkdownIt = require('markdown-it') as new (options: object) => {
    parse(text: string, env: object): unknown[];
  };
  const engine = new MarkdownIt({ html: true, linkify: true });
  const tokenCache = new Map<string, { version: number; tokens: unknown }>();
  const session = await Session.start(
    [serverMain, '--stdio'],
    pathToFileURL(folder).toString(),
    { markdownFileExtensions: ['md'] },
    (started) => {
      const connection = started.connection;
      connection.onRequest('markdown/parse', (params: { uri: string; text?: string }) => {
        if (typeof params.text === 'string') return engine.parse(params.text, {});
        const document = started.documents.get(params.uri);
        if (!document) return [];
        const cached = tokenCache.get(params.uri);
        if (cached?.version === document.version) return cached.tokens;
        const tokens = engine.parse(document.text, {});
        tokenCache.set(params.uri, { version: document.version, tokens });
        return tokens;
      });
      connection.onRequest('markdown/findMarkdownFilesInWorkspace', () => [...started.documents.keys()]);
      connection.onRequest('markdown/fs/stat', (params: { uri: string }) =>
        started.documents.has(params.uri) ? { isDirectory: false } : undefined,
      );
      connection.onRequest('markdown/fs/readFile', (params: { uri: string }) => [
        ...Buffer.from(started.documents.get(params.uri)?.text ?? ''),
      ]);
      connection.onRequest('markdown/fs/readDirectory', () => []);
      connection.onRequest('markdown/fs/watcher/create', () => null);
      connection.onRequest('markdown/fs/watcher/delete', () => null);
      connection.onRequest('workspace/diagnostic/refresh', () => null);
    },
  );
  await session.connection.sendNotification('workspace/didChangeConfiguration', {
    settings: MARKDOWN_SETTINGS,
  });
  return session;
}

async function measure(
  subject: Subject,
  folder: string,
  file: string,
  text: string,
  at: ReturnType<typeof middleMarker>,
): Promise<Figures> {
  writeFileSync(file, text);
  const uri = pathToFileURL(file).toString();
  const workspace = path.join(folder, `workspace-${path.basename(file)}`);
  mkdirSync(workspace);
  for (const register of REGISTERS) copyFileSync(register, path.join(workspace, path.basename(register)));
  const session = await subject.start(workspace);
  try {
    const open = await time(async () => {
      const pushed = session.pushedDiagnostics(uri, 1);
      pushed.catch(() => undefined); // a pull server never pushes
      await session.open(uri, subject.languageId, text);
      await subject.diagnostics(session, uri, 1, pushed);
    });
    const edits: number[] = [];
    for (let index = 0; index < EDITS; index++) {
      // Type a character in the middle of a letter's body, then delete it: the text returns to its start.
      const insert = index % 2 === 0;
      const version = (session.documents.get(uri)?.version ?? 0) + 1;
      const send = session.prepareEdit(uri, at.middle, insert ? at.middle : at.middle + 1, insert ? 'x' : '');
      edits.push(
        await time(async () => {
          const pushed = session.pushedDiagnostics(uri, version);
          pushed.catch(() => undefined);
          await send();
          await subject.diagnostics(session, uri, version, pushed);
        }),
      );
    }
    const request = async (method: string, params: object): Promise<number> => {
      const timings: number[] = [];
      for (let index = 0; index < REPEATS; index++) {
        timings.push(await time(() => session.connection.sendRequest(method, params)));
      }
      return median(timings);
    };
    const textDocument = { uri };
    const position = session.position(uri, at.marker);
    const symbols = await request('textDocument/documentSymbol', { textDocument });
    const hover = session.capabilities.hoverProvider
      ? await request('textDocument/hover', { textDocument, position })
      : undefined;
    const definition = session.capabilities.definitionProvider
      ? await request('textDocument/definition', { textDocument, position })
      : undefined;
    const registers = subject === letters ? await request(LettersRequests.registers, {}) : undefined;
    return {
      open,
      edit: median(edits),
      editMax: Math.max(...edits),
      symbols,
      hover,
      definition,
      registers,
      memory: session.peakMemory(),
    };
  } finally {
    await session.stop();
  }
}

function ms(value: number | undefined): string {
  if (value === undefined) return 'n/a';
  return value < 10 ? value.toFixed(2) : value.toFixed(0);
}

function ratio(ours: number | undefined, theirs: number | undefined): string {
  if (ours === undefined || theirs === undefined) return 'n/a';
  return `${(theirs / ours).toFixed(theirs / ours < 10 ? 1 : 0)}×`;
}

async function main(): Promise<void> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'letters-bench-'));
  console.log(
    `# Benchmark: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / MB / 1024)} GB, Node ${process.version}`,
  );
  console.log(`editions in ${folder}; ${EDITS} edits, requests repeated ${REPEATS}× (medians, ms)`);
  console.log(
    `registers: ${REGISTERS.length > 0 ? REGISTERS.map((file) => path.basename(file)).join(', ') : 'none'}\n`,
  );
  console.log('| size | measure | letters | markdown | markdown / letters | target |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  const results: { size: number; ours: Figures; theirs?: Figures }[] = [];
  try {
    for (const size of SIZES) {
      const text = lettersEdition(size * MB);
      const at = middleMarker(text);
      const ours = await measure(letters, folder, path.join(folder, `edition-${size}mb.letters`), text, at);
      let theirs: Figures | undefined;
      if (MARKDOWN_SIZES.includes(size)) {
        const md = markdownEdition(text);
        const mdAt = markdownPositions(text, md, at);
        theirs = await measure(markdown, folder, path.join(folder, `edition-${size}mb.md`), md, mdAt);
      }
      results.push({ size, ours, theirs });
      const bytes = Buffer.byteLength(text);
      const rows: [string, number | undefined, number | undefined, string][] = [
        ['open → diagnostics', ours.open, theirs?.open, size === 5 ? '≤ 150 ms' : ''],
        ['edit → diagnostics (median)', ours.edit, theirs?.edit, size === 5 ? '≤ 50 ms' : ''],
        ['edit → diagnostics (max)', ours.editMax, theirs?.editMax, ''],
        ['document symbols', ours.symbols, theirs?.symbols, ''],
        ['hover', ours.hover, theirs?.hover, size === 50 ? '≤ 5 ms' : ''],
        ['definition', ours.definition, theirs?.definition, size === 50 ? '≤ 5 ms' : ''],
        ['registers view (letters/registers)', ours.registers, undefined, ''],
      ];
      for (const [name, a, b, target] of rows) {
        console.log(
          `| ${size} MB | ${name} | ${ms(a)} | ${theirs ? ms(b) : '—'} | ${theirs ? ratio(a, b) : '—'} | ${target} |`,
        );
      }
      console.log(
        `| ${size} MB | peak memory (MB, × text) | ${(ours.memory / MB).toFixed(0)} (${(ours.memory / bytes).toFixed(1)}×) | ` +
          `${theirs ? `${(theirs.memory / MB).toFixed(0)} (${(theirs.memory / bytes).toFixed(1)}×)` : '—'} | ` +
          `${theirs ? ratio(ours.memory, theirs.memory) : '—'} | ≤ 10× |`,
      );
      console.log(
        `| ${size} MB | TEI export (parse and write, in process) | ${ms(timeTeiExport(text))} | — | — | |`,
      );
    }
    const first = results[0];
    const last = results[results.length - 1];
    if (first && last && first !== last) {
      console.log(
        `\nedit → diagnostics growth ${first.size} MB → ${last.size} MB: ${(last.ours.edit / first.ours.edit).toFixed(2)}× (target ≤ 2×)`,
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Milliseconds to parse an edition and write it as TEI, without the server. */
function timeTeiExport(text: string): number {
  const started = performance.now();
  const workspace = new WorkspaceIndex();
  workspace.set('file:///bench.letters', 0, text);
  exportTei(exportEdition(workspace), { title: 'Benchmark', source: undefined });
  return performance.now() - started;
}

/** The hover/definition and edit offsets of the `.letters` edition, found again in its Markdown form. */
function markdownPositions(
  text: string,
  md: string,
  at: ReturnType<typeof middleMarker>,
): ReturnType<typeof middleMarker> {
  // The Markdown text differs before each offset by the inserted link syntax; find the same context.
  const locate = (offset: number, width: number, shift: number): number => {
    const context = text.slice(offset - width, offset).replace(/[[\]]/g, (b) => '\\' + b);
    const found = md.indexOf(context, Math.floor((offset / text.length) * md.length) - 20 * width - 100000);
    return found < 0 ? Math.floor(md.length / 2) : found + context.length + shift;
  };
  // `...word[2][L31-2]`: the marker is now inside the first brackets.
  return { marker: locate(at.marker, 12, 1), note: locate(at.note, 0, 0), middle: locate(at.middle, 24, 0) };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
