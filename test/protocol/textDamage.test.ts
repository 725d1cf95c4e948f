import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  Diagnostic,
  PublishDiagnosticsParams,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { openDocument, startServer, type ServerSession } from './lspClient';

/** A small edition: `ourworkers` splits into two words it uses often, `andYagoda` lost a space. */
const EDITION = [
  'Letter 1',
  '[1 May 1926]',
  'Our workers struck; the workers won, and our workers will remember it.',
  'Then ourworkers went home, and Uglanov andYagoda reported.',
  '',
].join('\n');

const isText = (diagnostic: Diagnostic) => String(diagnostic.code).startsWith('text.');

/** Applies the edits of `uri` in a workspace edit to `text`. */
function applied(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'letters', 1, text), [...edits]);
}

describe('protocol: text damage', () => {
  let folder: string;
  let session: ServerSession;
  let lettersUri: string;
  let wordsUri: string;
  const wordList = '# Words of the edition\nKhlebotsentr\ntwo words\n';
  /** Every publication for the edition file, in order, from the start of the session. */
  const published: PublishDiagnosticsParams[] = [];
  let firstAfterMs = 0;
  let textAfterMs = 0;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'letters-damage-'));
    writeFileSync(path.join(folder, 'edition.letters'), EDITION);
    writeFileSync(path.join(folder, 'edition.words.txt'), wordList);
    lettersUri = pathToFileURL(path.join(folder, 'edition.letters')).toString();
    wordsUri = pathToFileURL(path.join(folder, 'edition.words.txt')).toString();
    const started = Date.now();
    session = await startServer(folder);
    const withText = session.diagnostics(lettersUri, (params) => {
      if (published.length === 0) firstAfterMs = Date.now() - started;
      published.push(params);
      // The words run together need the dictionary; the space lost before a capital does not.
      return params.diagnostics.filter(isText).length === 2;
    });
    await withText;
    textAfterMs = Date.now() - started;
    await openDocument(session, lettersUri, EDITION);
    await session.diagnostics(lettersUri, (params) => params.version === 1);
  });

  after(async () => {
    await session.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('publishes the first diagnostics before the dictionary is ready, then all text damage at once', () => {
    assert.ok(published.length >= 2, `${published.length} publications`);
    const first = published[0]?.diagnostics ?? [];
    assert.deepEqual(first.filter(isText), []);
    const last = published[published.length - 1]?.diagnostics ?? [];
    assert.deepEqual(
      last.filter(isText).map((diagnostic) => diagnostic.code),
      ['text.runTogether', 'text.runTogether'],
    );
    // Measured, not asserted: how long the first diagnostics and the text damage took from start.
    console.log(`      first diagnostics after ${firstAfterMs} ms, text damage after ${textAfterMs} ms`);
  });

  it('never sends the same diagnostics twice for one version', async () => {
    // Republished after the first reading of the workspace, the open, the dictionary and the pass
    // over the other files (300 ms after an open or edit), a document sends only what changed.
    await new Promise((resolve) => setTimeout(resolve, 800));
    const all = session.publications(lettersUri);
    assert.ok(all.length >= 2);
    all.slice(1).forEach((params, index) => {
      const before = all[index];
      assert.ok(
        params.version !== before?.version || !isDeepStrictEqual(params.diagnostics, before?.diagnostics),
        `publication ${index + 1} repeats the one before it`,
      );
    });
  });

  it('reports a line of the word list that is not one word on the list itself', async () => {
    const { diagnostics } = await session.diagnostics(wordsUri);
    assert.deepEqual(
      diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]),
      [['words.entry', 2]],
    );
  });

  it('offers to add the word to the word list, and the finding goes once the list has it', async () => {
    const line = EDITION.split('\n').indexOf('Then ourworkers went home, and Uglanov andYagoda reported.');
    const actions: CodeAction[] = await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: lettersUri },
      range: { start: { line, character: 6 }, end: { line, character: 6 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(
      actions.map((action) => [action.title, action.isPreferred]),
      [
        ['Insert a space', true],
        ["Add ‘ourworkers’ to the edition's words", false],
      ],
    );
    const add = actions[1]?.edit?.changes?.[wordsUri] ?? [];
    const newList = applied(wordList, add);
    assert.equal(newList, `${wordList}ourworkers\n`);
    // The client opens the list to apply the edit: the word counts before the list is saved.
    await openDocument(session, wordsUri, newList);
    const { diagnostics } = await session.diagnostics(
      lettersUri,
      (params) => !params.diagnostics.some((diagnostic) => diagnostic.message.includes('ourworkers')),
    );
    assert.deepEqual(
      diagnostics.filter(isText).map((diagnostic) => diagnostic.message),
      ['`andYagoda` looks like `and Yagoda`: two words run together.'],
    );
  });
});

describe('protocol: the fix-all source action', () => {
  it('applies the certain fixes of text damage in one edit, only when asked for by kind', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'letters-fixall-'));
    const uri = pathToFileURL(path.join(folder, 'edition.letters')).toString();
    // `theresolution` splits two ways (`the resolution`, `there solution`): its fix is not applied.
    const text = `${EDITION}There, the solution: the resolution passed there, a resolution; theresolution was a solution.\n`;
    writeFileSync(path.join(folder, 'edition.letters'), text);
    const session = await startServer(folder);
    try {
      await openDocument(session, uri, text);
      await session.diagnostics(uri, (params) => params.diagnostics.filter(isText).length === 3);
      const ask = (only?: string[]): Promise<CodeAction[]> =>
        session.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [], ...(only ? { only } : {}) },
        });
      assert.deepEqual(await ask(), []);
      const [fixAll, ...others] = await ask(['source.fixAll.letters']);
      assert.equal(others.length, 0);
      assert.equal(fixAll?.kind, 'source.fixAll.letters');
      assert.equal(
        applied(text, fixAll?.edit?.changes?.[uri] ?? []),
        text.replace('ourworkers', 'our workers').replace('andYagoda', 'and Yagoda'),
      );
      assert.deepEqual(
        (await ask(['source'])).map((action) => action.kind),
        ['source.fixAll.letters'],
      );
    } finally {
      await session.stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
