import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver-protocol';
import { openDocument, ROOT, startServer, type ServerSession } from './lspClient';

/** Deterministic pseudo-random bytes decoded as text, as a binary file opened by mistake would be. */
function binaryGarbage(length: number): string {
  const bytes = Buffer.alloc(length);
  let seed = 42;
  for (let index = 0; index < length; index++) {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    bytes[index] = seed >>> 24;
  }
  return bytes.toString('latin1');
}

describe('protocol: any document gets an answer', () => {
  let session: ServerSession;

  before(async () => {
    session = await startServer(path.join(ROOT, 'test'));
  });

  after(async () => {
    assert.equal(await session.stop(), 0);
  });

  async function outline(
    uri: string,
    text: string,
  ): Promise<{ symbols: DocumentSymbol[]; folds: FoldingRange[] }> {
    await openDocument(session, uri, text);
    const symbols: DocumentSymbol[] = await session.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    const folds: FoldingRange[] = await session.connection.sendRequest('textDocument/foldingRange', {
      textDocument: { uri },
    });
    return { symbols, folds };
  }

  it('answers an empty document with an empty outline and no folds', async () => {
    assert.deepEqual(await outline('untitled:empty.letters', ''), { symbols: [], folds: [] });
  });

  it('answers binary garbage without crashing, and still finds a letter written after it', async () => {
    const garbage = binaryGarbage(200_000);
    const text = `${garbage}\n\nLetter 7\n\n[1 May 1926]\n\nText.3 More.\n`;
    const heading = text.split(/\r\n|\r|\n/).indexOf('Letter 7');
    const { symbols, folds } = await outline('untitled:garbage.letters', text);
    const letter = symbols.find((symbol) => symbol.name === 'Letter 7 \u00B7 1 May 1926');
    assert.ok(letter, `no symbol of letter 7 among ${JSON.stringify(symbols.map((symbol) => symbol.name))}`);
    assert.deepEqual(letter.selectionRange.start, { line: heading, character: 0 });
    assert.ok(folds.some((fold) => fold.startLine === heading));
    const diagnostics = (await session.diagnostics('untitled:garbage.letters')).diagnostics;
    assert.ok(
      diagnostics.some(
        (diagnostic) =>
          diagnostic.code === 'note.missing' &&
          diagnostic.range.start.line === heading + 4 &&
          diagnostic.range.start.character === 'Text.'.length,
      ),
      JSON.stringify(diagnostics.filter((diagnostic) => diagnostic.range.start.line >= heading)),
    );
  });

  it('outlines a 20 MB document', async () => {
    const letter = (number: number) =>
      `Letter ${number}\n\n[1 May 1926]\n\nText of the letter.1 ${'word '.repeat(400)}\n\n1.\u00A0\u00A0 A note.\n\n`;
    let text = '';
    for (let number = 1; text.length < 20_000_000; number++) text += letter(number);
    const { symbols, folds } = await outline('untitled:huge.letters', text);
    const letters = text.split('Letter ').length - 1;
    assert.ok(letters > 9000);
    assert.equal(symbols.length, letters);
    assert.equal(symbols[0]?.name, 'Letter 1 \u00B7 1 May 1926');
    assert.equal(symbols.at(-1)?.name, `Letter ${letters} \u00B7 1 May 1926`);
    assert.ok(folds.length >= letters);
  });
});

describe('protocol: the server process', () => {
  it('exits with code 2 and a usage message on a bad argument, without a stack trace', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'server.js'), '--stdoi'], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^letters server: unknown argument --stdoi/);
    assert.doesNotMatch(run.stderr, /\bat \S+ \(/);
  });
});
