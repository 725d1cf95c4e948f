import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, LocationLink, SymbolInformation } from 'vscode-languageserver-protocol';
import { SAMPLE_PARTS, splitEdition, type EditionFile } from '../../scripts/splitEdition';
import { openDocument, positionOf, ROOT, SAMPLE_TEXT, startServer, type ServerSession } from './lspClient';

interface LetterSummary {
  uri: string;
  number: number;
}

const FILES = splitEdition(SAMPLE_TEXT, SAMPLE_PARTS);
const [MAY_JUNE, JULY_SEPTEMBER, OCTOBER_DECEMBER] = FILES.map((file) => file.fileName);

/** Writes the files into a new temporary folder, with the sample's registers beside them. */
function editionFolder(files: readonly EditionFile[]): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'letters-split-'));
  for (const file of files) writeFileSync(path.join(folder, file.fileName), file.text);
  for (const register of readdirSync(path.join(ROOT, 'samples')).filter((name) => name.endsWith('.json')))
    copyFileSync(path.join(ROOT, 'samples', register), path.join(folder, register));
  return folder;
}

function fileOf(folder: string, fileName: string | undefined): { uri: string; text: string } {
  const file = FILES.find((candidate) => candidate.fileName === fileName);
  if (!file) throw new Error(`no split file ${fileName}`);
  return { uri: pathToFileURL(path.join(folder, file.fileName)).toString(), text: file.text };
}

