import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { cmifMetadata } from '../../server/src/export/cmifMetadata';
import { parseEditionFile } from '../../server/src/analysis/editionFile';

const COMPLETE = `{
  "title": "Letters of 1926",
  "editors": [{ "name": "A. Editor" }],
  "publisher": "A Press",
  "licence": { "text": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/" },
  "source": { "bibl": "A. Editor (ed.), Letters, 1995." },
  "sender": "stalin",
  "recipient": "molotov",
  "language": "en",
  "url": "https://example.org/letters.cmif.xml"
}`;

/** The problems of `text` as `code: message @ the text they mark`. */
function problemsOf(text: string): string[] {
  return parseEditionFile('file:///edition.json', text).problems.map(
    (problem) => `${problem.code}: ${problem.message} @ ${text.slice(problem.span.start, problem.span.end)}`,
  );
}

describe('edition.json', () => {
  it('reads every field of a complete file without a problem', () => {
    const edition = parseEditionFile('file:///edition.json', COMPLETE);
    assert.deepEqual(edition.problems, []);
    assert.equal(edition.metadata.title, 'Letters of 1926');
    assert.deepEqual(edition.metadata.editors, [{ name: 'A. Editor' }]);
    assert.deepEqual(edition.metadata.source, { bibl: 'A. Editor (ed.), Letters, 1995.' });
    assert.equal(edition.metadata.sender, 'stalin');
  });

  it('reports a missing required field on the object that lacks it', () => {
    const text = COMPLETE.replace('"title": "Letters of 1926",', '');
    assert.deepEqual(problemsOf(text), [
      'edition.schema: The edition metadata lacks the required property "title". @ {',
    ]);
  });

  it('reports an unknown property on its key and a malformed value on the value', () => {
    const text = COMPLETE.replace('"language": "en"', '"langauge": "en"').replace(
      '"sender": "stalin"',
      '"sender": "J. Stalin"',
    );
    assert.deepEqual(problemsOf(text).sort(), [
      'edition.schema: The edition metadata lacks the required property "language". @ {',
      'edition.schema: Unknown property "langauge". @ {',
      'edition.schema: `sender` must match pattern "^[A-Za-z_][A-Za-z0-9_.-]*$". @ "J. Stalin"',
    ]);
  });

  it('reports invalid JSON where the parser stopped and keeps what it could read', () => {
    const edition = parseEditionFile('file:///edition.json', '{ "title": "T", "sender": }');
    assert.deepEqual(
      edition.problems.map((problem) => problem.code),
      ['edition.json'],
    );
    assert.equal(edition.metadata.title, 'T');
  });

  it('warns on the object of each field CMIF needs that the file leaves out, and of nothing else', () => {
    const text = COMPLETE.replace('"publisher": "A Press",', '').replace(
      /,\s*"url": "https:\/\/example.org[^"]+"/,
      '',
    );
    assert.deepEqual(
      problemsOf(text).map((line) => line.replace(/\(.*\)/, '(…)')),
      [
        'edition.cmif: The CMIF export needs "publisher" (…); without it, Export Edition as CMIF and `letters-export --format cmif` write nothing. @ {',
        'edition.cmif: The CMIF export needs "url" (…); without it, Export Edition as CMIF and `letters-export --format cmif` write nothing. @ {',
      ],
    );
    // A file with a syntax error hears of the syntax alone.
    assert.deepEqual(
      problemsOf('{ "title": "T" ').map((line) => line.split(':')[0]),
      ['edition.json'],
    );
  });

  it('never throws, whatever the text', () => {
    for (const text of ['', '[', '"edition"', '[1, 2]', 'null', '{"editors": "me"}', '\uFEFF{}'])
      assert.ok(parseEditionFile('file:///edition.json', text).problems.length > 0, JSON.stringify(text));
  });

  it("the sample's edition.json is valid and names the printed edition and the correspondents", () => {
    const text = readFileSync(path.join(__dirname, '..', '..', 'samples', 'edition.json'), 'utf8');
    const edition = parseEditionFile('file:///samples/edition.json', text);
    // It gives only the facts of the printed edition: what only a publisher can say is warned of.
    assert.deepEqual(
      edition.problems.map((problem) => `${problem.code} ${problem.message.match(/"\w+"/)?.[0]}`),
      ['edition.cmif "editors"', 'edition.cmif "publisher"', 'edition.cmif "url"', 'edition.cmif "licence"'],
    );
    assert.match(edition.metadata.source?.bibl ?? '', /Stalin's Letters to Molotov, 1925–1936/);
    assert.equal(edition.metadata.sender, 'stalin');
    assert.equal(edition.metadata.recipient, 'molotov');
  });
});

describe('CMIF metadata from edition.json', () => {
  it('is complete for a complete file, with the editor and no invented e-mail', () => {
    const result = cmifMetadata(parseEditionFile('file:///edition.json', COMPLETE).metadata, '2026-12-01');
    assert.deepEqual(result.metadata?.editors, [{ name: 'A. Editor' }]);
    assert.equal(result.metadata?.url, 'https://example.org/letters.cmif.xml');
    assert.equal(result.metadata?.published, '2026-12-01');
  });

  it('names every field CMIF needs that the file lacks, and nothing else', () => {
    const text = COMPLETE.replace(/\s*"publisher": "A Press",/, '').replace(
      /,\s*"url": "https:\/\/example.org[^"]*"/,
      '',
    );
    const result = cmifMetadata(parseEditionFile('file:///edition.json', text).metadata, '2026-12-01');
    assert.deepEqual(result.missing, ['"publisher"', '"url" (where the CMIF file will be published)']);
  });
});
