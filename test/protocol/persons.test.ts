import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CodeAction,
  Diagnostic,
  Hover,
  InlayHint,
  Location,
  LocationLink,
} from 'vscode-languageserver-protocol';
import {
  openDocument,
  positionOf,
  ROOT,
  SAMPLE_TEXT,
  SAMPLE_URI,
  type ServerSession,
  startServer,
} from './lspClient';

const REGISTER = path.join(ROOT, 'samples', 'stalin-molotov-1926.persons.json');
const REGISTER_URI = pathToFileURL(REGISTER).toString();
const REGISTER_TEXT = readFileSync(REGISTER, 'utf8');

describe('protocol: persons over real LSP', () => {
  let session: ServerSession;

  before(async () => {
    session = await startServer(path.join(ROOT, 'samples'), { inlayHints: { persons: true } });
    await openDocument(session, SAMPLE_URI, SAMPLE_TEXT);
    await session.diagnostics(SAMPLE_URI);
  });

  after(async () => {
    await session.stop();
  });

  it('loads the sample register from the workspace and finds nothing wrong with it', async () => {
    const published = await session.diagnostics(REGISTER_URI);
    assert.deepEqual(published.diagnostics, []);
  });

  it('shows who "Grisha" is on hover, with where he is mentioned', async () => {
    const shown: Hover = await session.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: SAMPLE_URI },
      position: positionOf('Grisha [Zinoviev], who', 2),
    });
    assert.ok(typeof shown.contents === 'object' && 'value' in shown.contents);
    assert.match(
      shown.contents.value,
      /^\*\*Zinoviev, Grigorii Yevseevich\*\* \(23 September 1883 – 25 August 1936\)/,
    );
    assert.match(shown.contents.value, /Mentioned \d+ times in \d+ letters: letter 12 \(\d+\)/);
    assert.deepEqual(shown.range?.start, positionOf('Grisha [Zinoviev], who'));
  });

  it('goes from "Sergo" to Ordzhonikidze’s entry in the register', async () => {
    const links: LocationLink[] = await session.connection.sendRequest('textDocument/definition', {
      textDocument: { uri: SAMPLE_URI },
      position: positionOf('Sergo was here', 1),
    });
    assert.equal(links.length, 1);
    assert.equal(links[0]?.targetUri, REGISTER_URI);
    assert.deepEqual(
      links[0]?.targetSelectionRange.start,
      positionOf('"Ordzhonikidze, Grigorii Konstantinovich"', 0, REGISTER_TEXT),
    );
  });

  it('lists every mention of Kamenev as references', async () => {
    const locations: Location[] = await session.connection.sendRequest('textDocument/references', {
      textDocument: { uri: SAMPLE_URI },
      position: positionOf('Kamenev has turned in', 1),
      context: { includeDeclaration: false },
    });
    assert.equal(locations.length, 21);
    assert.ok(locations.every((location) => location.uri === SAMPLE_URI));
    assert.ok(locations.some((location) => location.range.start.line === positionOf('[L. B.] Kamenev').line));
  });

  it('shows the preferred name after a nickname as an inlay hint when enabled', async () => {
    const hints: InlayHint[] = await session.connection.sendRequest('textDocument/inlayHint', {
      textDocument: { uri: SAMPLE_URI },
      range: { start: positionOf('Sergo was here'), end: positionOf('Sergo was here', 5) },
    });
    assert.deepEqual(
      hints.map((hint) => hint.label),
      ['Ordzhonikidze, Grigorii Konstantinovich'],
    );
  });

  it('reports a broken register edit on the register at once, and answers no JSON features', async () => {
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: REGISTER_URI, languageId: 'json', version: 1, text: REGISTER_TEXT },
    });
    const conflicting = REGISTER_TEXT.replace('"Molotovich",', '"Molotovich", "Sergo",');
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: REGISTER_URI, version: 2 },
      contentChanges: [{ text: conflicting }],
    });
    const published = await session.diagnostics(REGISTER_URI, (params) => params.diagnostics.length > 0);
    // Molotov's entry comes first, so Ordzhonikidze's own "Sergo" is the second claim.
    const second = conflicting.slice(0, conflicting.lastIndexOf('"Sergo"')).split('\n');
    assert.deepEqual(
      published.diagnostics.map((diagnostic: Diagnostic) => [
        diagnostic.code,
        diagnostic.range.start,
        diagnostic.relatedInformation?.[0]?.location.range.start,
      ]),
      [
        [
          'register.aliasConflict',
          { line: second.length - 1, character: second[second.length - 1]?.length },
          positionOf('"Sergo"', 0, conflicting),
        ],
      ],
    );
    const shown: Hover | null = await session.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: REGISTER_URI },
      position: positionOf('"Sergo"', 1, conflicting),
    });
    assert.equal(shown, null);
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: REGISTER_URI, version: 3 },
      contentChanges: [{ text: '{ "persons": [ ' }],
    });
    const broken = await session.diagnostics(REGISTER_URI, (params) =>
      params.diagnostics.some((diagnostic) => diagnostic.code === 'register.json'),
    );
    assert.ok(broken.diagnostics.length > 0);
    // The server keeps serving the letters, now without persons.
    const after: Hover | null = await session.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: SAMPLE_URI },
      position: positionOf('Sergo was here', 1),
    });
    assert.equal(after, null);
    await session.connection.sendNotification('textDocument/didClose', {
      textDocument: { uri: REGISTER_URI },
    });
    await session.diagnostics(REGISTER_URI, (params) => params.diagnostics.length === 0);
  });
});

