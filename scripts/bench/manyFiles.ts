/**
 * The edition at scale (issue 27): an edition kept as many files of about 90 KB each in one
 * workspace folder with the registers, beside the same edition as Markdown files for VS Code's
 * Markdown server. The middle file is opened, as an editor opens one file of a large edition, and
 * timed: its first and its settled diagnostics, a hover and a definition sent right after the open,
 * edits (while the server's background work runs, and once it has settled), references and
 * workspace symbols across every file, the server's peak memory.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { manyFilesEdition, markdownEdition, markdownPositions, middleMarker } from './edition';
import { median, time, type Session } from './lsp';
import { typeCharacter, type Subject } from './servers';

/** One server's figures on an edition of many files. */
export interface ManyFilesFigures {
  files: number;
  /** Bytes of all the files together. */
  bytes: number;
  /** `didOpen` of the middle file → its first diagnostics. */
  openFirst: number;
  /**
   * `didOpen` → the opened file's last publish before the server settled: its reported work (the
   * reading of the other files, the dictionary) over and no publish after it (what needs the other files).
   */
  openSettled: number;
  /** A hover (a person for Letters, a marker's link for Markdown) sent right after `didOpen` → its answer. */
  hoverAfterOpen: number;
  /** A definition on a note marker sent right after `didOpen` → its answer. */
  definitionAfterOpen: number;
  /** Edit → the edited file's diagnostics, median and maximum, once the server has settled. */
  edit: number;
  editMax: number;
  /**
   * Edit → diagnostics, median, right after the open while the server reads the other files and
   * checks them against the dictionary (background work in slices).
   */
  editDuringRead: number;
  /**
   * Edit → diagnostics, median, right after a change to the persons register (Letters only), while
   * the server checks every file again against the changed names.
   */
  editAfterRegisterChange: number;
  /**
   * `textDocument/references` across the edition of what an editor links to: a note (its markers
   * and cross-references) for Letters, the letter's heading (its links) for Markdown.
   */
  references: number;
  referenceCount: number;
  /** `textDocument/references` of a person named in every letter (Letters only: tens of thousands). */
  personReferences: number;
  personReferenceCount: number;
  workspaceSymbols: number;
  workspaceSymbolCount: number;
  /** Peak resident memory of the server (VmHWM). */
  memory: number;
}

/**
 * How long without any publish or progress event, once the server's reported work has ended, counts
 * as the server having settled after the open (the publishes that follow the work).
 */
const QUIET_MS = 1500;
/** How long the server may take to settle after the open before the run fails. */
const SETTLE_TIMEOUT_MS = 300_000;
const EDITS = 8;
/** Edits timed while background work runs, after the open and after a register change. */
const EDITS_DURING_WORK = 4;
const REPEATS = 3;
/** A registered person the sample names in every letter's neighbourhood. */
const PERSON = 'Zinoviev';

/**
 * Writes the edition of `count` files for `subject` into a folder of its own under `root` (with
 * the `registers` for Letters), starts the server on it and times it.
 */
export async function measureManyFiles(
  subject: Subject,
  root: string,
  count: number,
  registers: readonly string[],
): Promise<ManyFilesFigures> {
  const folder = path.join(root, `files-${count}-${subject.name}`);
  mkdirSync(folder, { recursive: true });
  const files = manyFilesEdition(count);
  const isMarkdown = subject.languageId === 'markdown';
  let bytes = 0;
  for (const file of files) {
    const text = isMarkdown ? markdownEdition(file.text) : file.text;
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(folder, isMarkdown ? file.name.replace(/\.letters$/, '.md') : file.name), text);
  }
  if (!isMarkdown)
    for (const register of registers) copyFileSync(register, path.join(folder, path.basename(register)));

  const middle = files[Math.floor(count / 2)]!;
  const lettersAt = middleMarker(middle.text);
  const text = isMarkdown ? markdownEdition(middle.text) : middle.text;
  const at = isMarkdown ? markdownPositions(middle.text, text, lettersAt) : lettersAt;
  const uri = pathToFileURL(
    path.join(folder, isMarkdown ? middle.name.replace(/\.letters$/, '.md') : middle.name),
  ).toString();
  const hoverOffset = isMarkdown ? at.marker : personOffset(text, at.middle);
  const referencesOffset = isMarkdown ? headingOffset(text, at.marker) : at.marker;

  const session = await subject.start(folder);
  try {
    const started = process.hrtime.bigint();
    const since = (at: bigint) => Number(at - started) / 1e6;
    const pushed = session.pushedDiagnostics(uri, 1);
    pushed.catch(() => undefined);
    await session.open(uri, subject.languageId, text);
    const textDocument = { uri };
    const hover = time(() =>
      session.connection.sendRequest('textDocument/hover', {
        textDocument,
        position: session.position(uri, hoverOffset),
      }),
    );
    const definition = time(() =>
      session.connection.sendRequest('textDocument/definition', {
        textDocument,
        position: session.position(uri, at.marker),
      }),
    );
    await subject.diagnostics(session, uri, 1, pushed);
    const openFirst = isMarkdown ? since(process.hrtime.bigint()) : since((await pushed).at);
    const [hoverAfterOpen, definitionAfterOpen] = await Promise.all([hover, definition]);
    const duringRead = await timedEdits(subject, session, uri, at.middle, EDITS_DURING_WORK);
    await session.settled(QUIET_MS, subject.progressesAfterStart, SETTLE_TIMEOUT_MS);
    const arrivals = session.publishedAt.get(uri) ?? [];
    const openSettled = isMarkdown ? openFirst : since(arrivals[arrivals.length - 1] ?? started);

    const edits = await timedEdits(subject, session, uri, at.middle, EDITS);
    const references = await repeated(session, 'textDocument/references', {
      textDocument,
      position: session.position(uri, referencesOffset),
      context: { includeDeclaration: false },
    });
    const personReferences = isMarkdown
      ? { ms: Number.NaN, count: 0 }
      : await repeated(session, 'textDocument/references', {
          textDocument,
          position: session.position(uri, hoverOffset),
          context: { includeDeclaration: false },
        });
    const symbols = await repeated(session, 'workspace/symbol', { query: 'Letter 54' });
    const afterRegisterChange = isMarkdown
      ? [Number.NaN]
      : await editsAfterRegisterChange(subject, session, folder, uri, at.middle);
    return {
      files: count,
      bytes,
      openFirst,
      openSettled,
      hoverAfterOpen,
      definitionAfterOpen,
      edit: median(edits),
      editMax: Math.max(...edits),
      editDuringRead: median(duringRead),
      editAfterRegisterChange: median(afterRegisterChange),
      references: references.ms,
      referenceCount: references.count,
      personReferences: personReferences.ms,
      personReferenceCount: personReferences.count,
      workspaceSymbols: symbols.ms,
      workspaceSymbolCount: symbols.count,
      memory: session.peakMemory(),
    };
  } finally {
    await session.stop();
  }
}

