/**
 * The bench's report of the single-file editions: the table's rows of one size (each measure of
 * both servers with the target of issue 19 where it has one, and whether this run met it), the
 * notes on what the figures rest on, and the table of memory by component; the figures' formats.
 */
import type { ComponentMemory } from './memory';
import { WORKSPACE_SYMBOL_QUERY, type Figures } from './singleFile';

const MB = 1024 * 1024;

/** Milliseconds as the tables print them: two decimals under 10 ms; `n/a` when not measured. */
export function ms(value: number | undefined): string {
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
export interface Verdict {
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

/** A verdict as the table and the list of targets print it. */
export function verdictText(verdict: Verdict | undefined): string {
  if (!verdict) return '';
  if (verdict.value === undefined) return `${verdict.target}: n/a (not measured in this run)`;
  return `${verdict.target}: ${verdict.met ? '**met**' : '**not met**'} (${verdict.value})`;
}

/** One line of the table: a measure of both servers, how to print it, and its target if any. */
export interface Row {
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
export function rowsOf(
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
export function printRow(size: number, row: Row, compared: boolean): void {
  const theirs = compared ? row.format(row.theirs) : '—';
  const share = compared ? ratio(row.ours, row.theirs) : '—';
  console.log(
    `| ${size} MB | ${row.measure} | ${row.format(row.ours)} | ${theirs} | ${share} | ${verdictText(row.verdict)} |`,
  );
}

/** What the table's figures rest on: counts of diagnostics and symbols, the preview's answer. */
export function printNotes(results: readonly { size: number; ours: Figures; theirs?: Figures }[]): void {
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
export function printComponentMemory(
  size: number,
  memory: ComponentMemory,
  idle: number,
  peak: number,
): void {
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
