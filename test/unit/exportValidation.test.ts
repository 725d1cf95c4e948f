import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { WorkspaceIndex } from '../../server/src/analysis/workspace';
import { exportEdition } from '../../server/src/export/source';
import { exportTei } from '../../server/src/export/tei';

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
