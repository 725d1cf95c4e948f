/**
 * `npm run bench`: times the Letters server against VS Code's Markdown language server on editions of
 * 1, 5 and 50 MB, over stdio as VS Code drives them. Options: `--sizes 1,5,50` (MB),
 * `--markdown-sizes 1,5` (the Markdown server at 50 MB takes minutes), `--edits 20`,
 * `--edit-seconds 60` (fewer edits, at least 5, once they took this long), `--profile <dir>`,
 * `--no-registers`, `--server <path>` (another build of the Letters server). Writes the editions to a temporary folder and prints a Markdown table: open
 * (first and complete diagnostics), edits, the protocol's share of an edit, outline, folding,
 * workspace symbols, hover, definition, the Registers view, peak memory, the preview after edits
 * (1 MB), TEI and HTML export in process, each with the target of issue 19 where it has one and
 * whether this run met it; then per size a table of memory by component (`memory.ts`). Each
 * server's workspace folder is a folder beside the edition holding only the sample's registers
 * (persons, places, organisations, terms; none with `--no-registers`), so the open is timed alone,
 * not the server's scan of the workspace at start-up, and every register topic has its names.
 * Then an edition of many files (`manyFiles.ts`; `--files 12,60,300`, `--markdown-files`, `--long`
 * adds 600): the middle file opened in a workspace of all of them, with the targets of issue 27.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Edition } from '../../server/src/analysis/edition';
import { readEdition } from '../../server/src/reading/edition';
import { exportTei } from '../../server/src/export/tei';
import { siteFigures, siteRows } from './site';
import { documentProblems } from '../../server/src/topics/diagnose';
import { loadEnglishDictionary } from '../../server/src/topics/textDamage/englishDictionary';
import { lettersEdition, markdownEdition, markdownPositions, middleMarker, SAMPLE } from './edition';
import { measureManyFiles, printManyFiles, type ManyFilesResult } from './manyFiles';
import { lettersServer, markdownServer, ROOT, typeCharacter, type Subject } from './servers';
import { median, time, type Session } from './lsp';
import type { ComponentMemory } from './memory';
import { LettersRequests, type LetterPreview, type PreviewParams } from '../../protocol/letters';

const MB = 1024 * 1024;
/** The largest size (MB) whose website is built and measured. */
const SITE_MAX_SIZE = 5;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}
/** `--help`: the options, without running anything. */
const USAGE = `npm run bench -- [options]
  --sizes 1,5,50           single-file editions (MB) for the Letters server; '' for none
  --markdown-sizes 1,5     the same for the Markdown server
  --files 12,60,300        editions of many files of about 90 KB each; '' for none
  --markdown-files 12,60,300  the same for the Markdown server
  --long                   adds 600 files
  --edits 20               one-character edits per size
  --edit-seconds 60        fewer edits (at least 5) once they took this long
  --no-registers           the workspace holds no registers
  --server <path>          time another build of the Letters server (dist/server.js)
  --profile <dir>          the Letters server writes a CPU profile there when it exits`;
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const SIZES = option('sizes', '1,5,50').split(',').filter(Boolean).map(Number);
const MARKDOWN_SIZES = option('markdown-sizes', '1,5').split(',').filter(Boolean).map(Number);
const EDITS = Number(option('edits', '20'));
/**
 * `--edit-seconds 60`: edits stop early once they have taken this long, after at least
 * {@link MIN_EDITS}, so that a slow server at 50 MB keeps the run to a few minutes.
 */
const EDIT_BUDGET_MS = Number(option('edit-seconds', '60')) * 1000;
const MIN_EDITS = 5;
const REPEATS = 7;
/** The size (MB) whose Letters run also times the preview after edits. */
const PREVIEW_SIZE = 1;
/** The query of `workspace/symbol`: a letter's heading, as a user looks one up. */
const WORKSPACE_SYMBOL_QUERY = 'Letter 54';
/** No diagnostics for this long after the open: the server's follow-up passes are over. */
const QUIET_MS = 1000;
/** How long to wait for the complete diagnostics after the first. */
const COMPLETE_TIMEOUT_MS = 300_000;
/** The diagnostic codes only the dictionary brings, found in {@link dictionaryCodes}. */
let dictionaryOnlyCodes: ReadonlySet<string> = new Set();
/** `--profile <dir>`: the Letters server writes a CPU profile (`node --cpu-prof`) there when it exits. */
const PROFILE = option('profile', '');
/** `--server <path>`: the Letters server to time instead of this build's (an earlier build, side by side). */
const letters = lettersServer(PROFILE, option('server', '') || undefined);
const markdown = markdownServer;
/**
 * `--files 12,60,300`: the editions of many files of about 90 KB each (issue 27); `--long` adds 600
 * files; `--files ''` measures none. `--markdown-files` likewise for the Markdown server.
 */
