import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const CLI = path.join(__dirname, '../../server/src/cli/lettersExport.ts');
const SAMPLES = path.join(__dirname, '..', '..', 'samples');

/** A temporary copy of the sample: its letters, its person and place registers and its edition.json. */
function sampleFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'letters-export-'));
  for (const file of [
    'stalin-molotov-1926.letters',
    'stalin-molotov-1926.persons.json',
    'stalin-molotov-1926.places.json',
    'edition.json',
  ])
    copyFileSync(path.join(SAMPLES, file), path.join(folder, file));
  return folder;
}

function exportTo(output: string, ...options: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', CLI, '-o', output, ...options], {
    encoding: 'utf8',
  });
}

describe('letters-export on the sample', function () {
  this.timeout(20000);

  it('--format cmif says which metadata the sample lacks, exits 1 and writes nothing', () => {
    const folder = sampleFolder();
    const output = path.join(folder, 'out');
    const run = exportTo(output, '--format', 'cmif', folder);
    assert.equal(run.status, 1, run.stderr);
    assert.match(
      run.stderr,
      /cmif needs "editors".*"publisher".*"url".*"licence".*edition\.json; nothing written/,
    );
    assert.doesNotMatch(run.stderr, /"title"|"sender"|"recipient"|"source"/);
    assert.equal(existsSync(output), false);
  });

  it('--format cmif with a complete --edition file writes one correspDesc per letter', () => {
    const folder = sampleFolder();
    const edition = JSON.parse(readFileSync(path.join(folder, 'edition.json'), 'utf8'));
    const complete = path.join(folder, 'complete.json');
    writeFileSync(
      complete,
      JSON.stringify({
        ...edition,
        editors: [{ name: 'A. Editor' }],
        publisher: 'A Press',
        licence: { text: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
        url: 'https://example.org/letters.cmif.xml',
      }),
    );
    const output = path.join(folder, 'out');
    const run = exportTo(output, '--format', 'cmif', '--edition', complete, folder);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(readdirSync(output), ['stalin-molotov-1926.cmif.xml']);
    const cmif = readFileSync(path.join(output, 'stalin-molotov-1926.cmif.xml'), 'utf8');
    assert.equal((cmif.match(/<correspDesc /g) ?? []).length, 20);
    assert.match(cmif, /<editor>A\. Editor<\/editor>/);
    assert.match(cmif, /<bibl type="print" xml:id="source-[0-9a-f-]{36}">Lars T\. Lih/);
    assert.match(cmif, /<idno type="url">https:\/\/example\.org\/letters\.cmif\.xml<\/idno>/);
  });

  it('--format tei takes the title and the printed source from edition.json', () => {
    const folder = sampleFolder();
    const run = exportTo(folder, '--format', 'tei', folder);
    assert.equal(run.status, 0, run.stderr);
    const tei = readFileSync(path.join(folder, 'stalin-molotov-1926.tei.xml'), 'utf8');
    assert.match(tei, /<title>Stalin's Letters to Molotov, 1926 \(letters 11–30\)<\/title>/);
    assert.match(tei, /<sourceDesc><bibl>Lars T\. Lih, Oleg V\. Naumov, Oleg V\. Khlevniuk \(eds\.\)/);
  });

  it('--format tei reads the place register beside the letters, and corrects text damage only with --corrections', () => {
    const folder = sampleFolder();
    const plain = exportTo(path.join(folder, 'plain'), '--format', 'tei', folder);
    assert.equal(plain.status, 0, plain.stderr);
    // The CMIF fields edition.json lacks are no concern of a TEI export.
    assert.equal(plain.stderr, '');
    const tei = readFileSync(path.join(folder, 'plain', 'stalin-molotov-1926.tei.xml'), 'utf8');
    assert.match(tei, /<placeName ref="#sochi">Sochi<\/placeName>/);
    assert.match(tei, /<listPlace>/);
    assert.doesNotMatch(tei, /<choice>/);
    const corrected = exportTo(path.join(folder, 'corrected'), '--format', 'tei', '--corrections', folder);
    assert.equal(corrected.status, 0, corrected.stderr);
    assert.match(
      readFileSync(path.join(folder, 'corrected', 'stalin-molotov-1926.tei.xml'), 'utf8'),
      /<choice><sic>ourworkers<\/sic><corr resp="#letters-edition">our workers<\/corr><\/choice>/,
    );
  });

  it('--edition with a file that cannot be read is a usage error (exit 2)', () => {
    const folder = sampleFolder();
    const run = exportTo(folder, '--format', 'cmif', '--edition', path.join(folder, 'none.json'), folder);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /cannot read .*none\.json/);
  });
});
