import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { WorkspaceIndex } from '../../server/src/analysis/workspace';
import { exportEdition } from '../../server/src/export/source';
import { exportCmif, sourceUuid, type CmifMetadata } from '../../server/src/export/cmif';
import { exportTei } from '../../server/src/export/tei';

/** The sample's CMIF metadata: the printed edition its letters come from. */
const SAMPLE_CMIF: CmifMetadata = {
  title: "Stalin's letters to Molotov, 1926 (letters 11–30)",
  editor: { name: 'Letters Edition', email: 'editor@example.org' },
  publisher: 'Letters Edition',
  url: 'https://example.org/stalin-molotov-1926.cmif.xml',
  licence: 'https://creativecommons.org/licenses/by/4.0/',
  source:
    "Lars T. Lih, Oleg V. Naumov, Oleg V. Khlevniuk (eds.), Stalin's Letters to Molotov, 1925–1936, New Haven: Yale University Press, 1995.",
  sender: 'stalin',
  recipient: 'molotov',
  published: '2026-12-01',
};

/**
 * The official schemas sit beside the repository (`../shared/schemas`, or where
 * `LETTERS_SCHEMAS` says); a user's clone may lack them.
 */
const SCHEMAS = process.env.LETTERS_SCHEMAS ?? path.join(__dirname, '..', '..', '..', 'shared', 'schemas');
const SAMPLES = path.join(__dirname, '..', '..', 'samples');

function sampleEdition() {
  const workspace = new WorkspaceIndex();
  workspace.persons.set(
    'file:///samples/stalin-molotov-1926.persons.json',
    readFileSync(path.join(SAMPLES, 'stalin-molotov-1926.persons.json'), 'utf8'),
  );
  workspace.set(
    'file:///samples/stalin-molotov-1926.letters',
    0,
    readFileSync(path.join(SAMPLES, 'stalin-molotov-1926.letters'), 'utf8'),
  );
  return exportEdition(workspace.all(), workspace.persons);
}

describe('Export validation against the official schemas', function () {
  before(function () {
    if (existsSync(SCHEMAS)) return;
    if (process.env.CI === 'true') throw new Error(`the official schemas are missing: ${SCHEMAS}`);
    console.log(`    (skipped: no official schemas at ${SCHEMAS})`);
    this.skip();
  });

  it('the sample exports to CMIF that is valid against cmi-customization.rng', async function () {
    const { XmlDocument, RelaxNGValidator } = (await new Function(
      'return import("libxml2-wasm")',
    )()) as typeof import('libxml2-wasm', { with: { 'resolution-mode': 'import' } });
    const schema = XmlDocument.fromString(
      readFileSync(path.join(SCHEMAS, 'cmif', 'cmi-customization.rng'), 'utf8'),
    );
    const validator = RelaxNGValidator.fromDoc(schema);
    const text = exportCmif(sampleEdition(), SAMPLE_CMIF);
    const cmif = XmlDocument.fromString(text);
    try {
      assert.doesNotThrow(() => validator.validate(cmif));
      assert.equal((text.match(/<correspDesc /g) ?? []).length, 20);
      assert.match(text, /<correspDesc key="11" source="#source-[0-9a-f-]{36}">/);
    } finally {
      cmif.dispose();
      validator.dispose();
      schema.dispose();
    }
  });

  it('the sample exports to TEI that is valid against TEI All (tei_all.rng)', async function () {
    // libxml2-wasm is an ES module with top-level await: loaded with a real dynamic import.
    const { XmlDocument, RelaxNGValidator } = (await new Function(
      'return import("libxml2-wasm")',
    )()) as typeof import('libxml2-wasm', { with: { 'resolution-mode': 'import' } });
    // Compiling TEI All takes over ten seconds: once per run.
    const schema = XmlDocument.fromString(readFileSync(path.join(SCHEMAS, 'tei', 'tei_all.rng'), 'utf8'));
    const validator = RelaxNGValidator.fromDoc(schema);
    const tei = XmlDocument.fromString(
      exportTei(sampleEdition(), { title: 'Stalin to Molotov, 1926', source: undefined }),
    );
    try {
      assert.doesNotThrow(() => validator.validate(tei));
    } finally {
      tei.dispose();
      validator.dispose();
      schema.dispose();
    }
  });
});

describe('CMIF source id', () => {
  it('is a UUID derived from the metadata: the same for the same edition, another for another', () => {
    const uuid = sourceUuid(SAMPLE_CMIF);
    assert.match(uuid, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(sourceUuid({ ...SAMPLE_CMIF }), uuid);
    assert.notEqual(sourceUuid({ ...SAMPLE_CMIF, source: 'Another book.' }), uuid);
  });
});