const LONG = process.argv.includes('--long');
const FILES = [
  ...option('files', '12,60,300').split(',').filter(Boolean).map(Number),
  ...(LONG ? [600] : []),
];
const MARKDOWN_FILES = [
  ...option('markdown-files', '12,60,300').split(',').filter(Boolean).map(Number),
  ...(LONG ? [600] : []),
];
/** The sample's registers, copied into each workspace folder unless `--no-registers`. */
const REGISTERS = process.argv.includes('--no-registers')
  ? []
  : readdirSync(path.join(ROOT, 'samples'))
      .filter((name) => /^stalin-molotov-1926\.(persons|places|organisations|terms)\.json$/.test(name))
      .map((name) => path.join(ROOT, 'samples', name));

/** The preview's answers after one-character edits (`letters/preview`), Letters only. */
interface PreviewFigures {
  /** Median milliseconds of the request after an edit, proof mode off and on. */
  plain: number;
  proof: number;
  /** Size of the last answer's HTML (bytes) and its proof marks. */
  htmlBytes: number;
  marks: number;
}

/** One server's figures on one edition; undefined where the server lacks the feature. */
interface Figures {
  /** `didOpen` → the first diagnostics of version 1 (Letters: pushed; Markdown: pulled). */
  openFirst: number;
  /**
   * `didOpen` → the first diagnostics that include the findings of the dictionary (Letters);
   * the Markdown server's pulled diagnostics are complete at once. Undefined when never seen.
   */
  openComplete: number | undefined;
  edit: number;
  editMax: number;
  /** How many edits were timed: {@link EDITS}, fewer when they ran out of {@link EDIT_BUDGET_MS}. */
  editCount: number;
  symbols: number;
  folding: number | undefined;
  workspaceSymbols: number | undefined;
  /** How many symbols `workspace/symbol` answered for {@link WORKSPACE_SYMBOL_QUERY}. */
  workspaceSymbolCount: number | undefined;
  hover: number | undefined;
  definition: number | undefined;
  /** The Registers view's request (`letters/registers`), Letters only. */
  registers: number | undefined;
  /** The edited document's diagnostics after the last edit: how many, bytes of JSON, ms to stringify and parse. */
  diagnosticsCount: number;
  diagnosticsBytes: number;
  diagnosticsJson: number;
  preview: PreviewFigures | undefined;
  /** The server's peak resident memory (VmHWM) after the measures above, the preview's excepted. */
  memory: number;
}

/** The workspace folder of one server on one edition: beside the edition, holding the registers. */
function workspaceFolder(folder: string, name: string): string {
  const workspace = path.join(folder, `workspace-${name}`);
  mkdirSync(workspace);
  for (const register of REGISTERS) copyFileSync(register, path.join(workspace, path.basename(register)));
  return workspace;
}

