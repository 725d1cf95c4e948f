import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CompletionItem,
  Hover,
  Location,
  LocationLink,
  SymbolInformation,
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
import { LettersRequests, type RegistersListing } from '../../protocol/letters';

const sampleRegister = (kind: string) => {
  const file = path.join(ROOT, 'samples', `stalin-molotov-1926.${kind}.json`);
  return { uri: pathToFileURL(file).toString(), text: readFileSync(file, 'utf8') };
};
const PLACES = sampleRegister('places');
const ORGANISATIONS = sampleRegister('organisations');

/**
 * How often a name occurs in the sample, also where the damaged text glues it to the word before
 * (`thePolitburo`) or to a note number (`Politburo2`): the tokenizer splits both.
 */
const nameCount = (name: string) => SAMPLE_TEXT.match(new RegExp(`${name}(?!\\p{Ll})`, 'gu'))?.length ?? 0;

/** The numbers of the sample's letters whose text has `name` as a word (glued to a note number too). */
function lettersNaming(name: string): number[] {
  return SAMPLE_TEXT.split(/^(?=Letter \d+$)/m).flatMap((letter) => {
    const number = /^Letter (\d+)$/m.exec(letter)?.[1];
    return number && new RegExp(`(?<!\\p{L})${name}(?!\\p{Ll})`, 'u').test(letter) ? [Number(number)] : [];
  });
}

describe('protocol: places and organisations over real LSP', () => {
  let session: ServerSession;

  before(async () => {
    session = await startServer(path.join(ROOT, 'samples'));
    await openDocument(session, SAMPLE_URI, SAMPLE_TEXT);
    await session.diagnostics(SAMPLE_URI);
  });

  after(async () => {
    await session.stop();
  });

  it('loads the sample place and organisation registers and finds nothing wrong with them', async () => {
    assert.deepEqual((await session.diagnostics(PLACES.uri)).diagnostics, []);
    assert.deepEqual((await session.diagnostics(ORGANISATIONS.uri)).diagnostics, []);
  });

  it('shows "Peter [Petrograd]" of 1926 under the name then in force, Leningrad', async () => {
    const shown: Hover = await session.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: SAMPLE_URI },
      position: positionOf('Peter [Petrograd]', 1),
    });
    assert.ok(typeof shown.contents === 'object' && 'value' in shown.contents);
    assert.match(shown.contents.value, /^\*\*Leningrad\*\* \(now Saint Petersburg\)/);
    assert.deepEqual(shown.range?.start, positionOf('Peter [Petrograd]'));
    assert.deepEqual(shown.range?.end, positionOf('Peter [Petrograd]', 'Peter [Petrograd]'.length));
  });

  it('goes from "Comintern" to its entry in the organisations register', async () => {
    const links: LocationLink[] = await session.connection.sendRequest('textDocument/definition', {
      textDocument: { uri: SAMPLE_URI },
      position: positionOf('Comintern itself', 2),
    });
    assert.equal(links.length, 1);
    assert.equal(links[0]?.targetUri, ORGANISATIONS.uri);
    assert.deepEqual(links[0]?.targetSelectionRange.start, positionOf('"Comintern"', 0, ORGANISATIONS.text));
  });

  it('lists every "Sochi" of the sample as references of the place, with its entry when asked', async () => {
    const ask = async (includeDeclaration: boolean): Promise<Location[]> =>
      session.connection.sendRequest('textDocument/references', {
        textDocument: { uri: SAMPLE_URI },
        position: positionOf('Monday. Sochi.', 9),
        context: { includeDeclaration },
      });
    const mentions = await ask(false);
    assert.equal(mentions.length, nameCount('Sochi'));
    assert.ok(mentions.every((location) => location.uri === SAMPLE_URI));
    const withEntry = await ask(true);
    assert.equal(withEntry.length, mentions.length + 1);
    assert.equal(withEntry[0]?.uri, PLACES.uri);
    assert.deepEqual(withEntry[0]?.range.start, positionOf('"Sochi"', 0, PLACES.text));
  });

  it('lists every "Politburo" of the sample as references of the organisation', async () => {
    const locations: Location[] = await session.connection.sendRequest('textDocument/references', {
      textDocument: { uri: SAMPLE_URI },
      position: positionOf('members of the Politburo', 17),
      context: { includeDeclaration: false },
    });
    assert.equal(locations.length, nameCount('Politburo'));
  });

  it('offers registered organisations while a capitalised word is typed', async () => {
    const items: CompletionItem[] = await session.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: SAMPLE_URI },
      position: positionOf('Comintern itself', 'Comintern'.length),
    });
    assert.ok(items.some((item) => item.label === 'Comintern'));
  });
});

