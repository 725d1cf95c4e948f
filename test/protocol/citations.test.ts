import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { positionOf, SAMPLE_URI, type ServerSession, startSampleSession } from './lspClient';

describe('protocol: citations over real LSP', () => {
  let session: ServerSession;
  let diagnostics: Diagnostic[];

  before(async () => {
    ({ session, diagnostics } = await startSampleSession());
  });

  after(async () => {
    await session.stop();
  });

  it('publishes the damaged citations of the sample', () => {
    const codes = diagnostics
      .filter((diagnostic) => String(diagnostic.code).startsWith('cite.'))
      .map((diagnostic) => diagnostic.code);
    assert.deepEqual(codes, ['cite.malformed', 'cite.malformed', 'cite.broken', 'cite.folio', 'cite.broken']);
  });

  it('hovers an ibid. with the full reference it continues and the archive it names', async () => {
    const shown: Hover = await session.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: SAMPLE_URI },
      position: positionOf('ibid., d. 573, l. 2', 2),
    });
    assert.ok(typeof shown.contents === 'object' && 'value' in shown.contents);
    assert.match(shown.contents.value, /^\*\*RTsKhIDNI f\. 17, op\. 3, d\. 573, l\. 2\*\*/);
    assert.match(shown.contents.value, /since 1999: RGASPI/);
  });

  it('offers 12ob. for the folio 120b', async () => {
    const folio = diagnostics.find((diagnostic) => diagnostic.code === 'cite.folio');
    assert.ok(folio);
    const actions: CodeAction[] = await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: SAMPLE_URI },
      range: folio.range,
      context: { diagnostics: [folio] },
    });
    const edits = actions.flatMap((action) => action.edit?.changes?.[SAMPLE_URI] ?? []);
    assert.deepEqual(
      edits.map((edit) => [edit.range.start, edit.newText]),
      [[positionOf('120b'), '12ob.']],
    );
  });
});