describe('protocol: the 1926 sample split into three files by month range', () => {
  let folder: string;
  let session: ServerSession;

  before(async () => {
    folder = editionFolder(FILES);
    session = await startServer(folder);
    // Navigation answers in the documents the editor has open, as when the user moves through them.
    for (const file of FILES) {
      const { uri, text } = fileOf(folder, file.fileName);
      await openDocument(session, uri, text);
      await session.diagnostics(uri);
    }
  });

  after(async () => {
    await session.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('splits at letter headings into files that join back into the sample', () => {
    assert.equal(FILES.map((file) => file.text).join(''), SAMPLE_TEXT);
    assert.deepEqual(
      FILES.map((file) => /^Letter \d+/m.exec(file.text.slice(file.text.indexOf('Letter')))?.[0]),
      ['Letter 11', 'Letter 22', 'Letter 29'],
    );
  });

  it('lists all twenty letters in number order, whatever the file names', async () => {
    const letters: LetterSummary[] = await session.connection.sendRequest('letters/letters', {});
    assert.deepEqual(
      letters.map((letter) => letter.number),
      Array.from({ length: 20 }, (_, index) => 11 + index),
    );
    const july = fileOf(folder, JULY_SEPTEMBER).uri;
    assert.deepEqual(
      letters.filter((letter) => letter.uri === july).map((letter) => letter.number),
      [22, 23, 24, 25, 26, 27, 28],
    );
  });

  it('moves to the next and previous letter across file boundaries by letter number', async () => {
    const mayJune = fileOf(folder, MAY_JUNE);
    const july = fileOf(folder, JULY_SEPTEMBER);
    const adjacent = (uri: string, text: string, needle: string, direction: 'next' | 'previous') =>
      session.connection.sendRequest<LetterSummary | null>('letters/adjacentLetter', {
        textDocument: { uri },
        position: positionOf(needle, 0, text),
        direction,
      });
    const afterTwentyOne = await adjacent(mayJune.uri, mayJune.text, '[25 June 1926]', 'next');
    assert.deepEqual([afterTwentyOne?.number, afterTwentyOne?.uri], [22, july.uri]);
    const beforeTwentyTwo = await adjacent(july.uri, july.text, '[3 August 1926]', 'previous');
    assert.deepEqual([beforeTwentyTwo?.number, beforeTwentyTwo?.uri], [21, mayJune.uri]);
  });

  it('goes from "see letter 21, note4" in letter 27 to note 4 of letter 21 in the other file', async () => {
    const july = fileOf(folder, JULY_SEPTEMBER);
    const mayJune = fileOf(folder, MAY_JUNE);
    const links: LocationLink[] = await session.connection.sendRequest('textDocument/definition', {
      textDocument: { uri: july.uri },
      position: positionOf('letter 21, note4', 'letter 21, note'.length, july.text),
    });
    assert.equal(links.length, 1);
    assert.equal(links[0]?.targetUri, mayJune.uri);
    const letter21 = mayJune.text.slice(mayJune.text.indexOf('Letter 21'));
    const noteFour = mayJune.text.indexOf('\n4.', mayJune.text.indexOf('Letter 21')) + 1;
    assert.ok(noteFour > 0 && letter21.length > 0);
    assert.equal(
      links[0]?.targetSelectionRange.start.line,
      mayJune.text.slice(0, noteFour).split('\n').length - 1,
    );
  });

  it('finds letters of every file among the workspace symbols', async () => {
    const symbols: SymbolInformation[] = await session.connection.sendRequest('workspace/symbol', {
      query: '1926',
    });
    const letterSymbols = symbols.filter((symbol) => /^Letter \d+/.test(symbol.name));
    const files = new Set(
      letterSymbols.map((symbol) => path.basename(new URL(symbol.location.uri).pathname)),
    );
    assert.deepEqual([...files].sort(), [...FILES.map((file) => file.fileName)].sort());
    assert.equal(letterSymbols.length, 20);
    assert.ok(OCTOBER_DECEMBER);
  });
});

/**
 * The next diagnostics for `uri` with a problem of `code`; rejects after 10 s, so that a test whose
 * problem never comes fails and still stops its server instead of leaving mocha waiting.
 */
function diagnosticsWith(session: ServerSession, uri: string, code: string) {
  return new Promise<Diagnostic[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${code} published for ${uri}`)), 10_000);
    void session
      .diagnostics(uri, (params) => params.diagnostics.some((diagnostic) => diagnostic.code === code))
      .then((published) => {
        clearTimeout(timer);
        resolve(published.diagnostics.filter((diagnostic) => diagnostic.code === code));
      });
  });
}

describe('protocol: sequence and chronology across the files of a split edition', () => {
  it('reports a letter missing at a file boundary on the first letter of the next file', async () => {
    // Letter 22 opens July–September; without it letter 23 follows letter 21 of May–June.
    const files = FILES.map((file) =>
      file.fileName === JULY_SEPTEMBER
        ? { ...file, text: file.text.slice(file.text.indexOf('Letter 23')) }
        : file,
    );
    const folder = editionFolder(files);
    const session = await startServer(folder);
    try {
      const july = pathToFileURL(path.join(folder, JULY_SEPTEMBER ?? '')).toString();
      const sequence = await diagnosticsWith(session, july, 'letter.sequence');
      assert.deepEqual(
        sequence.map((diagnostic) => [diagnostic.message, diagnostic.range.start.line]),
        [['Letter 23 follows letter 21; letter 22 is missing.', 0]],
      );
      const mayJune = pathToFileURL(path.join(folder, MAY_JUNE ?? '')).toString();
      assert.equal(sequence[0]?.relatedInformation?.[0]?.location.uri, mayJune);
    } finally {
      await session.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reports it again in the next file when only the digits of the last date before it are edited', async () => {
    const folder = editionFolder(FILES);
    const session = await startServer(folder);
    try {
      const july = fileOf(folder, JULY_SEPTEMBER);
      const autumn = pathToFileURL(path.join(folder, OCTOBER_DECEMBER ?? '')).toString();
      await openDocument(session, july.uri, july.text);
      await session.diagnostics(autumn);
      // The year of letter 28's date: no word, no letter or note number of the file changes.
      await session.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: july.uri, version: 2 },
        contentChanges: [{ text: july.text.replace('[23 September 1926]', '[23 September 1927]') }],
      });
      const chronology = await diagnosticsWith(session, autumn, 'date.chronology');
      assert.deepEqual(
        chronology.map((diagnostic) => diagnostic.message),
        [
          'Letter 29 is dated Sunday, 7 November 1926, earlier than letter 28 before it (Friday, 23 September 1927).',
        ],
      );
    } finally {
      await session.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reports a first letter dated before the last letter of the file before it', async () => {
    const files = FILES.map((file) =>
      file.fileName === OCTOBER_DECEMBER
        ? { ...file, text: file.text.replace('[7 November 1926]', '[7 May 1926]') }
        : file,
    );
    const folder = editionFolder(files);
    const session = await startServer(folder);
    try {
      const autumn = pathToFileURL(path.join(folder, OCTOBER_DECEMBER ?? '')).toString();
      const chronology = await diagnosticsWith(session, autumn, 'date.chronology');
      assert.deepEqual(
        chronology.map((diagnostic) => diagnostic.message),
        [
          'Letter 29 is dated Friday, 7 May 1926, earlier than letter 28 before it (Thursday, 23 September 1926).',
        ],
      );
      const july = pathToFileURL(path.join(folder, JULY_SEPTEMBER ?? '')).toString();
      assert.equal(chronology[0]?.relatedInformation?.[0]?.location.uri, july);
    } finally {
      await session.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

/** The problems `letters-check --format json` reports for `target`. */
function checkReport(
  target: string,
): { file: string; line: number; column: number; code: string; message: string }[] {
  const output = execFileSync(
    process.execPath,
    [path.join(ROOT, 'bin', 'letters-check.js'), '--format', 'json', '--exit-zero', target],
    {
      encoding: 'utf8',
    },
  );
  return JSON.parse(output).problems;
}

describe('letters-check on a folder of the split files', () => {
  // Text damage weighs a word by how often the whole edition uses it, so it is compared too.
  it('reports the same problems, text damage included, at the same places, as on the single sample', () => {
    const single = mkdtempSync(path.join(tmpdir(), 'letters-single-'));
    const split = editionFolder(FILES);
    try {
      writeFileSync(path.join(single, 'stalin-molotov-1926.letters'), SAMPLE_TEXT);
      for (const register of readdirSync(split).filter((name) => name.endsWith('.json')))
        copyFileSync(path.join(split, register), path.join(single, register));
      // A line of a split file is the line of the sample after the lines of the files before it.
      const firstLine = new Map<string, number>();
      let lines = 0;
      for (const file of FILES) {
        firstLine.set(file.fileName, lines);
        lines += file.text.split('\n').length - 1;
      }
      const inSample = checkReport(split).map(
        (problem) =>
          `${(firstLine.get(path.basename(problem.file)) ?? NaN) + problem.line}:${problem.column} ${problem.code} ${problem.message}`,
      );
      const expected = checkReport(single).map(
        (problem) => `${problem.line}:${problem.column} ${problem.code} ${problem.message}`,
      );
      assert.ok(expected.some((problem) => problem.includes(' text.runTogether ')));
      assert.deepEqual(inSample.sort(), expected.sort());
    } finally {
      rmSync(single, { recursive: true, force: true });
      rmSync(split, { recursive: true, force: true });
    }
  });
});
