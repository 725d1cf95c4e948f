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
 * This file holds the options and the order of the run; the single-file measures over LSP are in
 * `singleFile.ts`, those in this process in `inProcess.ts`, their table in `singleFileReport.ts`.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { siteFigures, siteRows } from './site';
import { lettersEdition, markdownEdition, markdownPositions, middleMarker } from './edition';
import { measureManyFiles, printManyFiles, type ManyFilesResult } from './manyFiles';
import { lettersServer, markdownServer, ROOT } from './servers';
import type { ComponentMemory } from './memory';
import { componentMemoryOf, dictionaryCodes, timeTeiExport } from './inProcess';
import { idleMemory, measure, MIN_EDITS, REPEATS, type Figures, type SingleFileRun } from './singleFile';
import {
  ms,
  printComponentMemory,
  printNotes,
  printRow,
  rowsOf,
  verdictText,
  type Verdict,
} from './singleFileReport';

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
/** The size (MB) whose Letters run also times the preview after edits. */
const PREVIEW_SIZE = 1;
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
  const dictionaryOnlyCodes = await dictionaryCodes(REGISTERS);
  console.log(
    `complete diagnostics: the first publish with ${[...dictionaryOnlyCodes].join(' or ') || '(no dictionary code found: not measured)'}`,
  );
  const run: SingleFileRun = {
    letters,
    edits: EDITS,
    editBudgetMs: EDIT_BUDGET_MS,
    registers: REGISTERS,
    dictionaryOnlyCodes,
  };
  const idle = await idleMemory(run, folder);
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
      const ours = await measure(run, letters, folder, file, text, at, size === PREVIEW_SIZE);
      let theirs: Figures | undefined;
      if (MARKDOWN_SIZES.includes(size)) {
        const md = markdownEdition(text);
        const mdAt = markdownPositions(text, md, at);
        theirs = await measure(
          run,
          markdown,
          folder,
          path.join(folder, `edition-${size}mb.md`),
          md,
          mdAt,
          false,
        );
      }
      const bytes = Buffer.byteLength(text);
      const fiveMb = results.find((result) => result.size === 5)?.ours;
      const memory = componentMemoryOf(size, REGISTERS.length > 0);
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

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
