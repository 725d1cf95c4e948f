/**
 * The bench's measures of one server on a single-file edition, over stdio as VS Code drives it:
 * the open (first and complete diagnostics), one-character edits, the protocol's share of an edit,
 * outline, folding, workspace symbols, hover, definition, the Registers view, peak memory, the
 * preview after edits (Letters only), and the Letters server's memory when idle.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { typeCharacter, type Subject } from './servers';
import { median, time, type Session } from './lsp';
import type { middleMarker } from './edition';
import { LettersRequests, type LetterPreview, type PreviewParams } from '../../protocol/letters';

/** The fewest edits timed, however long they take. */
export const MIN_EDITS = 5;
/** How many times each request is sent; the table gives the median. */
export const REPEATS = 7;
/** The query of `workspace/symbol`: a letter's heading, as a user looks one up. */
export const WORKSPACE_SYMBOL_QUERY = 'Letter 54';
/** No diagnostics for this long after the open: the server's follow-up passes are over. */
const QUIET_MS = 1000;
/** How long to wait for the complete diagnostics after the first. */
const COMPLETE_TIMEOUT_MS = 300_000;

/** What the bench's options and its first steps set for every single-file measure. */
export interface SingleFileRun {
  /** The Letters server (the requests and the preview only it answers are sent to it alone). */
  letters: Subject;
  /** One-character edits to time per edition (and per proof mode of the preview). */
  edits: number;
  /** Edits stop once they have taken this long, after at least {@link MIN_EDITS}. */
  editBudgetMs: number;
  /** The register files copied into each server's workspace folder. */
  registers: readonly string[];
  /** The diagnostic codes only the dictionary brings (`inProcess.ts`, `dictionaryCodes`). */
  dictionaryOnlyCodes: ReadonlySet<string>;
}

/** The preview's answers after one-character edits (`letters/preview`), Letters only. */
export interface PreviewFigures {
  /** Median milliseconds of the request after an edit, proof mode off and on. */
  plain: number;
  proof: number;
  /** Size of the last answer's HTML (bytes) and its proof marks. */
  htmlBytes: number;
  marks: number;
}

/** One server's figures on one edition; undefined where the server lacks the feature. */
export interface Figures {
  /** `didOpen` → the first diagnostics of version 1 (Letters: pushed; Markdown: pulled). */
  openFirst: number;
  /**
   * `didOpen` → the first diagnostics that include the findings of the dictionary (Letters);
   * the Markdown server's pulled diagnostics are complete at once. Undefined when never seen.
   */
  openComplete: number | undefined;
  edit: number;
  editMax: number;
  /** How many edits were timed: {@link SingleFileRun.edits}, fewer when they ran out of its budget. */
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
function workspaceFolder(run: SingleFileRun, folder: string, name: string): string {
  const workspace = path.join(folder, `workspace-${name}`);
  mkdirSync(workspace);
  for (const register of run.registers) copyFileSync(register, path.join(workspace, path.basename(register)));
  return workspace;
}

/**
 * One server's figures on one edition: `file` is written with `text` and opened in a workspace
 * folder of its own; `at` is where edits, hover and definition go; `withPreview` times the preview
 * after edits too (Letters only).
 */
export async function measure(
  run: SingleFileRun,
  subject: Subject,
  folder: string,
  file: string,
  text: string,
  at: ReturnType<typeof middleMarker>,
  withPreview: boolean,
): Promise<Figures> {
  writeFileSync(file, text);
  const uri = pathToFileURL(file).toString();
  const session = await subject.start(workspaceFolder(run, folder, path.basename(file)));
  try {
    const opened = await timeOpen(run, subject, session, uri, text);
    // Edits are timed once the server is done with the open: its workspace pass and the
    // republish after the dictionary would otherwise land on one of them.
    await session.quiet(QUIET_MS);
    const edits: number[] = [];
    let received: unknown;
    const editsStarted = performance.now();
    const withinBudget = () => performance.now() - editsStarted < run.editBudgetMs;
    for (let index = 0; index < run.edits && (index < MIN_EDITS || withinBudget()); index++) {
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
    const registers = subject === run.letters ? await request(LettersRequests.registers, {}) : undefined;
    const memory = session.peakMemory();
    const preview =
      withPreview && subject === run.letters ? await timePreview(run, session, uri, at.middle) : undefined;
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
  run: SingleFileRun,
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
    subject.completesLater && run.dictionaryOnlyCodes.size > 0
      ? session.published(
          (params) =>
            params.uri === uri &&
            params.diagnostics.some((item) => run.dictionaryOnlyCodes.has(String(item.code))),
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
async function timePreview(
  run: SingleFileRun,
  session: Session,
  uri: string,
  offset: number,
): Promise<PreviewFigures> {
  const medians: number[] = [];
  let last: LetterPreview | null = null;
  for (const proof of [false, true]) {
    const timings: number[] = [];
    for (let index = 0; index < run.edits; index++) {
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

/**
 * The Letters server's peak resident memory with no document open, once it has read its
 * workspace (the registers) and loaded its dictionary: its resident memory stops growing.
 */
export async function idleMemory(run: SingleFileRun, folder: string): Promise<number> {
  const session = await run.letters.start(workspaceFolder(run, folder, 'idle'));
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
