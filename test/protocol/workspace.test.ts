import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openDocument, startServer, type ServerSession } from './lspClient';

interface LetterSummary {
  uri: string;
  number: number;
  label: string;
  problems: number;
}

const FILE_CHANGED = 2;
const FILE_DELETED = 3;

/** A letter whose marker 2 has no note: one `note.missing` error. */
const BROKEN = 'Letter 2\n\n[3 May 1926]\n\nText.1 More.2\n\n1.\u00A0\u00A0 One.\n';
const FIXED = 'Letter 2\n\n[3 May 1926]\n\nText.1 More.2\n\n1.\u00A0\u00A0 One.\n\n2.\u00A0\u00A0 Two.\n';

describe('protocol: the whole edition (files not open in the editor)', () => {
  let folder: string;
  let session: ServerSession;
  let openUri: string;
  let closedFile: string;
  let closedUri: string;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'letters-workspace-'));
    writeFileSync(path.join(folder, 'a.letters'), 'Letter 1\n\n[1 May 1926]\n\nHello.\n');
    closedFile = path.join(folder, 'b.letters');
    writeFileSync(closedFile, BROKEN);
    openUri = pathToFileURL(path.join(folder, 'a.letters')).toString();
    closedUri = pathToFileURL(closedFile).toString();
    session = await startServer(folder);
  });

  after(async () => {
    await session.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it("republishes another file's text damage when an edit changes what the edition's words tell of it", async () => {
    const edition = mkdtempSync(path.join(tmpdir(), 'letters-words-'));
    writeFileSync(path.join(edition, 'a.letters'), 'Letter 1\n\n[1 May 1926]\n\nThen theplenum met.\n');
    const other = 'Letter 2\n\n[2 May 1926]\n\nNothing happened.\n';
    writeFileSync(path.join(edition, 'b.letters'), other);
    const aUri = pathToFileURL(path.join(edition, 'a.letters')).toString();
    const bUri = pathToFileURL(path.join(edition, 'b.letters')).toString();
    const words = await startServer(edition);
    const findings = (code: string) => (params: { diagnostics: { code?: string | number }[] }) =>
      params.diagnostics.some((diagnostic) => diagnostic.code === code);
    try {
      await words.diagnostics(aUri, findings('text.runTogetherUncertain'));
      await openDocument(words, bUri, other);
      let version = 1;
      const edit = (text: string) =>
        words.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri: bUri, version: ++version },
          contentChanges: [{ text }],
        });
      // Only a word changes in b.letters (no number, no date): a.letters's split becomes certain.
      await edit(other.replace('Nothing happened.', 'The plenum opened; the plenum closed.'));
      await words.diagnostics(aUri, findings('text.runTogether'));
      await edit(other);
      await words.diagnostics(aUri, findings('text.runTogetherUncertain'));
    } finally {
      await words.stop();
      rmSync(edition, { recursive: true, force: true });
    }
  });

  it('publishes the diagnostics of a file that is not open', async () => {
    const published = await session.diagnostics(closedUri, (params) => params.diagnostics.length > 0);
    assert.deepEqual(
      published.diagnostics.map((diagnostic) => diagnostic.code),
      ['note.missing'],
    );
    assert.equal(published.version, undefined);
  });

  it('lists the letters of the workspace with their problem counts', async () => {
    await openDocument(session, openUri, 'Letter 1\n\n[1 May 1926]\n\nHello.\n');
    await session.diagnostics(openUri);
    const letters: LetterSummary[] = await session.connection.sendRequest('letters/letters', {});
    assert.deepEqual(
      letters.map((letter) => [letter.label, letter.problems]),
      [
        ['Letter 1 \u00B7 1 May 1926', 0],
        ['Letter 2 \u00B7 3 May 1926', 1],
      ],
    );
  });

  it('answers where the cursor is and which letter comes next', async () => {
    const at: { letter: LetterSummary } | null = await session.connection.sendRequest('letters/letterAt', {
      textDocument: { uri: openUri },
      position: { line: 4, character: 2 },
    });
    assert.equal(at?.letter.label, 'Letter 1 \u00B7 1 May 1926');
    const next: LetterSummary | null = await session.connection.sendRequest('letters/adjacentLetter', {
      textDocument: { uri: openUri },
      position: { line: 4, character: 2 },
      direction: 'next',
    });
    assert.equal(next?.uri, closedUri);
  });

  it('follows a file changed on disk, then deleted', async () => {
    writeFileSync(closedFile, FIXED);
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: closedUri, type: FILE_CHANGED }],
    });
    await session.diagnostics(closedUri, (params) => params.diagnostics.length === 0);
    const counted = new Promise<number>((resolve) =>
      session.connection.onNotification('letters/didChangeLetters', (params: { count: number }) => {
        if (params.count === 1) resolve(params.count);
      }),
    );
    unlinkSync(closedFile);
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: closedUri, type: FILE_DELETED }],
    });
    // The server tells the client how many letters are left (the Letters view hides at none).
    assert.equal(await counted, 1);
    const letters: LetterSummary[] = await session.connection.sendRequest('letters/letters', {});
    assert.deepEqual(
      letters.map((letter) => letter.number),
      [1],
    );
  });

  it('tells whether a plain text reads like an edition', async () => {
    const evidence = await session.connection.sendRequest('letters/detectEdition', {
      text: `${BROKEN}\n${FIXED.replace('Letter 2', 'Letter 3')}`,
    });
    assert.deepEqual(evidence, { datedLetters: 2, isEdition: true });
  });

  it('takes a .txt read as letters into the edition only while it is open', async () => {
    const file = path.join(folder, 'draft.txt');
    const text = 'Letter 7\n\n[9 May 1926]\n\nA draft.\n';
    writeFileSync(file, text);
    const uri = pathToFileURL(file).toString();
    const numbers = async () =>
      ((await session.connection.sendRequest('letters/letters', {})) as LetterSummary[]).map(
        (letter) => letter.number,
      );
    await openDocument(session, uri, text);
    await session.diagnostics(uri);
    assert.ok((await numbers()).includes(7));
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await session.diagnostics(uri, (params) => params.diagnostics.length === 0);
    assert.ok(!(await numbers()).includes(7), 'the closed .txt left the edition');
    unlinkSync(file);
  });
});