async function measure(
  subject: Subject,
  folder: string,
  file: string,
  text: string,
  at: ReturnType<typeof middleMarker>,
  withPreview: boolean,
): Promise<Figures> {
  writeFileSync(file, text);
  const uri = pathToFileURL(file).toString();
  const session = await subject.start(workspaceFolder(folder, path.basename(file)));
  try {
    const opened = await timeOpen(subject, session, uri, text);
    // Edits are timed once the server is done with the open: its workspace pass and the
    // republish after the dictionary would otherwise land on one of them.
    await session.quiet(QUIET_MS);
    const edits: number[] = [];
    let received: unknown;
    const editsStarted = performance.now();
    const withinBudget = () => performance.now() - editsStarted < EDIT_BUDGET_MS;
    for (let index = 0; index < EDITS && (index < MIN_EDITS || withinBudget()); index++) {
      const { version, send } = typeCharacter(session, uri, at.middle, index);
      edits.push(
        await time(async () => {
          const pushed = session.pushedDiagnostics(uri, version);
          pushed.catch(() => undefined);
          await send();
          received = await subject.diagnostics(session, uri, version, pushed);
        }),
      );
    }
    const protocol = protocolShare(received);
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
    const folding = session.capabilities.foldingRangeProvider
      ? await request('textDocument/foldingRange', { textDocument })
      : undefined;
    const query = { query: WORKSPACE_SYMBOL_QUERY };
    const workspaceSymbols = session.capabilities.workspaceSymbolProvider
      ? await request('workspace/symbol', query)
      : undefined;
    const workspaceSymbolCount = session.capabilities.workspaceSymbolProvider
      ? ((await session.connection.sendRequest('workspace/symbol', query)) as unknown[] | null)?.length
      : undefined;
    const hover = session.capabilities.hoverProvider
      ? await request('textDocument/hover', { textDocument, position })
      : undefined;
    const definition = session.capabilities.definitionProvider
      ? await request('textDocument/definition', { textDocument, position })
      : undefined;
    const registers = subject === letters ? await request(LettersRequests.registers, {}) : undefined;
    const memory = session.peakMemory();
    const preview =
      withPreview && subject === letters ? await timePreview(session, uri, at.middle) : undefined;
    return {
      ...opened,
      edit: median(edits),
      editMax: Math.max(...edits),
      editCount: edits.length,
      symbols,
      folding,
      workspaceSymbols,
      workspaceSymbolCount,
      hover,
      definition,
      registers,
      ...protocol,
      preview,
      memory,
    };
  } finally {
    await session.stop();
  }
}

/**
 * Opens the edition and times its diagnostics: the first (version 1), and for Letters the first
 * that carry the dictionary's findings.
 */
async function timeOpen(
  subject: Subject,
  session: Session,
  uri: string,
  text: string,
): Promise<Pick<Figures, 'openFirst' | 'openComplete'>> {
  const started = process.hrtime.bigint();
  const since = (at: bigint) => Number(at - started) / 1e6;
  const pushed = session.pushedDiagnostics(uri, 1);
  pushed.catch(() => undefined); // a pull server never pushes
  const complete =
    subject.completesLater && dictionaryOnlyCodes.size > 0
      ? session.published(
          (params) =>
            params.uri === uri &&
            params.diagnostics.some((item) => dictionaryOnlyCodes.has(String(item.code))),
          COMPLETE_TIMEOUT_MS,
          'no diagnostics with the dictionary’s findings',
        )
      : undefined;
  complete?.catch(() => undefined);
  await session.open(uri, subject.languageId, text);
  await subject.diagnostics(session, uri, 1, pushed);
  if (!subject.completesLater) {
    const pulled = since(process.hrtime.bigint());
    return { openFirst: pulled, openComplete: pulled };
  }
  const first = await pushed;
  const arrival = await complete?.catch(() => undefined);
  return { openFirst: since(first.at), openComplete: arrival ? since(arrival.at) : undefined };
}

/**
 * The protocol's part of an edit: the edited document's diagnostics as the client received them
 * after the last edit, their size as JSON and the time to write and read that JSON once (the
 * server writes it, the client reads it on every change).
 */
function protocolShare(
  received: unknown,
): Pick<Figures, 'diagnosticsCount' | 'diagnosticsBytes' | 'diagnosticsJson'> {
  const items = (received as { diagnostics?: unknown[]; items?: unknown[] } | undefined) ?? {};
  const timings: number[] = [];
  let bytes = 0;
  for (let index = 0; index < REPEATS; index++) {
    const started = performance.now();
    const json = JSON.stringify(received);
    JSON.parse(json);
    timings.push(performance.now() - started);
    bytes = Buffer.byteLength(json);
  }
  return {
    diagnosticsCount: (items.diagnostics ?? items.items ?? []).length,
    diagnosticsBytes: bytes,
    diagnosticsJson: median(timings),
  };
}

