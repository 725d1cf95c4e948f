import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { openDocument, startServer, type ServerSession } from './lspClient';

interface LetterSummary {
  heading: string;
  number: number;
}

const FRENCH_EDITION = [
  'Lettre 1',
  '[12 mars 1926]',
  'Cher ami,1',
  'Sotchi, 13 mars 1926',
  '1.   Note.',
  'Brief 2',
  '[14 mars 1926]',
  'Texte.1',
  '1.   Note.',
  '',
].join('\n');

describe('protocol: the heading word and the language from settings and edition.json', () => {
  let folder: string;
  let uri: string;
  let session: ServerSession;
  const settings: { headingWord?: string } = {};

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'letters-words-'));
    writeFileSync(path.join(folder, 'edition.json'), JSON.stringify({ title: 'Lettres', language: 'fr' }));
    const file = path.join(folder, 'lettres.letters');
    writeFileSync(file, FRENCH_EDITION);
    uri = pathToFileURL(file).toString();
    session = await startServer(folder, settings);
    await openDocument(session, uri, FRENCH_EDITION);
  });

  after(async () => {
    await session.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('reads French headings and dates by the language of edition.json', async () => {
    const published = await session.diagnostics(uri, (params) =>
      params.diagnostics.some((diagnostic: Diagnostic) => diagnostic.code === 'date.dateline'),
    );
    assert.ok(published.diagnostics.some((diagnostic) => diagnostic.message.includes('13 mars 1926')));
    const letters: LetterSummary[] = await session.connection.sendRequest('letters/letters', {});
    // `Brief 2` is no heading of a French edition: letter 1 runs to the end.
    assert.deepEqual(
      letters.map((letter) => letter.heading),
      ['Lettre 1'],
    );
  });

  it('re-reads every document when letters.headingWord changes', async () => {
    settings.headingWord = 'Brief';
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    let letters: LetterSummary[] = [];
    // The notification is handled after the server has pulled the settings again: ask until then (5 s at most).
    for (let attempt = 0; attempt < 50; attempt++) {
      letters = await session.connection.sendRequest('letters/letters', {});
      if (letters[0]?.heading === 'Brief 2') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.deepEqual(
      letters.map((letter) => [letter.heading, letter.number]),
      [['Brief 2', 2]],
    );
  });
});