/** Edit → the edited file's diagnostics, `count` times in a row (a character typed, then deleted). */
async function timedEdits(
  subject: Subject,
  session: Session,
  uri: string,
  offset: number,
  count: number,
): Promise<number[]> {
  const edits: number[] = [];
  for (let index = 0; index < count; index++) {
    const { version, send } = typeCharacter(session, uri, offset, index);
    edits.push(
      await time(async () => {
        const published = session.pushedDiagnostics(uri, version);
        published.catch(() => undefined);
        await send();
        await subject.diagnostics(session, uri, version, published);
      }),
    );
  }
  return edits;
}

/**
 * Opens the persons register as an editor does and adds a person to it, then times edits of the
 * letters file at once: the server checks every file again against the changed names meanwhile.
 */
async function editsAfterRegisterChange(
  subject: Subject,
  session: Session,
  folder: string,
  uri: string,
  offset: number,
): Promise<number[]> {
  const file = path.join(folder, 'stalin-molotov-1926.persons.json');
  const registerUri = pathToFileURL(file).toString();
  await session.open(registerUri, 'json', readFileSync(file, 'utf8'));
  const entryAt = session.documents.get(registerUri)!.text.indexOf('"persons": [') + '"persons": ['.length;
  const entry = '\n    { "id": "benchperson", "name": "Benchperson, Ivan" },';
  await session.prepareEdit(registerUri, entryAt, entryAt, entry)();
  return timedEdits(subject, session, uri, offset, EDITS_DURING_WORK);
}

/** The median time of a request sent {@link REPEATS} times, and how many items it answered. */
async function repeated(
  session: Session,
  method: string,
  params: object,
): Promise<{ ms: number; count: number }> {
  const timings: number[] = [];
  let count = 0;
  for (let index = 0; index < REPEATS; index++) {
    let answer: unknown;
    timings.push(await time(async () => (answer = await session.connection.sendRequest(method, params))));
    count = Array.isArray(answer) ? answer.length : 0;
  }
  return { ms: median(timings), count };
}

/** Offset of {@link PERSON} in the letter around `near` (the first mention after it, or before it). */
function personOffset(text: string, near: number): number {
  const after = text.indexOf(PERSON, near);
  const found = after >= 0 ? after : text.lastIndexOf(PERSON, near);
  if (found < 0) throw new Error(`no mention of ${PERSON} in the bench file`);
  return found + 1;
}

/** Offset of the Markdown heading (`# Letter N`) of the letter holding `offset`. */
function headingOffset(text: string, offset: number): number {
  const heading = text.lastIndexOf('\n# ', offset);
  return heading < 0 ? 0 : heading + 3;
}

/** One edition size's figures of both servers (Markdown's missing where it did not run). */
export interface ManyFilesResult {
  ours: ManyFilesFigures;
  theirs: ManyFilesFigures | undefined;
}

