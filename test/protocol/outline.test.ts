import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { DocumentSymbol, FoldingRange, SymbolInformation } from 'vscode-languageserver-protocol';
import { openDocument, ROOT, SAMPLE_TEXT, SAMPLE_URI, type ServerSession, startServer } from './lspClient';

describe('protocol: the server over stdio', () => {
  let session: ServerSession;

  before(async () => {
    session = await startServer(path.join(ROOT, 'samples'));
    await openDocument(session, SAMPLE_URI, SAMPLE_TEXT);
  });

  after(async () => {
    assert.equal(await session.stop(), 0);
  });

  it('outlines the sample as letters 11 to 30, each with its editorial date and notes', async () => {
    const symbols: DocumentSymbol[] = await session.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: SAMPLE_URI },
    });
    assert.deepEqual(
      symbols.map((symbol) => symbol.name.split(' \u00B7 ')[0]),
      Array.from({ length: 20 }, (_, index) => `Letter ${index + 11}`),
    );
    assert.equal(symbols[0]?.name, 'Letter 11 \u00B7 24 May 1926');
    assert.equal(symbols[4]?.name, 'Letter 15 \u00B7 2 June 1926');
    assert.ok(symbols.every((symbol) => / \u00B7 \d{1,2} \w+ 1926$/.test(symbol.name)));
    assert.deepEqual(
      symbols[11]?.children?.map((child) => child.name),
      ['Note 1', 'Note 2', 'Note 3', 'Note 4', 'Note 5', 'Note 6', 'Note 7', 'Note 8'],
    );
  });

  it('folds letters and multi-line notes', async () => {
    const ranges: FoldingRange[] = await session.connection.sendRequest('textDocument/foldingRange', {
      textDocument: { uri: SAMPLE_URI },
    });
    assert.ok(ranges.filter((range) => range.kind === 'region').length === 20);
    assert.ok(ranges.some((range) => range.kind === 'comment'));
  });

  it('finds letters by number and by date across the workspace', async () => {
    const byNumber: SymbolInformation[] = await session.connection.sendRequest('workspace/symbol', {
      query: '21',
    });
    assert.deepEqual(
      byNumber.map((symbol) => symbol.name),
      ['Letter 21 \u00B7 25 June 1926'],
    );
    const byMonth: SymbolInformation[] = await session.connection.sendRequest('workspace/symbol', {
      query: 'august',
    });
    assert.deepEqual(
      byMonth.map((symbol) => symbol.name.split(' \u00B7 ')[0]),
      ['Letter 22', 'Letter 23', 'Letter 24'],
    );
  });

  it('answers an unknown document with nothing instead of an error', async () => {
    const symbols = await session.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: 'file:///nowhere/missing.letters' },
    });
    assert.deepEqual(symbols, []);
  });
});
