import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { ExportEditionParams, ExportedEdition } from '../../protocol/letters';
import { ExportEditionRequest } from '../../protocol/requests';
import { ROOT, type ServerSession, startServer } from './lspClient';

const EDITION_FILE = path.join(ROOT, 'samples', 'edition.json');
const EDITION_URI = pathToFileURL(EDITION_FILE).toString();
const EDITION_TEXT = readFileSync(EDITION_FILE, 'utf8');

/** The sample's metadata with what a publisher of its CMIF file would add. */
const COMPLETE = EDITION_TEXT.replace(
  '"language": "en"',
  `"language": "en",
  "editors": [{ "name": "A. Editor" }],
  "publisher": "A Press",
  "url": "https://example.org/letters.cmif.xml",
  "licence": { "text": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/" }`,
);

const summary = (params: PublishDiagnosticsParams) =>
  params.diagnostics.map((diagnostic) =>
    `${diagnostic.severity} ${diagnostic.code} ${diagnostic.message.match(/"\w+"/)?.[0] ?? ''}`.trim(),
  );

describe('protocol: edition.json and the export request', () => {
  let session: ServerSession;
  let version = 1;

  before(async () => {
    session = await startServer(path.join(ROOT, 'samples'));
  });

  after(async () => {
    await session.stop();
  });

  const edit = async (text: string) => {
    version += 1;
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: EDITION_URI, version },
      contentChanges: [{ text }],
    });
  };
  const exported = (params: ExportEditionParams): Promise<ExportedEdition> =>
    session.connection.sendRequest(ExportEditionRequest, params).then((answer) => {
      assert.ok(answer, 'the export request was answered');
      return answer;
    });

  it("warns on the sample's edition.json, unopened, of each field the CMIF export needs", async () => {
    const published = await session.diagnostics(EDITION_URI);
    // 2 is a warning.
    assert.deepEqual(summary(published), [
      '2 edition.cmif "editors"',
      '2 edition.cmif "publisher"',
      '2 edition.cmif "url"',
      '2 edition.cmif "licence"',
    ]);
  });

  it('exports the sample as TEI, and refuses CMIF naming the fields edition.json lacks', async () => {
    const tei = await exported({ format: 'tei' });
    assert.ok('content' in tei, JSON.stringify(tei));
    assert.equal(tei.fileName, 'stalin-molotov-1926.tei.xml');
    assert.equal(tei.content.match(/<div type="letter"/g)?.length, 20);
    assert.match(tei.content, /<title>Stalin's Letters to Molotov, 1926 \(letters 11–30\)<\/title>/);
    const cmif = await exported({ format: 'cmif' });
    assert.ok('missing' in cmif);
    assert.equal(cmif.missing.length, 4);
    assert.match(
      cmif.error,
      /^The CMIF export needs "editors".*"publisher".*"url".*"licence".* in edition\.json\.$/,
    );
  });

  it('follows edition.json as it is edited: a syntax error, then complete metadata, which CMIF takes', async () => {
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: EDITION_URI, languageId: 'json', version, text: EDITION_TEXT },
    });
    await edit('{ "title": ');
    const broken = await session.diagnostics(EDITION_URI, (params) =>
      params.diagnostics.some((diagnostic) => diagnostic.code === 'edition.json'),
    );
    // Errors of the syntax alone: no schema or CMIF complaint about a half-read file.
    assert.deepEqual(
      [...new Set(summary(broken).map((line) => line.split(' ').slice(0, 2).join(' ')))],
      ['1 edition.json'],
    );
    await edit(COMPLETE);
    assert.deepEqual(
      summary(await session.diagnostics(EDITION_URI, (params) => params.diagnostics.length === 0)),
      [],
    );
    const cmif = await exported({ format: 'cmif' });
    assert.ok('content' in cmif, JSON.stringify(cmif));
    assert.equal(cmif.fileName, 'stalin-molotov-1926.cmif.xml');
    assert.equal(cmif.content.match(/<correspDesc /g)?.length, 20);
    // No language feature answers on the metadata file: it is no letters document.
    assert.equal(
      await session.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: EDITION_URI },
        position: { line: 1, character: 4 },
      }),
      null,
    );
  });
});