/** Prints the many-files table with the targets of issue 27 and whether this run met them. */
export function printManyFiles(results: readonly ManyFilesResult[]): void {
  const smallest = results[0]?.ours;
  console.log('\n## An edition of many files (issue 27)\n');
  console.log('| files (size) | measure | letters | markdown | letters / markdown | target |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  const format = (value: number | undefined) =>
    value === undefined ? 'n/a' : value < 10 ? value.toFixed(2) : value.toFixed(0);
  for (const { ours, theirs } of results) {
    const label = `${ours.files} (${(ours.bytes / 1024 / 1024).toFixed(1)} MB)`;
    const growth = (value: number, base: number | undefined) =>
      base === undefined || ours === smallest
        ? undefined
        : verdict(`≤ 2× ${smallest!.files} files`, value / base, 2);
    const versus = (limit: number, value: number, other: number | undefined) =>
      other === undefined ? undefined : verdict(`≤ ${limit}× markdown`, value / other, limit);
    const within = (limit: number, value: number) => verdict(`≤ ${limit} ms`, value, limit, ' ms');
    const rows: [string, number, number | undefined, (string | undefined)[]][] = [
      [
        'open → first diagnostics of the opened file',
        ours.openFirst,
        theirs?.openFirst,
        [
          ours.files >= 300 ? growth(ours.openFirst, smallest?.openFirst) : undefined,
          ours.files === 60 ? versus(3, ours.openFirst, theirs?.openFirst) : undefined,
        ],
      ],
      ['open → settled diagnostics of the opened file', ours.openSettled, theirs?.openSettled, []],
      [
        'hover right after open',
        ours.hoverAfterOpen,
        theirs?.hoverAfterOpen,
        [within(50, ours.hoverAfterOpen)],
      ],
      [
        'definition right after open',
        ours.definitionAfterOpen,
        theirs?.definitionAfterOpen,
        [within(50, ours.definitionAfterOpen)],
      ],
      [
        `edit → diagnostics (median of ${EDITS})`,
        ours.edit,
        theirs?.edit,
        ours.files >= 300 ? [growth(ours.edit, smallest?.edit), versus(0.5, ours.edit, theirs?.edit)] : [],
      ],
      ['edit → diagnostics (max)', ours.editMax, theirs?.editMax, []],
      [
        `edit → diagnostics while the other files are read (median of ${EDITS_DURING_WORK})`,
        ours.editDuringRead,
        theirs?.editDuringRead,
        ours.files >= 300
          ? [growth(ours.editDuringRead, smallest?.edit), versus(0.5, ours.editDuringRead, theirs?.edit)]
          : [],
      ],
      [
        `edit → diagnostics after a register change (median of ${EDITS_DURING_WORK})`,
        ours.editAfterRegisterChange,
        undefined,
        ours.files >= 300
          ? [
              growth(ours.editAfterRegisterChange, smallest?.edit),
              versus(0.5, ours.editAfterRegisterChange, theirs?.edit),
            ]
          : [],
      ],
      [
        `references of a note / a heading (${ours.referenceCount} / ${theirs?.referenceCount ?? 'n/a'})`,
        ours.references,
        theirs?.references,
        ours.files >= 300 ? [versus(0.5, ours.references, theirs?.references)] : [],
      ],
      [
        `references of a person (${ours.personReferenceCount})`,
        ours.personReferences,
        theirs?.references,
        ours.files >= 300
          ? [versus(0.5, ours.personReferences, theirs?.references), within(1000, ours.personReferences)]
          : [],
      ],
      [
        `workspace symbols (${ours.workspaceSymbolCount} / ${theirs?.workspaceSymbolCount ?? 'n/a'})`,
        ours.workspaceSymbols,
        theirs?.workspaceSymbols,
        ours.files >= 300 ? [versus(0.5, ours.workspaceSymbols, theirs?.workspaceSymbols)] : [],
      ],
    ];
    for (const [measure, value, other, targets] of rows) {
      const share = other === undefined ? '—' : `${(value / other).toFixed(2)}×`;
      const target = targets.filter((text) => text !== undefined).join('; ');
      console.log(`| ${label} | ${measure} | ${format(value)} | ${format(other)} | ${share} | ${target} |`);
    }
    const mb = (bytes: number) =>
      `${(bytes / 1024 / 1024).toFixed(0)} MB (${(bytes / ours.bytes).toFixed(0)}×)`;
    const memoryTarget =
      (ours.files === 60 || ours.files >= 300) && theirs
        ? verdict('≤ markdown', ours.memory / theirs.memory, 1, '×')
        : '';
    console.log(
      `| ${label} | peak memory | ${mb(ours.memory)} | ${theirs ? mb(theirs.memory) : 'n/a'} | ${
        theirs ? `${(ours.memory / theirs.memory).toFixed(2)}×` : '—'
      } | ${memoryTarget} |`,
    );
  }
}

/** A target's text: what it asks, whether `value` meets `limit`, and the value. */
function verdict(target: string, value: number, limit: number, unit = '×'): string {
  return `${target}: ${value <= limit ? '**met**' : '**not met**'} (${value.toFixed(unit === ' ms' ? 0 : 2)}${unit})`;
}
