/**
 * Random editing of a document in the real server over stdio, as an editor would type: the short
 * run is a protocol test, the long one part of `npm run fuzz`.
 */
import assert from 'node:assert/strict';
import * as fc from 'fast-check';
import type {
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { LineIndex } from '../../server/src/syntax/lineIndex';
import { document, edit, place, type Edit, type StartText } from '../arbitraries';
import { checkRange } from '../invariants';
import { openDocument, type ServerSession } from './lspClient';

/** A document and the edits an editor will make to it. */
export const serverSession = fc.record({
  start: document,
  edits: fc.array(edit, { minLength: 1, maxLength: 40 }),
  probes: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 3 }),
});

let counter = 0;

/**
 * Resolves once the server's English dictionary has loaded, as a document whose words run
 * together shows: the diagnostics of an edited document and of its fresh copy can be compared
 * only when the text damage of both was checked with it (it is silent while the dictionary loads).
 */
export async function dictionaryLoaded(session: ServerSession): Promise<void> {
  const uri = 'untitled:dictionary-probe.letters';
  const text =
    'Letter 1\n[1 May 1926]\nOur workers struck; the workers won, and our workers stayed.\nThen ourworkers went home.\n';
  await openDocument(session, uri, text, 1);
  await session.diagnostics(uri, (params) =>
    params.diagnostics.some((diagnostic) => diagnostic.code === 'text.runTogether'),
  );
  await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
}

/**
 * Opens the document, sends the edits as incremental changes, and checks the answers against the
 * editor's copy of the text every `checkEvery` edits; at the end, the diagnostics of the edited
 * document must equal those of the same text opened afresh. Returns the number of edits sent.
 */
export async function fuzzServer(
  session: ServerSession,
  run: { start: StartText; edits: readonly Edit[]; probes: readonly number[] },
  checkEvery = 10,
): Promise<number> {
  const uri = `untitled:fuzz-${++counter}.letters`;
  let text = run.start.text;
  let version = 1;
  await openDocument(session, uri, text, version);
  const edits = run.edits;
  for (let index = 0; index < edits.length; index++) {
    const lines = new LineIndex(text);
    const where = place(text, edits[index] as Edit);
    const range = { start: lines.positionAt(where.start), end: lines.positionAt(where.end) };
    // A client addresses positions, not offsets: an offset between the CR and LF of a line break
    // has no position of its own, so the edit lands where its position says, as in an editor.
    text = text.slice(0, lines.offsetAt(range.start)) + where.text + text.slice(lines.offsetAt(range.end));
    version++;
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text: where.text }],
    });
    if ((index + 1) % checkEvery === 0 || index === edits.length - 1)
      await probe(session, uri, text, version, run.probes);
  }
  const edited = await diagnosticsAt(session, uri, version);
  await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  const freshUri = `${uri}-fresh`;
  await openDocument(session, freshUri, text, 1);
  const fresh = await diagnosticsAt(session, freshUri, 1);
  await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: freshUri } });
  const normalize = (diagnostics: Diagnostic[], from: string) =>
    JSON.parse(JSON.stringify(diagnostics).split(JSON.stringify(from).slice(1, -1)).join('URI'));
  assert.deepEqual(
    normalize(edited, uri),
    normalize(fresh, freshUri),
    'incremental diagnostics differ from a fresh open',
  );
  return edits.length;
}

function diagnosticsAt(session: ServerSession, uri: string, version: number): Promise<Diagnostic[]> {
  return session
    .diagnostics(uri, (params: PublishDiagnosticsParams) => params.version === version)
    .then((params) => params.diagnostics);
}

/** Asks for the outline, folding, diagnostics, hover and definition, and checks every range. */
async function probe(
  session: ServerSession,
  uri: string,
  text: string,
  version: number,
  fractions: readonly number[],
): Promise<void> {
  const lines = new LineIndex(text);
  const textDocument = { uri };
  const check = (range: Parameters<typeof checkRange>[2]) => checkRange(text, lines.lineStarts, range);
  const symbols: DocumentSymbol[] = await session.connection.sendRequest('textDocument/documentSymbol', {
    textDocument,
  });
  const walk = (list: DocumentSymbol[]): void =>
    list.forEach((symbol) => {
      check(symbol.range);
      check(symbol.selectionRange);
      walk(symbol.children ?? []);
    });
  walk(symbols);
  const folds: FoldingRange[] = await session.connection.sendRequest('textDocument/foldingRange', {
    textDocument,
  });
  folds.forEach((fold) => assert.ok(fold.endLine < lines.lineCount));
  for (const diagnostic of await diagnosticsAt(session, uri, version)) check(diagnostic.range);
  for (const fraction of fractions) {
    const position = lines.positionAt(Math.floor(fraction * (text.length + 1)));
    const hover: { range?: Parameters<typeof checkRange>[2] } | null = await session.connection.sendRequest(
      'textDocument/hover',
      { textDocument, position },
    );
    if (hover?.range) check(hover.range);
    const links: { targetUri: string; targetSelectionRange: Parameters<typeof checkRange>[2] }[] =
      await session.connection.sendRequest('textDocument/definition', { textDocument, position });
    for (const link of links) if (link.targetUri === uri) check(link.targetSelectionRange);
  }
}
