import assert from 'node:assert/strict';
import { Edition } from '../../server/src/analysis/edition';
import { registerListing, type MentionsInLetter } from '../../server/src/topics/registers/registerListing';

/** A workspace with one register of each of three kinds and the given letters files. */
function workspaceWith(files: Record<string, string>): Edition {
  const workspace = new Edition();
  workspace.registers.set(
    'file:///e/e.persons.json',
    '{ "persons": [ { "id": "zinoviev", "name": "Zinoviev, Grigorii", "aliases": ["Grisha"] }, { "id": "rykov", "name": "Rykov, Aleksei" } ] }',
  );
  workspace.registers.set(
    'file:///e/e.places.json',
    '{ "places": [ { "id": "sochi", "name": "Sochi" }, { "id": "baku", "name": "Baku" } ] }',
  );
  workspace.registers.set(
    'file:///e/e.organisations.json',
    '{ "organisations": [ { "id": "politburo", "name": "Politburo" } ] }',
  );
  Object.entries(files).forEach(([name, text], version) => workspace.set(`file:///e/${name}`, version, text));
  return workspace;
}

/** `file#letter: mention, mention` for each letter, the mentions as written. */
function written(letters: readonly MentionsInLetter[]): string[] {
  return letters.map(
    ({ model, letter, spans }) =>
      `${model.uri.slice(model.uri.lastIndexOf('/') + 1)}#${letter?.number ?? '-'}: ${spans
        .map((span) => model.text.slice(span.start, span.end))
        .join(', ')}`,
  );
}

describe('register listing (the Registers view)', () => {
  const workspace = workspaceWith({
    // The second file holds the earlier letters: the listing reads the files in edition order.
    'b.letters': 'Letter 3\n\nGrisha wrote from Sochi to the Politburo.\n',
    'a.letters': [
      'Letter 1',
      '',
      'Zinoviev and Grisha in Sochi; Com. Uglanov agreed, the NKID did not.',
      '',
      'Letter 2',
      '',
      'The Politburo met. Com. Uglanov again.',
      '',
    ].join('\n'),
  });
  const listing = registerListing(workspace);
  const kind = (name: string) => listing.kinds.find((found) => found.kind === name)!;
  const entry = (kindName: string, id: string) => kind(kindName).entries.find((found) => found.id === id)!;

  it('lists every kind, persons first, each sorted by preferred name', () => {
    assert.deepEqual(
      listing.kinds.map((found) => `${found.kind}: ${found.entries.map((listed) => listed.name).join('; ')}`),
      [
        'persons: Rykov, Aleksei; Zinoviev, Grigorii',
        'organisations: Politburo',
        'places: Baku; Sochi',
        'terms: ',
      ],
    );
  });

  it('groups the mentions of an entry by letter, in edition order', () => {
    assert.deepEqual(written(entry('persons', 'zinoviev').letters), [
      'a.letters#1: Zinoviev, Grisha',
      'b.letters#3: Grisha',
    ]);
    assert.deepEqual(written(entry('places', 'sochi').letters), ['a.letters#1: Sochi', 'b.letters#3: Sochi']);
    assert.deepEqual(written(entry('organisations', 'politburo').letters), [
      'a.letters#2: Politburo',
      'b.letters#3: Politburo',
    ]);
  });

  it('keeps entries no letter mentions, with no letters', () => {
    assert.deepEqual(entry('persons', 'rykov').letters, []);
    assert.deepEqual(entry('places', 'baku').letters, []);
  });

  it('lists the names no register covers, with where they stand', () => {
    assert.deepEqual(
      listing.unregistered.map((name) => `${name.kind} ${name.name} ${written(name.letters).join(' | ')}`),
      ['organisations NKID a.letters#1: NKID', 'persons Uglanov a.letters#1: Uglanov | a.letters#2: Uglanov'],
    );
  });

  it('points each entry at its register and its name there', () => {
    const sochi = entry('places', 'sochi');
    const text = workspace.registers.kindOf(sochi.uri)!.file(sochi.uri)!.text;
    assert.equal(text.slice(sochi.nameSpan.start, sochi.nameSpan.end), '"Sochi"');
    assert.match(text.slice(sochi.span.start, sochi.span.end), /^\{ "id": "sochi".*\}$/);
  });

  it('is empty without registers or letters', () => {
    assert.deepEqual(registerListing(new Edition()), {
      kinds: ['persons', 'organisations', 'places', 'terms'].map((name) => ({ kind: name, entries: [] })),
      unregistered: [],
    });
  });
});
