import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULT_SETTINGS } from '../../server/src/analysis/settings';
import { Edition } from '../../server/src/analysis/edition';
import { sideFileDiagnostics } from '../../server/src/features/sideFileDiagnostics';

/** A workspace with the given registers: file name (`e.places.json`) → JSON text. */
function workspaceWith(registers: Record<string, string>): Edition {
  const workspace = new Edition();
  for (const [name, text] of Object.entries(registers)) workspace.registers.set(`file:///e/${name}`, text);
  return workspace;
}

/** Each `register.kindConflict` as `file "claim" -> file "related claim", ...`, the spans as written. */
function conflicts(registers: Record<string, string>): string[] {
  const workspace = workspaceWith(registers);
  const text = (uri: string | undefined) => registers[uri?.slice('file:///e/'.length) ?? ''] ?? '';
  return Object.keys(registers).flatMap((name) => {
    const uri = `file:///e/${name}`;
    return workspace.registers
      .kindConflictsOf(uri)
      .map(
        (problem) =>
          `${name} ${text(uri).slice(problem.span.start, problem.span.end)} -> ${problem.related
            .map(
              (place) =>
                `${place.uri?.slice('file:///e/'.length)} ${text(place.uri).slice(place.span.start, place.span.end)}`,
            )
            .join(', ')}`,
      );
  });
}

describe('register.kindConflict: a name in registers of two kinds', () => {
  it('reports a name a person and a place both claim on both entries, each pointing at the other', () => {
    const registers = {
      'e.persons.json': '{ "persons": [ { "id": "peter", "name": "Smith, Peter", "aliases": ["Peter"] } ] }',
      'e.places.json': '{ "places": [ { "id": "spb", "name": "Saint Petersburg", "aliases": ["Peter"] } ] }',
    };
    assert.deepEqual(conflicts(registers), [
      'e.persons.json "Peter" -> e.places.json "Peter"',
      'e.places.json "Peter" -> e.persons.json "Peter"',
    ]);
    const [message] = workspaceWith(registers)
      .registers.kindConflictsOf('file:///e/e.places.json')
      .map((problem) => problem.message);
    assert.equal(
      message,
      '"Peter" is a name of Saint Petersburg (place) and also of Smith, Peter (person, peter); the letters read it as the person, and as the place only with an editorial bracket after it (`Peter [Saint Petersburg]`).',
    );
  });

  it('reports an abbreviation an organisation and a term share, and says both count', () => {
    const registers = {
      'e.organisations.json':
        '{ "organisations": [ { "id": "nep-commission", "name": "NEP Commission", "abbreviations": ["NEP"] } ] }',
      'e.terms.json': '{ "terms": [ { "id": "nep", "name": "NEP", "gloss": "New Economic Policy" } ] }',
    };
    assert.deepEqual(conflicts(registers), [
      'e.organisations.json "NEP" -> e.terms.json "NEP"',
      'e.terms.json "NEP" -> e.organisations.json "NEP"',
    ]);
    assert.match(
      workspaceWith(registers).registers.kindConflictsOf('file:///e/e.terms.json')[0]?.message ?? '',
      /each mention in the letters counts for every one of them\.$/,
    );
  });

  it('compares names as the text is matched: spacing alone does not tell them apart, case does', () => {
    assert.deepEqual(
      conflicts({
        'e.organisations.json': '{ "organisations": [ { "id": "ccc", "name": "Central  Control" } ] }',
        'e.places.json':
          '{ "places": [ { "id": "cc", "name": "Central Control" }, { "id": "b", "name": "Baku" } ] }',
        'e.terms.json': '{ "terms": [ { "id": "baku", "name": "BAKU" } ] }',
      }),
      [
        'e.organisations.json "Central  Control" -> e.places.json "Central Control"',
        'e.places.json "Central Control" -> e.organisations.json "Central  Control"',
      ],
    );
  });

  it('shows a surname taken from a preferred name on that name', () => {
    assert.deepEqual(
      conflicts({
        'e.persons.json': '{ "persons": [ { "id": "frunze", "name": "Frunze, Mikhail" } ] }',
        'e.places.json': '{ "places": [ { "id": "bishkek", "name": "Bishkek", "aliases": ["Frunze"] } ] }',
      }),
      [
        'e.persons.json "Frunze, Mikhail" -> e.places.json "Frunze"',
        'e.places.json "Frunze" -> e.persons.json "Frunze, Mikhail"',
      ],
    );
  });

  it('leaves a name claimed twice within one kind to register.aliasConflict', () => {
    assert.deepEqual(
      conflicts({
        'a.places.json':
          '{ "places": [ { "id": "spb", "name": "Saint Petersburg", "aliases": ["Peter"] } ] }',
        'b.places.json': '{ "places": [ { "id": "peterhof", "name": "Peterhof", "aliases": ["Peter"] } ] }',
      }),
      [],
    );
  });

  it('is silent on the sample registers, whose kinds share no name', () => {
    const registers = Object.fromEntries(
      ['persons', 'places', 'organisations', 'terms'].map((kind) => [
        `e.${kind}.json`,
        readFileSync(`samples/stalin-molotov-1926.${kind}.json`, 'utf8'),
      ]),
    );
    assert.deepEqual(conflicts(registers), []);
  });

  it('becomes a diagnostic of each register with the other register as related information', () => {
    const personsText = '{ "persons": [ { "id": "peter", "name": "Peter" } ] }';
    const placeLine = '    { "id": "spb", "name": "Saint Petersburg", "aliases": ["Peter"] }';
    const workspace = workspaceWith({
      'e.persons.json': personsText,
      'e.places.json': `{\n  "places": [\n${placeLine}\n  ]\n}`,
    });
    const alias = placeLine.indexOf('"Peter"');
    const [place] = sideFileDiagnostics('file:///e/e.places.json', workspace, DEFAULT_SETTINGS);
    assert.equal(place?.code, 'register.kindConflict');
    assert.deepEqual(place?.range, {
      start: { line: 2, character: alias },
      end: { line: 2, character: alias + '"Peter"'.length },
    });
    assert.deepEqual(
      place?.relatedInformation?.map((related) => [related.location.uri, related.location.range.start]),
      [['file:///e/e.persons.json', { line: 0, character: personsText.indexOf('"Peter"') }]],
    );
    const [person] = sideFileDiagnostics('file:///e/e.persons.json', workspace, DEFAULT_SETTINGS);
    assert.equal(person?.code, 'register.kindConflict');
    assert.deepEqual(person?.relatedInformation?.[0]?.location.range.start, { line: 2, character: alias });
  });
});
