import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PERSONS } from '../../server/src/analysis/registers/kinds/persons';
import { MAX_REGISTER_LENGTH, parseRegisterFile } from '../../server/src/analysis/registers/registerFile';
import { RegisterIndex } from '../../server/src/analysis/registers/registerIndex';
import { fixture, lines } from '../fixture';

const URI = 'file:///edition/a.persons.json';

/** The problems of a one-register index, as `[code, marked text]` pairs. */
function problemsOf(text: string, uri = URI, index = new RegisterIndex(PERSONS)) {
  index.set(uri, text);
  return index
    .problemsOf(uri)
    .map((problem) => [problem.code, text.slice(problem.span.start, problem.span.end)]);
}

describe('person register: parsing and validation', () => {
  it('reads the persons of a valid register with the places of their entries', () => {
    const { text, ranges } = fixture(
      lines(
        '{ "persons": [',
        '  [[{ "id": "zinoviev", "name": [["Zinoviev, Grigorii Yevseevich"]], "editionName": "Zinoviev",',
        '    "aliases": ["Grisha", "Grigorii"], "birth": "1883-09-23", "death": "1936",',
        '    "authority": { "wikidata": "https://www.wikidata.org/entity/Q130885" } }]]',
        '] }',
      ),
    );
    const file = parseRegisterFile(PERSONS, URI, text);
    assert.deepEqual(file.problems, []);
    const person = file.entries[0];
    assert.equal(person?.id, 'zinoviev');
    assert.deepEqual(person?.aliases, ['Grisha', 'Grigorii']);
    assert.equal(person?.authority['wikidata'], 'https://www.wikidata.org/entity/Q130885');
    assert.deepEqual(person?.span, ranges[0]);
    assert.deepEqual(person?.nameSpan, ranges[1]);
  });

  it('reads values as every register kind does: trimmed, and a blank value as none', () => {
    const file = parseRegisterFile(
      PERSONS,
      URI,
      '{ "persons": [ { "id": "rykov", "name": " Rykov, Aleksei ", "description": "  ", "editionName": " Rykov " } ] }',
    );
    const person = file.entries[0];
    assert.equal(person?.name, 'Rykov, Aleksei');
    assert.equal(person?.editionName, 'Rykov');
    assert.equal(person?.description, undefined);
  });

  it('reports invalid JSON where the parser stopped, and still keeps the readable entries', () => {
    const text = lines(
      '{ "persons": [',
      '  { "id": "kopp", "name": "Kopp, Viktor Leontevich" }',
      '  { "id": "radek", "name": "Radek, Karl Bernhardovich" }',
      '] }',
    );
    const problems = parseRegisterFile(PERSONS, URI, text).problems;
    assert.equal(problems[0]?.code, 'register.json');
    assert.equal(problems[0]?.message, 'Invalid JSON: comma expected.');
    assert.equal(problems[0]?.span.start, text.indexOf('{ "id": "radek"'));
    assert.deepEqual(
      parseRegisterFile(PERSONS, URI, text).entries.map((person) => person.id),
      ['kopp', 'radek'],
    );
  });

  it('places schema errors on the value, the unknown key or the entry concerned', () => {
    const text = lines(
      '{ "persons": [',
      '  { "id": "Kopp", "name": "Kopp" },',
      '  { "id": "radek", "name": "Radek", "born": "1885" },',
      '  { "id": "sorin" },',
      '  { "id": "smilga", "name": "Smilga", "birth": "12 May 1892" }',
      '] }',
    );
    assert.deepEqual(problemsOf(text), [
      ['register.schema', '"Kopp"'],
      ['register.schema', '"born"'],
      ['register.schema', '{'],
      ['register.schema', '"12 May 1892"'],
    ]);
    const messages = new RegisterIndex(PERSONS);
    messages.set(URI, text);
    assert.deepEqual(
      messages.problemsOf(URI).map((problem) => problem.message),
      [
        '`persons.0.id` must be lower-case letters, digits and hyphens, starting with a letter.',
        'Unknown property "born" in `persons.1`.',
        '`persons.2` lacks the required property "name".',
        '`persons.3.birth` must be a date written YYYY, YYYY-MM or YYYY-MM-DD.',
      ],
    );
  });

  it('reports an id used twice, across registers, on the second id with the first as related place', () => {
    const index = new RegisterIndex(PERSONS);
    index.set(
      'file:///edition/a.persons.json',
      '{ "persons": [ { "id": "kopp", "name": "Kopp, Viktor" } ] }',
    );
    const second = '{ "persons": [ { "id": "kopp", "name": "Kopp, Ivan" } ] }';
    const problems = problemsOf(second, 'file:///edition/b.persons.json', index);
    assert.deepEqual(problems, [['register.duplicateId', '"kopp"']]);
    const related = index.problemsOf('file:///edition/b.persons.json')[0]?.related[0];
    assert.equal(related?.uri, 'file:///edition/a.persons.json');
    assert.equal(index.entry('kopp')?.name, 'Kopp, Viktor');
  });

  it('reports a name claimed by two persons; the first claim keeps the name', () => {
    const text = lines(
      '{ "persons": [',
      '  { "id": "zinoviev", "name": "Zinoviev, Grigorii", "aliases": ["Grigorii"] },',
      '  { "id": "petrovskii", "name": "Petrovskii, Grigorii", "aliases": ["Grigorii", "Petrovsky"] }',
      '] }',
    );
    const index = new RegisterIndex(PERSONS);
    assert.deepEqual(problemsOf(text, URI, index), [['register.aliasConflict', '"Grigorii"']]);
    assert.equal(index.names.get('Grigorii'), 'zinoviev');
    assert.equal(index.names.get('Petrovsky'), 'petrovskii');
  });

  it('handles a register of several megabytes, and refuses one that is too large with a diagnostic', () => {
    const entries = Array.from(
      { length: 30_000 },
      (_, index) => `{ "id": "p${index}", "name": "Person${index}, Ivan", "aliases": ["Vania${index}"] }`,
    );
    const large = `{ "persons": [\n${entries.join(',\n')}\n] }`;
    assert.ok(large.length > 2_000_000);
    const index = new RegisterIndex(PERSONS);
    assert.deepEqual(problemsOf(large, URI, index), []);
    assert.equal(index.entries.length, 30_000);
    const huge = `{ "persons": [] ${' '.repeat(MAX_REGISTER_LENGTH)}}`;
    const refused = parseRegisterFile(PERSONS, URI, huge);
    assert.deepEqual(
      refused.problems.map((problem) => problem.code),
      ['register.tooLarge'],
    );
    assert.deepEqual(refused.entries, []);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const file = parseRegisterFile(PERSONS, URI, text);
        return file.problems.every(
          (problem) => problem.span.start >= 0 && problem.span.end <= text.length + 1,
        );
      }),
      { numRuns: 300 },
    );
    for (const text of [
      '',
      'null',
      '[]',
      '{"persons": 5}',
      '{"persons": [1, null, {"id": 3}]}',
      '\u0000\uFFFF',
    ]) {
      assert.doesNotThrow(() => new RegisterIndex(PERSONS).set(URI, text));
    }
  });
});
