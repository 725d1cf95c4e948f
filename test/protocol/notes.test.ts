import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, Hover, Location, LocationLink } from 'vscode-languageserver-protocol';
import { positionOf, SAMPLE_URI, type ServerSession, startSampleSession } from './lspClient';

describe('protocol: notes over real LSP', () => {
  let session: ServerSession;
  let diagnostics: Diagnostic[];

  before(async () => {
    ({ session, diagnostics } = await startSampleSession());
  });

  after(async () => {
    await session.stop();
  });

  it('publishes the note defects of the sample with codes, source and related information', () => {
    const notes = diagnostics.filter(
      (diagnostic) => /^(note|heading)\./.test(String(diagnostic.code)) && diagnostic.severity !== 4,
    );
    assert.deepEqual(
      notes.map((diagnostic) => [diagnostic.range.start.line + 1, diagnostic.code, diagnostic.source]),
      [
        [106, 'heading.glued', 'letters'],
        [199, 'note.unreferenced', 'letters'],
        [201, 'note.unreferenced', 'letters'],
        [467, 'note.glued', 'letters'],
        [565, 'note.unreferenced', 'letters'],
      ],
    );
    const glued = notes.find((diagnostic) => diagnostic.code === 'note.glued');
    assert.equal(glued?.relatedInformation?.[0]?.message, 'Note 7');
  });

  it('goes from the marker in "the Special File 3 issues" to note 3 of letter 20', async () => {
    const links: LocationLink[] = await session.connection.sendRequest('textDocument/definition', {
      textDocument: { uri: SAMPLE_URI },
      position: positionOf('Special File 3', 'Special File '.length),
    });
    assert.equal(links.length, 1);
    assert.deepEqual(links[0]?.targetSelectionRange.start, {
      line: positionOf('The Special File contained').line,
      character: 0,
    });
  });

  it('lists the markers of a note as its references', async () => {
    const locations: Location[] = await session.connection.sendRequest('textDocument/references', {
      textDocument: { uri: SAMPLE_URI },
      position: { line: positionOf('The Special File contained').line, character: 0 },
      context: { includeDeclaration: false },
    });
    assert.deepEqual(
      locations.map((location) => location.range.start),
      [positionOf('Special File 3', 'Special File '.length)],
    );
  });

  it('previews the note when hovering a marker', async () => {
    const shown: Hover = await session.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: SAMPLE_URI },
      position: positionOf('Peter [Petrograd].5', 'Peter [Petrograd].'.length),
    });
    assert.ok(typeof shown.contents === 'object' && 'value' in shown.contents);
    assert.match(
      shown.contents.value,
      /^\*\*Note 5\*\* of letter 20, line 360\n\nBukharin gave a report to Moscow party activists/,
    );
  });

  it('offers a quick fix that splits the glued heading', async () => {
    const glued = diagnostics.find((diagnostic) => diagnostic.code === 'heading.glued');
    assert.ok(glued);
    const actions: CodeAction[] = await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: SAMPLE_URI },
      range: glued.range,
      context: { diagnostics: [glued] },
    });
    const split = actions.find((action) => action.kind === 'quickfix');
    assert.equal(split?.title, 'Put the heading of letter 15 on its own line');
    assert.deepEqual(split?.diagnostics, [glued]);
    const edits = split?.edit?.changes?.[SAMPLE_URI];
    assert.deepEqual(
      edits?.map((edit) => edit.newText),
      ['\n\n'],
    );
  });
});
