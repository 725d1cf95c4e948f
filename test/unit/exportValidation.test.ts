import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Edition } from '../../server/src/analysis/edition';
import type { AnnotationOptions } from '../../server/src/reading/annotations';
import { readEdition } from '../../server/src/reading/edition';
import { exportCmif, sourceUuid, type CmifMetadata } from '../../server/src/export/cmif';
import { exportTei } from '../../server/src/export/tei';
import { cmifMetadata } from '../../server/src/export/cmifMetadata';
import { parseEditionFile } from '../../server/src/analysis/editionFile';
import { schematronFindings } from '../schematron';

/**
 * The sample's CMIF metadata: its edition.json (title, printed source, sender, recipient) with the
 * fields only the publisher of a CMIF file can give, which the sample leaves out.
 */
function sampleCmif(): CmifMetadata {
  const edition = parseEditionFile(
    'file:///samples/edition.json',
    readFileSync(path.join(SAMPLES, 'edition.json'), 'utf8'),
  ).metadata;
  const result = cmifMetadata(
    {
      ...edition,
      // No e-mail: CMIF's schema makes it optional, and this test shows the file is valid without it.
      editors: [{ name: 'Letters Edition' }],
      publisher: 'Letters Edition',
      url: 'https://example.org/stalin-molotov-1926.cmif.xml',
      licence: { text: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    },
    '2026-12-01',
  );
  assert.ok(result.metadata, `lacking ${result.missing?.join(', ')}`);
  return result.metadata;
}

/**
 * The official schemas sit beside the repository (`../shared/schemas`, or where
 * `LETTERS_SCHEMAS` says); a user's clone may lack them.
 */
const SCHEMAS = process.env.LETTERS_SCHEMAS ?? path.join(__dirname, '..', '..', '..', 'shared', 'schemas');
const SAMPLES = path.join(__dirname, '..', '..', 'samples');

function sampleEdition(options: AnnotationOptions = {}) {
  const workspace = new Edition();
  workspace.registers.set(
    'file:///samples/stalin-molotov-1926.persons.json',
    readFileSync(path.join(SAMPLES, 'stalin-molotov-1926.persons.json'), 'utf8'),
  );
  for (const kind of ['places', 'organisations', 'terms'])
    workspace.registers.set(
      `file:///samples/stalin-molotov-1926.${kind}.json`,
      readFileSync(path.join(SAMPLES, `stalin-molotov-1926.${kind}.json`), 'utf8'),
    );
  workspace.set(
    'file:///samples/stalin-molotov-1926.letters',
    0,
    readFileSync(path.join(SAMPLES, 'stalin-molotov-1926.letters'), 'utf8'),
  );
  return readEdition(workspace, options);
}

/** An editorial date of every family, one letter each (`docs/format.md`, Editorial dates). */
const EVERY_FAMILY = [
  '5 July 1926',
  'July 1926',
  '1926',
  '5? July 1926',
  'c. 30 August 1926',
  'before 5 July 1926',
  'no earlier than 1 August 1926',
  'after 2 and before 5 July 1926',
  'early July 1926',
  'second half of December 1926',
  'first days of 1927',
  'summer 1926',
  'winter 1926/27',
  'c. spring 1927',
  '3 or 4 July 1926',
  '30 June\u20132 July 1926',
  'between 2 and 5 July 1926',
  'undated',
];

/** The sample's registers with one file of letters dated in every family. */
function familiesEdition() {
  const workspace = new Edition();
  workspace.registers.set(
    'file:///samples/stalin-molotov-1926.persons.json',
    readFileSync(path.join(SAMPLES, 'stalin-molotov-1926.persons.json'), 'utf8'),
  );
  const text = EVERY_FAMILY.map(
    (date, index) => `Letter ${index + 1}\n[${date}]\n\nText of the letter.\n`,
  ).join('\n');
  workspace.set('file:///samples/families.letters', 0, text);
  return readEdition(workspace);
}

describe('Export validation against the official schemas', function () {
  before(function () {
    if (existsSync(SCHEMAS)) return;
    if (process.env.CI === 'true') throw new Error(`the official schemas are missing: ${SCHEMAS}`);
    console.log(`    (skipped: no official schemas at ${SCHEMAS})`);
    this.skip();
  });

  /** Asserts that `text` is valid against cmi-customization.rng. */
  async function assertValidCmif(text: string): Promise<void> {
    const { XmlDocument, RelaxNGValidator } = (await new Function(
      'return import("libxml2-wasm")',
    )()) as typeof import('libxml2-wasm', { with: { 'resolution-mode': 'import' } });
    const schema = XmlDocument.fromString(
      readFileSync(path.join(SCHEMAS, 'cmif', 'cmi-customization.rng'), 'utf8'),
    );
    const validator = RelaxNGValidator.fromDoc(schema);
    const cmif = XmlDocument.fromString(text);
    try {
      assert.doesNotThrow(() => validator.validate(cmif));
    } finally {
      cmif.dispose();
      validator.dispose();
      schema.dispose();
    }
  }

  it('the sample exports to CMIF that is valid against cmi-customization.rng', async function () {
    const text = exportCmif(sampleEdition(), sampleCmif());
    await assertValidCmif(text);
    assert.equal((text.match(/<correspDesc /g) ?? []).length, 20);
    assert.match(text, /<correspDesc key="11" source="#source-[0-9a-f-]{36}">/);
  });

  it('an editorial date of every family exports to CMIF with the dating attributes CMIF allows', async function () {
    const text = exportCmif(familiesEdition(), sampleCmif());
    await assertValidCmif(text);
    const dates = [...text.matchAll(/<correspAction type="sent">.*?(<date [^>]*>)/g)].map(
      (match) => match[1] as string,
    );
    // Every dated letter has a date (the undated one none); CMIF has no precision, an estimate is cert="low".
    assert.equal(dates.length, EVERY_FAMILY.length - 1);
    assert.ok(dates.every((date) => !date.includes('precision')));
    assert.ok(dates.includes('<date notBefore="1926-07-03" notAfter="1926-07-04" evidence="conjecture"/>'));
    assert.ok(dates.includes('<date when="1926-08-30" evidence="conjecture" cert="low"/>'));
  });

  it('the sample exports to TEI that is valid against TEI All (tei_all.rng)', async function () {
    // libxml2-wasm is an ES module with top-level await: loaded with a real dynamic import.
    const { XmlDocument, RelaxNGValidator } = (await new Function(
      'return import("libxml2-wasm")',
    )()) as typeof import('libxml2-wasm', { with: { 'resolution-mode': 'import' } });
    // Compiling TEI All takes over ten seconds: once per run.
    const schema = XmlDocument.fromString(readFileSync(path.join(SCHEMAS, 'tei', 'tei_all.rng'), 'utf8'));
    const validator = RelaxNGValidator.fromDoc(schema);
    try {
      // The header as letters-export writes it: title and printed source from edition.json; once
      // as the text stands, once with the corrections of text damage as choice/sic/corr.
      for (const corrections of [false, true]) {
        const tei = XmlDocument.fromString(
          exportTei(sampleEdition({ corrections }), {
            title: sampleCmif().title,
            source: sampleCmif().source,
          }),
        );
        try {
          assert.doesNotThrow(() => validator.validate(tei), `corrections: ${corrections}`);
        } finally {
          tei.dispose();
        }
      }
      // An editorial date of every family, with TEI's cert and precision.
      const text = exportTei(familiesEdition(), { title: sampleCmif().title, source: sampleCmif().source });
      const families = XmlDocument.fromString(text);
      try {
        assert.doesNotThrow(() => validator.validate(families), 'every family of editorial dates');
      } finally {
        families.dispose();
      }
      for (const date of [
        '<date when="1926-07-05" evidence="conjecture" cert="low">',
        '<date when="1926-08-30" evidence="conjecture" precision="low">',
        '<date notAfter="1926-07-04" evidence="conjecture">',
        '<date notBefore="1926-12" notAfter="1927-02" evidence="conjecture" precision="medium">',
      ])
        assert.ok(text.includes(date), date);
    } finally {
      validator.dispose();
      schema.dispose();
    }
  });
});

describe('CMIF export against the CMIF Schematron (cmif.sch)', function () {
  const file = path.join(SCHEMAS, 'cmif', 'cmif.sch');
  let schema = '';
  before(function () {
    if (existsSync(file)) {
      schema = readFileSync(file, 'utf8');
      return;
    }
    if (process.env.CI === 'true') throw new Error(`the CMIF Schematron is missing: ${file}`);
    console.log(`    (skipped: no CMIF Schematron at ${file})`);
    this.skip();
  });

  it('finds nothing to report in the CMIF of the sample, not even a warning', function () {
    assert.deepEqual(schematronFindings(schema, exportCmif(sampleEdition(), sampleCmif())), []);
  });

  it('finds nothing to report in the CMIF of an editorial date of every family', function () {
    assert.deepEqual(schematronFindings(schema, exportCmif(familiesEdition(), sampleCmif())), []);
  });

  it('reports what the schema forbids, so that the clean result above means something', function () {
    const exported = exportCmif(sampleEdition(), sampleCmif());
    const codes = (cmif: string) =>
      schematronFindings(schema, cmif)
        .map((finding) => finding.message.slice(0, 7))
        .sort();
    const broken = exported
      // A source that names no bibl (a rule on an attribute), a letter not received, a date without a dating attribute.
      .replace(/source="#source-[^"]+"/, 'source="#elsewhere"')
      .replace(/<correspAction type="received">.*?<\/correspAction>/, '')
      .replace(/<date when="[^"]+"/, '<date');
    assert.deepEqual(codes(broken), ['[E0002]', '[E0003]', '[E0004]']);
    // A bibl whose id is no UUID is only a warning.
    assert.deepEqual(codes(exported.replace(/source-[0-9a-f-]{36}/g, 'printed')), ['[W0001]']);
  });
});

describe('CMIF source id', () => {
  it('is a UUID derived from the metadata: the same for the same edition, another for another', () => {
    const sample = sampleCmif();
    const uuid = sourceUuid(sample);
    assert.match(uuid, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(sourceUuid({ ...sample }), uuid);
    assert.notEqual(sourceUuid({ ...sample, source: 'Another book.' }), uuid);
  });
});
