import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as fc from 'fast-check';
import { SAMPLE_TEXT } from '../arbitraries';
import { openDocument, ROOT, startServer, type ServerSession } from './lspClient';
import { dictionaryLoaded, fuzzServer, serverSession } from './serverFuzz';

describe('protocol: the server keeps serving', () => {
  let session: ServerSession;

  before(async () => {
    session = await startServer(path.join(ROOT, 'test'));
    await dictionaryLoaded(session);
  });

  after(async () => {
    assert.equal(await session.stop(), 0);
  });

  it('answers random edits typed into documents with ranges inside them, as if opened afresh', async function () {
    this.timeout(120000);
    await fc.assert(
      fc.asyncProperty(serverSession, (run) => fuzzServer(session, run).then(() => undefined)),
      { numRuns: 6 },
    );
  });

  it('answers requests for a document it does not know with nothing', async () => {
    const textDocument = { uri: 'file:///nowhere/unknown.letters' };
    const position = { line: 3, character: 4 };
    const range = { start: position, end: position };
    const answers = await Promise.all([
      session.connection.sendRequest('textDocument/hover', { textDocument, position }),
      session.connection.sendRequest('textDocument/definition', { textDocument, position }),
      session.connection.sendRequest('textDocument/references', {
        textDocument,
        position,
        context: { includeDeclaration: true },
      }),
      session.connection.sendRequest('textDocument/documentHighlight', { textDocument, position }),
      session.connection.sendRequest('textDocument/completion', { textDocument, position }),
      session.connection.sendRequest('textDocument/documentSymbol', { textDocument }),
      session.connection.sendRequest('textDocument/foldingRange', { textDocument }),
      session.connection.sendRequest('textDocument/codeAction', {
        textDocument,
        range,
        context: { diagnostics: [] },
      }),
    ]);
    for (const answer of answers)
      assert.ok(answer === null || (Array.isArray(answer) && answer.length === 0));
  });

  it('survives a document closed while its edits wait for analysis, and clears its diagnostics', async () => {
    const uri = 'untitled:closed-early.letters';
    const text = SAMPLE_TEXT.repeat(10);
    await openDocument(session, uri, text);
    const cleared = session.diagnostics(uri, (params) => params.version === undefined);
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        { range: { start: { line: 500, character: 0 }, end: { line: 500, character: 0 } }, text: 'x' },
      ],
    });
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    assert.deepEqual((await cleared).diagnostics, []);
    assert.deepEqual(
      await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }),
      [],
    );
    await openDocument(session, 'untitled:after.letters', SAMPLE_TEXT);
    const symbols: unknown[] = await session.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: 'untitled:after.letters' },
    });
    assert.equal(symbols.length, 20);
  });
});

describe('protocol: a register too large, open in the editor and then deleted', () => {
  it('reports the register and keeps answering on the letters', async function () {
    this.timeout(60000);
    const folder = mkdtempSync(path.join(os.tmpdir(), 'letters-register-'));
    const registerFile = path.join(folder, 'huge.persons.json');
    const entry = '{ "id": "x", "name": "Xyz, Ivan" },\n';
    const huge = `{ "persons": [\n${entry.repeat(Math.ceil(17_000_000 / entry.length))}{ "id": "y", "name": "Y" } ] }`;
    writeFileSync(registerFile, huge);
    writeFileSync(path.join(folder, 'edition.letters'), SAMPLE_TEXT);
    const session = await startServer(folder);
    try {
      const registerUri = pathToFileURL(registerFile).toString();
      const lettersUri = pathToFileURL(path.join(folder, 'edition.letters')).toString();
      await session.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: registerUri, languageId: 'json', version: 1, text: huge },
      });
      await openDocument(session, lettersUri, SAMPLE_TEXT);
      await session.diagnostics(registerUri, (params) => params.diagnostics.length > 0);
      const outline = async () =>
        (
          (await session.connection.sendRequest('textDocument/documentSymbol', {
            textDocument: { uri: lettersUri },
          })) as unknown[]
        ).length;
      assert.equal(await outline(), 20);
      rmSync(registerFile);
      await session.connection.sendNotification('textDocument/didClose', {
        textDocument: { uri: registerUri },
      });
      await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: registerUri, type: 3 }],
      });
      await session.diagnostics(registerUri, (params) => params.diagnostics.length === 0);
      assert.equal(await outline(), 20);
    } finally {
      assert.equal(await session.stop(), 0);
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('protocol: the server goes when the client goes', () => {
  it('exits when its standard input closes without shutdown', async function () {
    this.timeout(20000);
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdio'], {
      stdio: 'pipe',
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.stdout.resume();
    child.stdin.end();
    const code = await exited;
    assert.notEqual(code, null, 'the server was killed instead of exiting');
  });
});
