/**
 * A register kind the project does not have, ships, added the way a new kind is added: one
 * `RegisterKind` entry in the list of kinds, and no other change. Everything that the four kinds
 * get, the fifth gets too: the file is found by its suffix, validated against its schema, checked
 * across its registers, its names are matched in the letters and hovered, navigated, listed,
 * completed and annotated.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Node } from 'jsonc-parser';
import { Edition } from '../../server/src/analysis/edition';
import type { RegisterEntry, RegisterKind } from '../../server/src/analysis/registers/kind';
import { REGISTER_KINDS } from '../../server/src/analysis/registers/kinds';
import { spanOf, stringAt, stringsAt } from '../../server/src/analysis/registers/jsonRegister';
import { findSideFiles } from '../../server/src/host/loader';
import { createLanguageService } from '../../server/src/service/languageService';
import { readEdition } from '../../server/src/reading/edition';
import { fixture, lines } from '../fixture';

interface Ship extends RegisterEntry {
  readonly built: string | undefined;
}

/** The fixture kind: `*.ships.json`, `{ "ships": [ { "id", "name", "aliases", "built" } ] }`. */
const SHIPS: RegisterKind<Ship> = {
  name: 'ships',
  singular: 'ship',
  suffix: '.ships.json',
  schema: {
    type: 'object',
    required: ['ships'],
    additionalProperties: false,
    properties: {
      ships: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'name'],
          additionalProperties: false,
          properties: {
            id: { type: 'string' },
            name: { type: 'string' },
            aliases: { type: 'array', items: { type: 'string' } },
            built: { type: 'string' },
          },
        },
      },
    },
  },
  entry(uri: string, node: Node): Ship | undefined {
    const id = stringAt(node, 'id');
    const name = stringAt(node, 'name');
    if (!id || !name) return undefined;
    return {
      id: id.value,
      name: name.value,
      built: stringAt(node, 'built')?.value,
      uri,
      span: spanOf(node),
      nameSpan: name.span,
      claims: [{ name: name.value, span: name.span }, ...stringsAt(node, 'aliases')],
    };
  },
  describe: (ship) => `**${ship.name}**${ship.built ? `, built ${ship.built}` : ''}`,
  summary: (ship) => (ship.built ? `built ${ship.built}` : undefined),
};

const SHIPS_URI = 'file:///edition/fleet.ships.json';
const SHIPS_TEXT = JSON.stringify({
  ships: [
    { id: 'aurora', name: 'Aurora', aliases: ['the cruiser Aurora'], built: '1900' },
    { id: 'marat', name: 'Marat', built: '1911' },
  ],
});
const LETTERS_URI = 'file:///edition/a.letters';
const LETTER = lines(
  'Letter 1',
  '',
  '[1 June 1926]',
  '',
  'The [[Aurora]] sails on Monday; the [[Marat]] stays. Nobody asked the Aurora.',
  '',
);

/** An edition with the four kinds and ships, the fleet register and one letter. */
function fleet() {
  const edition = new Edition([...REGISTER_KINDS, SHIPS]);
  edition.setFile(SHIPS_URI, SHIPS_TEXT);
  const { text, ranges } = fixture(LETTER);
  const model = edition.set(LETTERS_URI, 1, text);
  const service = createLanguageService({ workspace: edition });
  const position = (offset: number) => model.lineIndex.positionAt(offset);
  return { edition, model, service, ranges, position };
}

describe('a register kind added as one entry (ships)', () => {
  it('finds its files by their suffix and reads them as the kind', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'letters-ships-'));
    writeFileSync(path.join(folder, 'fleet.ships.json'), SHIPS_TEXT);
    writeFileSync(path.join(folder, 'notes.json'), '{}');
    const edition = new Edition([...REGISTER_KINDS, SHIPS]);
    const found = await findSideFiles(edition, [folder]);
    assert.deepEqual(
      found.map((uri) => path.basename(uri)),
      ['fleet.ships.json'],
    );
    assert.equal(edition.kindOf(found[0]!)?.name, 'ships');
  });

  it('validates a register against the kind schema and checks ids across its registers', () => {
    const { edition, service } = fleet();
    const second = 'file:///edition/more.ships.json';
    edition.setFile(second, '{ "ships": [ { "id": "aurora", "name": "Avrora", "tonnage": 6731 } ] }');
    const codes = service.sideFileDiagnostics(second).map((diagnostic) => diagnostic.code);
    assert.deepEqual(codes.sort(), ['register.duplicateId', 'register.schema']);
    assert.deepEqual(service.sideFileDiagnostics(SHIPS_URI), []);
  });

  it('matches its names in the letters, longest name first', () => {
    const { edition, model, ranges } = fleet();
    const mentions = edition.registers
      .mentions(model)
      .filter(({ index }) => index.kind === SHIPS)
      .map(({ entry, mention }) => [entry.id, mention.span]);
    assert.deepEqual(mentions.slice(0, 2), [
      ['aurora', ranges[0]],
      ['marat', ranges[1]],
    ]);
    assert.equal(mentions.length, 3);
  });

  it('hovers a mention with its description and where the letters mention it', () => {
    const { model, service, ranges, position } = fleet();
    const hover = service.hover(model, position(ranges[0]!.start + 2));
    const markdown = (hover?.contents as { value: string }).value;
    assert.match(markdown, /\*\*Aurora\*\*, built 1900/);
    assert.match(markdown, /\*ship\* · Mentioned 2 times in 1 letter: letter 1 \(2\)\./);
  });

  it('leads from a mention to its entry and lists every mention as a reference', () => {
    const { model, service, ranges, position } = fleet();
    const [link] = service.definition(model, position(ranges[0]!.start));
    assert.equal(link?.targetUri, SHIPS_URI);
    const references = service.references(model, position(ranges[1]!.start), false);
    assert.deepEqual(
      references.map((reference) => reference.range.start),
      [position(ranges[1]!.start)],
    );
  });

  it('completes its names and lists its entries with their letters, and the readers annotate them', () => {
    const { edition, model, service } = fleet();
    const typing = edition.set(LETTERS_URI, 2, `${model.text}Mar`);
    const labels = service.completion(typing, typing.lineIndex.positionAt(typing.text.length));
    assert.ok(labels.some((item) => item.label === 'Marat' && item.detail === 'Marat (ship)'));
    const listed = service.registers().kinds.find((kind) => kind.kind === 'ships');
    assert.deepEqual(
      listed?.entries.map((entry) => [entry.name, entry.letters.length]),
      [
        ['Aurora', 1],
        ['Marat', 1],
      ],
    );
    const read = readEdition(edition);
    assert.deepEqual(
      read.registers.find((register) => register.name === 'ships')?.entries.map((entry) => entry.id),
      ['aurora', 'marat'],
    );
    const annotations = read.documents[0]?.letters[0]?.annotations ?? [];
    assert.ok(
      annotations.some((annotation) => annotation.kind === 'mention' && annotation.register === 'ships'),
    );
  });
});