/**
 * The preview's update after an edit (`letters/preview`, as the preview asks 300 ms after the last
 * key): each edit's diagnostics are awaited first, untimed, then the request is timed.
 */
async function timePreview(session: Session, uri: string, offset: number): Promise<PreviewFigures> {
  const medians: number[] = [];
  let last: LetterPreview | null = null;
  for (const proof of [false, true]) {
    const timings: number[] = [];
    for (let index = 0; index < EDITS; index++) {
      const { version, send } = typeCharacter(session, uri, offset, index);
      const pushed = session.pushedDiagnostics(uri, version);
      await send();
      await pushed;
      const params: PreviewParams = { textDocument: { uri }, proof };
      timings.push(
        await time(async () => {
          last = (await session.connection.sendRequest(
            LettersRequests.preview,
            params,
          )) as LetterPreview | null;
        }),
      );
    }
    medians.push(median(timings));
  }
  const answer = last as LetterPreview | null;
  return {
    plain: medians[0]!,
    proof: medians[1]!,
    htmlBytes: Buffer.byteLength(answer?.html ?? ''),
    marks: answer?.proof.length ?? 0,
  };
}

function ms(value: number | undefined): string {
  if (value === undefined) return 'n/a';
  return value < 10 ? value.toFixed(2) : value.toFixed(0);
}

function kilobytes(value: number | undefined): string {
  return value === undefined ? 'n/a' : `${(value / 1024).toFixed(0)} KB`;
}

function megabytes(value: number, text: number): string {
  return `${(value / MB).toFixed(0)} (${(value / text).toFixed(1)}×)`;
}

function ratio(ours: number | undefined, theirs: number | undefined): string {
  if (ours === undefined || theirs === undefined) return 'n/a';
  return `${(theirs / ours).toFixed(theirs / ours < 10 ? 1 : 0)}×`;
}

/** A target of issue 19 and whether this run met it. */
interface Verdict {
  /** The target as the table prints it, e.g. `≤ 0.05× markdown`. */
  target: string;
  /** The figure compared with it, e.g. `0.80×`; undefined when this run could not compare. */
  value: string | undefined;
  met: boolean;
}

/** A target on the Letters figure divided by the Markdown one (lower is better for Letters). */
function againstMarkdown(limit: number, ours: number | undefined, theirs: number | undefined): Verdict {
  const target = `≤ ${limit}× markdown`;
  if (ours === undefined || theirs === undefined) return { target, value: undefined, met: false };
  const share = ours / theirs;
  return { target, value: `${share.toFixed(share < 0.1 ? 3 : 2)}×`, met: share <= limit };
}

function verdictText(verdict: Verdict | undefined): string {
  if (!verdict) return '';
  if (verdict.value === undefined) return `${verdict.target}: n/a (not measured in this run)`;
  return `${verdict.target}: ${verdict.met ? '**met**' : '**not met**'} (${verdict.value})`;
}

/** One line of the table: a measure of both servers, how to print it, and its target if any. */
interface Row {
  measure: string;
  ours: number | undefined;
  theirs: number | undefined;
  format: (value: number | undefined) => string;
  verdict?: Verdict | undefined;
}

/**
 * The table's rows for one size; `fiveMb` is the 5 MB run's Letters figures, for the growth
 * target; `republishMs` the in-process time of the republish after the dictionary (`memory.ts`).
 */