describe('protocol: the Registers view and the index of names (letters/registers, letters/indexOfNames)', () => {
  let session: ServerSession;

  before(async () => {
    session = await startServer(path.join(ROOT, 'samples'));
    await openDocument(session, SAMPLE_URI, SAMPLE_TEXT);
    await session.diagnostics(SAMPLE_URI);
  });

  after(async () => {
    await session.stop();
  });

  it('lists every register kind of the sample, and where each entry is mentioned as references show it', async () => {
    const listing: RegistersListing = await session.connection.sendRequest(LettersRequests.registers, {});
    assert.deepEqual(
      listing.kinds.map((kind) => kind.label),
      ['Persons', 'Organisations', 'Places', 'Terms'],
    );
    const sochi = listing.kinds
      .find((kind) => kind.kind === 'places')
      ?.entries.find((entry) => entry.id === 'sochi');
    assert.ok(sochi);
    assert.equal(sochi.uri, PLACES.uri);
    assert.deepEqual(sochi.selectionRange.start, positionOf('"Sochi"', 0, PLACES.text));
    const references: Location[] = await session.connection.sendRequest('textDocument/references', {
      textDocument: { uri: SAMPLE_URI },
      position: positionOf('Monday. Sochi.', 9),
      context: { includeDeclaration: false },
    });
    // One row per letter, with its first mention and the count: the references grouped by the
    // `Letter N` heading line above them.
    const headings = SAMPLE_TEXT.split('\n').flatMap((line, index) => {
      const number = /^Letter (\d+)/.exec(line)?.[1];
      return number ? [{ line: index, number: Number(number) }] : [];
    });
    const expected: { number: number; range: Location['range']; count: number }[] = [];
    for (const { range } of references) {
      const number = headings.filter((heading) => heading.line <= range.start.line).at(-1)?.number ?? 0;
      const last = expected.at(-1);
      if (last?.number === number) last.count += 1;
      else expected.push({ number, range, count: 1 });
    }
    assert.deepEqual(
      sochi.letters.map(({ number, range, count }) => ({ number, range, count })),
      expected,
    );
    assert.ok(sochi.letters.every((letter) => letter.uri === SAMPLE_URI));
    assert.ok(sochi.letters.every((letter) => letter.label.startsWith(`Letter ${letter.number} \u00B7 `)));
    const volgograd = listing.kinds.flatMap((kind) => kind.entries).find((entry) => entry.id === 'volgograd');
    assert.deepEqual(volgograd?.letters, []);
  });

  it('answers the index of names as letters-check --index prints it, in Markdown and CSV', async () => {
    for (const [format, option] of [
      ['markdown', 'md'],
      ['csv', 'csv'],
    ] as const) {
      const text: string = await session.connection.sendRequest(LettersRequests.indexOfNames, { format });
      const printed = execFileSync(
        process.execPath,
        [path.join(ROOT, 'bin', 'letters-check.js'), '--index', option, path.join(ROOT, 'samples')],
        { encoding: 'utf8' },
      );
      assert.equal(text, printed, format);
    }
    // Equal answers would pass if both were empty: the index must list each kind's names with the
    // letters whose text names them (the sample's letters, read here by their headings).
    const csv: string = await session.connection.sendRequest(LettersRequests.indexOfNames, { format: 'csv' });
    const rows = new Map(
      csv
        .trim()
        .split('\r\n')
        .slice(1)
        .map((row) => [row.split(',')[0], row]),
    );
    for (const [name, kind] of [
      ['Sochi', 'places'],
      ['Baku', 'places'],
      ['Politburo', 'organisations'],
      ['Nepmen', 'terms'],
    ] as const)
      assert.equal(rows.get(name), `${name},${kind},${name.toLowerCase()},,${lettersNaming(name).join(' ')}`);
    const markdown: string = await session.connection.sendRequest(LettersRequests.indexOfNames, {
      format: 'markdown',
    });
    assert.match(
      markdown,
      /^- \*\*Molotov, Viacheslav Mikhailovich\*\* \(persons\): letters \d+(, \d+){10,}$/m,
    );
  });
});