describe('protocol: a register changed on disk', () => {
  let folder: string;
  let session: ServerSession;
  const letters = () => pathToFileURL(path.join(folder, 'a.letters')).toString();
  const register = () => pathToFileURL(path.join(folder, 'edition.persons.json')).toString();

  before(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'letters-persons-'));
    writeFileSync(
      path.join(folder, 'edition.persons.json'),
      '{\n  "persons": [\n    { "id": "kopp", "name": "Kopp, Viktor Leontevich" }\n  ]\n}\n',
    );
    session = await startServer(folder);
  });

  after(async () => {
    await session.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('reports an unregistered Com. Xyz, offers the stub entry, and drops the report once the register has Xyz', async () => {
    await openDocument(session, letters(), 'Letter 1\n[1 May 1926]\nCom. Xyz and Com. Kopp agreed.\n');
    const before = await session.diagnostics(letters(), (params) =>
      params.diagnostics.some((diagnostic) => diagnostic.code === 'person.unknown'),
    );
    const unknown = before.diagnostics.find((diagnostic) => diagnostic.code === 'person.unknown');
    assert.ok(unknown);
    assert.deepEqual(unknown.range, { start: { line: 2, character: 5 }, end: { line: 2, character: 8 } });
    const actions: CodeAction[] = await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: letters() },
      range: unknown.range,
      context: { diagnostics: [unknown] },
    });
    const stub = actions.find((action) => action.title === 'Add "Xyz" to edition.persons.json');
    assert.deepEqual(
      stub?.edit?.changes?.[register()]?.[0]?.newText,
      ',\n    { "id": "xyz", "name": "Xyz", "editionName": "Xyz" }',
    );
    // The user applies the fix and saves; the client reports the file change.
    writeFileSync(
      path.join(folder, 'edition.persons.json'),
      '{ "persons": [ { "id": "kopp", "name": "Kopp, Viktor" }, { "id": "xyz", "name": "Xyz" } ] }',
    );
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: register(), type: 2 }],
    });
    await session.diagnostics(letters(), (params) =>
      params.diagnostics.every((diagnostic) => diagnostic.code !== 'person.unknown'),
    );
  });

  it('reports a register broken on disk on the register, and clears it when the file is deleted', async () => {
    writeFileSync(path.join(folder, 'edition.persons.json'), '{ "persons": [ { "id": "kopp" } ] }');
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: register(), type: 2 }],
    });
    const broken = await session.diagnostics(register(), (params) => params.diagnostics.length > 0);
    assert.deepEqual(
      broken.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.message]),
      [['register.schema', '`persons.0` lacks the required property "name".']],
    );
    rmSync(path.join(folder, 'edition.persons.json'));
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri: register(), type: 3 }],
    });
    await session.diagnostics(register(), (params) => params.diagnostics.length === 0);
  });
});