function rowsOf(
  size: number,
  bytes: number,
  ours: Figures,
  theirs: Figures | undefined,
  fiveMb: Figures | undefined,
  republishMs: number,
): Row[] {
  const at5 = size === 5;
  const at50 = size === 50;
  const withinMs = (limit: number, value: number | undefined): Verdict => ({
    target: `≤ ${limit} ms`,
    value: value === undefined ? undefined : `${ms(value)} ms`,
    met: value !== undefined && value <= limit,
  });
  const memory = (value: number | undefined) => (value === undefined ? 'n/a' : megabytes(value, bytes));
  const rows: Row[] = [
    {
      measure: 'open → first diagnostics',
      ours: ours.openFirst,
      theirs: theirs?.openFirst,
      format: ms,
      verdict: at5 ? againstMarkdown(0.05, ours.openFirst, theirs?.openFirst) : undefined,
    },
    {
      measure: 'open → complete diagnostics (dictionary loaded)',
      ours: ours.openComplete,
      theirs: theirs?.openComplete,
      format: ms,
    },
    {
      measure: 'dictionary republish (in process: re-check and diagnostics)',
      ours: republishMs,
      theirs: undefined,
      format: ms,
    },
    {
      measure: 'edit → diagnostics (median)',
      ours: ours.edit,
      theirs: theirs?.edit,
      format: ms,
      verdict: at5
        ? againstMarkdown(0.02, ours.edit, theirs?.edit)
        : at50
          ? {
              target: '≤ 2× the 5 MB median',
              value: fiveMb ? `${(ours.edit / fiveMb.edit).toFixed(2)}×` : undefined,
              met: fiveMb !== undefined && ours.edit <= 2 * fiveMb.edit,
            }
          : undefined,
    },
    { measure: 'edit → diagnostics (max)', ours: ours.editMax, theirs: theirs?.editMax, format: ms },
    {
      measure: 'edited document’s diagnostics (JSON)',
      ours: ours.diagnosticsBytes,
      theirs: theirs?.diagnosticsBytes,
      format: kilobytes,
    },
    {
      measure: 'edited document’s diagnostics (JSON.stringify + parse)',
      ours: ours.diagnosticsJson,
      theirs: theirs?.diagnosticsJson,
      format: ms,
    },
    {
      measure: 'document symbols',
      ours: ours.symbols,
      theirs: theirs?.symbols,
      format: ms,
      verdict: at5 ? againstMarkdown(0.5, ours.symbols, theirs?.symbols) : undefined,
    },
    { measure: 'folding ranges', ours: ours.folding, theirs: theirs?.folding, format: ms },
    {
      measure: `workspace symbols ("${WORKSPACE_SYMBOL_QUERY}")`,
      ours: ours.workspaceSymbols,
      theirs: theirs?.workspaceSymbols,
      format: ms,
    },
    {
      measure: 'hover',
      ours: ours.hover,
      theirs: theirs?.hover,
      format: ms,
      verdict: at50 ? withinMs(5, ours.hover) : undefined,
    },
    {
      measure: 'definition',
      ours: ours.definition,
      theirs: theirs?.definition,
      format: ms,
      verdict: at50 ? withinMs(5, ours.definition) : undefined,
    },
    { measure: 'registers view (letters/registers)', ours: ours.registers, theirs: undefined, format: ms },
    {
      measure: 'peak memory (MB, × text)',
      ours: ours.memory,
      theirs: theirs?.memory,
      format: memory,
      verdict:
        at5 || at50
          ? {
              target: '≤ 10× text',
              value: `${(ours.memory / bytes).toFixed(1)}×`,
              met: ours.memory <= 10 * bytes,
            }
          : undefined,
    },
  ];
  if (ours.preview) {
    rows.push(
      {
        measure: 'preview after an edit (letters/preview)',
        ours: ours.preview.plain,
        theirs: undefined,
        format: ms,
      },
      {
        measure: 'preview after an edit, proof mode',
        ours: ours.preview.proof,
        theirs: undefined,
        format: ms,
      },
    );
  }
  return rows;
}

/** Prints a row; `compared` when the Markdown server ran at this size. */
function printRow(size: number, row: Row, compared: boolean): void {
  const theirs = compared ? row.format(row.theirs) : '—';
  const share = compared ? ratio(row.ours, row.theirs) : '—';
  console.log(
    `| ${size} MB | ${row.measure} | ${row.format(row.ours)} | ${theirs} | ${share} | ${verdictText(row.verdict)} |`,
  );
}