describe('protocol: register names as workspace symbols', () => {
  let session: ServerSession;

  before(async () => {
    session = await startServer(path.join(ROOT, 'samples'));
    await openDocument(session, SAMPLE_URI, SAMPLE_TEXT);
    await session.diagnostics(SAMPLE_URI);
  });

  after(async () => {
    await session.stop();
  });

  it('finds a place by a former name, as its entry in the register', async () => {
    const symbols: SymbolInformation[] = await session.connection.sendRequest('workspace/symbol', {
      query: 'tsaritsyn',
    });
    assert.deepEqual(
      symbols.map((symbol) => [symbol.name, symbol.location.uri]),
      [['Volgograd', PLACES.uri]],
    );
  });
});

describe('protocol: a place register with a defect', () => {
  let session: ServerSession;
  let folder: string;

  before(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'letters-places-'));
    writeFileSync(path.join(folder, 'edition.letters'), 'Letter 1\n\nWe went to Kursk.\n');
    session = await startServer(folder);
  });

  after(async () => {
    await session.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('reports a schema error in a register on disk, and clears it once the file is fixed', async () => {
    const file = path.join(folder, 'edition.places.json');
    const uri = pathToFileURL(file).toString();
    const broken = '{ "places": [ { "id": "kursk", "name": "Kursk", "population": 1 } ] }';
    writeFileSync(file, broken);
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri, type: 1 }],
    });
    const published = await session.diagnostics(uri, (params) => params.diagnostics.length > 0);
    assert.deepEqual(
      published.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range.start]),
      [['register.schema', positionOf('"population"', 0, broken)]],
    );
    writeFileSync(file, '{ "places": [ { "id": "kursk", "name": "Kursk" } ] }');
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
      changes: [{ uri, type: 2 }],
    });
    await session.diagnostics(uri, (params) => params.diagnostics.length === 0);
  });

  it('applies an edit of an open register to the hover at once, before it is saved', async () => {
    const letters = pathToFileURL(path.join(folder, 'edition.letters')).toString();
    const lettersText = 'Letter 1\n\nWe went to Kursk.\n';
    await openDocument(session, letters, lettersText);
    const uri = pathToFileURL(path.join(folder, 'edition.places.json')).toString();
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: {
        uri,
        languageId: 'json',
        version: 1,
        text: '{ "places": [ { "id": "kursk", "name": "Kursk" } ] }',
      },
    });
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [
        {
          text: '{ "places": [ { "id": "kursk", "name": "Kursk", "description": "A town south of Moscow." } ] }',
        },
      ],
    });
    await session.diagnostics(uri);
    const shown: Hover = await session.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: letters },
      position: positionOf('Kursk', 1, lettersText),
    });
    assert.ok(typeof shown.contents === 'object' && 'value' in shown.contents);
    assert.match(shown.contents.value, /^\*\*Kursk\*\*\n\nA town south of Moscow\./);
  });
});
