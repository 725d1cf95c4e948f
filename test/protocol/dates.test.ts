import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, Hover, InlayHint } from 'vscode-languageserver-protocol';
import { positionOf, SAMPLE_URI, type ServerSession, startSampleSession } from './lspClient';

describe('protocol: dates over real LSP', () => {
  let session: ServerSession;
  let diagnostics: Diagnostic[];

  before(async () => {
    ({ session, diagnostics } = await startSampleSession());
  });

  after(async () => {
    await session.stop();
  });

  it('publishes the malformed dates of the sample', () => {
    const dates = diagnostics.filter((diagnostic) => String(diagnostic.code).startsWith('date.'));
    assert.equal(dates.length, 11);
    assert.ok(
      dates.every((diagnostic) => diagnostic.code === 'date.malformed' && diagnostic.source === 'letters'),
    );
  });

  it('hovers the dateline 6/25/26 with the date it means', async () => {
    const shown: Hover = await session.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: SAMPLE_URI },
      position: positionOf('6/25/26', 2),
    });
    assert.ok(typeof shown.contents === 'object' && 'value' in shown.contents);
    assert.match(shown.contents.value, /^\*\*Friday, 25 June 1926\*\*\n\nISO 8601: `1926-06-25`/);
  });

  it('puts the dash back into "68 April 1925" with a quick fix', async () => {
    const lost = diagnostics.find((diagnostic) => diagnostic.message.startsWith('"68 April"'));
    assert.ok(lost);
    const actions: CodeAction[] = await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: SAMPLE_URI },
      range: lost.range,
      context: { diagnostics: [lost] },
    });
    const fix = actions.find((action) => action.title === 'Restore the dash: 6\u20138');
    assert.ok(fix, actions.map((action) => action.title).join(', '));
    const edits = fix.edit?.changes?.[SAMPLE_URI] ?? [];
    assert.deepEqual(
      edits.map((edit) => [edit.range.start, edit.newText]),
      [[positionOf('68 April 1925'), '6\u20138']],
    );
  });

  it('shows the ISO date after every numeric date as an inlay hint', async () => {
    const hints: InlayHint[] = await session.connection.sendRequest('textDocument/inlayHint', {
      textDocument: { uri: SAMPLE_URI },
      range: { start: { line: 0, character: 0 }, end: { line: 900, character: 0 } },
    });
    assert.deepEqual(
      hints.map((hint) => hint.label),
      // Molotov's notation 5/26/1926, the datelines 6/25/26 and 8/3, the quoted 8/30/26.
      ['1926-05-26', '1926-06-25', '1926-08-03', '1926-08-30'],
    );
  });
});