async function main(): Promise<void> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'letters-bench-'));
  const started = performance.now();
  console.log(
    `# Benchmark: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / MB / 1024)} GB, Node ${process.version}`,
  );
  console.log(
    `editions in ${folder}; ${EDITS} edits (fewer, at least ${MIN_EDITS}, once they took ${EDIT_BUDGET_MS / 1000} s), ` +
      `requests repeated ${REPEATS}× (medians, ms)`,
  );
  console.log(
    `registers: ${REGISTERS.length > 0 ? REGISTERS.map((file) => path.basename(file)).join(', ') : 'none'}`,
  );
  dictionaryOnlyCodes = await dictionaryCodes();
  console.log(
    `complete diagnostics: the first publish with ${[...dictionaryOnlyCodes].join(' or ') || '(no dictionary code found: not measured)'}`,
  );
  const idle = await idleMemory(folder);
  console.log(
    `load average at start: ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(', ')}\n`,
  );
  console.log('| size | measure | letters | markdown | markdown / letters | target |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  const results: { size: number; bytes: number; ours: Figures; theirs?: Figures; memory: ComponentMemory }[] =
    [];
  const verdicts: { size: number; measure: string; verdict: Verdict }[] = [];
  try {
    for (const size of SIZES) {
      const text = lettersEdition(size * MB);
      const at = middleMarker(text);
      const file = path.join(folder, `edition-${size}mb.letters`);
      const ours = await measure(letters, folder, file, text, at, size === PREVIEW_SIZE);
      let theirs: Figures | undefined;
      if (MARKDOWN_SIZES.includes(size)) {
        const md = markdownEdition(text);
        const mdAt = markdownPositions(text, md, at);
        theirs = await measure(markdown, folder, path.join(folder, `edition-${size}mb.md`), md, mdAt, false);
      }
      const bytes = Buffer.byteLength(text);
      const fiveMb = results.find((result) => result.size === 5)?.ours;
      const memory = componentMemoryOf(size);
      for (const row of rowsOf(size, bytes, ours, theirs, fiveMb, memory.republishMs)) {
        printRow(size, row, theirs !== undefined);
        if (row.verdict) verdicts.push({ size, measure: row.measure, verdict: row.verdict });
      }
      const inProcess: [string, number][] = [
        ['TEI export (parse and write, in process)', timeTeiExport(text)],
      ];
      for (const [measure, value] of inProcess)
        console.log(`| ${size} MB | ${measure} | ${ms(value)} | — | — | |`);
      // The site of a 50 MB edition is half a gigabyte of pages; the website's figures are at 5 MB.
      if (size <= SITE_MAX_SIZE)
        for (const [measure, value] of siteRows(await siteFigures(text)))
          console.log(`| ${size} MB | ${measure} | ${value} | — | — | |`);
      results.push({ size, bytes, ours, theirs, memory });
    }
    const first = results[0];
    const last = results[results.length - 1];
    if (first && last && first !== last) {
      console.log(
        `\nedit → diagnostics growth ${first.size} MB → ${last.size} MB: ${(last.ours.edit / first.ours.edit).toFixed(2)}×`,
      );
    }
    printNotes(results);
    const manyFiles: ManyFilesResult[] = [];
    for (const count of FILES) {
      const ours = await measureManyFiles(letters, folder, count, REGISTERS);
      const theirs = MARKDOWN_FILES.includes(count)
        ? await measureManyFiles(markdown, folder, count, REGISTERS)
        : undefined;
      manyFiles.push({ ours, theirs });
    }
    if (manyFiles.length > 0) printManyFiles(manyFiles);
    console.log('\n## Targets of issue 19 in this run\n');
    if (verdicts.length === 0) console.log('none at these sizes (they are at 5 and 50 MB)');
    for (const { size, measure, verdict } of verdicts)
      console.log(`- ${size} MB, ${measure}: ${verdictText(verdict)}`);
    for (const result of results) printComponentMemory(result.size, result.memory, idle, result.ours.memory);
    console.log(
      `\nwall time ${((performance.now() - started) / 1000).toFixed(0)} s; load average at end: ${os
        .loadavg()
        .map((load) => load.toFixed(1))
        .join(', ')}`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** What the table's figures rest on: counts of diagnostics and symbols, the preview's answer. */
function printNotes(results: readonly { size: number; ours: Figures; theirs?: Figures }[]): void {
  console.log('');
  for (const { size, ours, theirs } of results) {
    const counts = (figures: Figures) =>
      `${figures.diagnosticsCount} diagnostics, ${figures.workspaceSymbolCount ?? 'n/a'} workspace symbols, ` +
      `${figures.editCount} edits timed`;
    console.log(`${size} MB: letters ${counts(ours)}${theirs ? `; markdown ${counts(theirs)}` : ''}`);
    if (ours.preview)
      console.log(
        `${size} MB: preview answer ${kilobytes(ours.preview.htmlBytes)} of HTML, ${ours.preview.marks} proof marks`,
      );
  }
}

/** The second table of a size: what each component of the state adds to the heap. */
function printComponentMemory(size: number, memory: ComponentMemory, idle: number, peak: number): void {
  const text = memory.textBytes;
  console.log(`\n### Memory by component, ${size} MB (in process, heapUsed after a full GC)\n`);
  console.log('| component | MB | × text | step time (ms) |');
  console.log('| --- | --- | --- | --- |');
  const row = (component: string, bytes: number, time?: number) =>
    console.log(
      `| ${component} | ${(bytes / MB).toFixed(1)} | ${(bytes / text).toFixed(2)}× | ${time === undefined ? '' : ms(time)} |`,
    );
  for (const step of memory.steps) row(step.component, step.bytes, step.ms);
  row(
    'sum of the components',
    memory.steps.reduce((sum, step) => sum + step.bytes, 0),
  );
  row('process heap after the steps (heapUsed)', memory.heapUsed);
  row('process resident after the steps (rss)', memory.rss);
  row('server idle, no document open (VmHWM)', idle);
  row('server peak over LSP (VmHWM, first table)', peak);
}

/**
 * The diagnostic codes that only the dictionary brings: those of the sample's problems with the
 * dictionary loaded that are absent without it (the sample's registers loaded both times, as in
 * the servers' workspaces). The bench editions are copies of the sample, so a publish with one of
 * these codes is a publish made after the dictionary arrived. Call before anything else in this
 * process loads the dictionary.
 */
async function dictionaryCodes(): Promise<Set<string>> {
  const codesOfSample = () => {
    const workspace = new Edition();
    const registers = workspace.registers;
    for (const file of REGISTERS) {
      const uri = pathToFileURL(path.join(ROOT, 'bench', path.basename(file))).toString();
      const body = readFileSync(file, 'utf8');
      if (!registers.set(uri, body)) workspace.registers.set(uri, body);
    }
    const model = workspace.set('file:///bench/sample.letters', 1, readFileSync(SAMPLE, 'utf8'));
    return new Set(documentProblems(model, workspace).map((problem) => problem.code));
  };
  const without = codesOfSample();
  if (!(await loadEnglishDictionary())) return new Set();
  return new Set([...codesOfSample()].filter((code) => !without.has(code)));
}

/**
 * The Letters server's peak resident memory with no document open, once it has read its
 * workspace (the registers) and loaded its dictionary: its resident memory stops growing.
 */
async function idleMemory(folder: string): Promise<number> {
  const session = await letters.start(workspaceFolder(folder, 'idle'));
  try {
    await session.connection.sendRequest('workspace/symbol', { query: WORKSPACE_SYMBOL_QUERY });
    let peak = session.peakMemory();
    for (let steady = 0, waited = 0; steady < 1000 && waited < 10_000; waited += 200) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const now = session.peakMemory();
      steady = now === peak ? steady + 200 : 0;
      peak = now;
    }
    return peak;
  } finally {
    await session.stop();
  }
}

/** {@link componentMemory} of one size, in a child process with a heap of its own and `--expose-gc`. */
function componentMemoryOf(size: number): ComponentMemory {
  const child = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--require',
      'tsx/cjs',
      path.join(__dirname, 'memory.ts'),
      '--size',
      String(size),
      ...(REGISTERS.length > 0 ? [] : ['--no-registers']),
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * MB },
  );
  if (child.status !== 0) throw new Error(`memory.ts --size ${size} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as ComponentMemory;
}

/** Milliseconds to parse an edition and write it as TEI, without the server. */
function timeTeiExport(text: string): number {
  const started = performance.now();
  const workspace = new Edition();
  workspace.set('file:///bench.letters', 0, text);
  exportTei(readEdition(workspace), { title: 'Benchmark', source: undefined });
  return performance.now() - started;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
