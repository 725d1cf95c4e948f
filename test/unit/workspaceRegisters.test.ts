import assert from 'node:assert/strict';
import { Edition } from '../../server/src/analysis/edition';

/** The mentions in `text` as `kind:entry=text`, with a place and an organisation register. */
function mentions(text: string): string[] {
  const workspace = new Edition();
  const registers = workspace.registers;
  registers.set(
    'file:///e/e.places.json',
    '{ "places": [ { "id": "amsterdam", "name": "Amsterdam" }, { "id": "spb", "name": "Saint Petersburg", "aliases": ["Peter"] } ] }',
  );
  registers.set(
    'file:///e/e.organisations.json',
    '{ "organisations": [ { "id": "ai", "name": "Amsterdam International" } ] }',
  );
  workspace.registers.set(
    'file:///e/e.persons.json',
    '{ "persons": [ { "id": "peter", "name": "Peter" } ] }',
  );
  const model = workspace.set('file:///e/e.letters', 0, text);
  return registers
    .mentions(model)
    .map(
      ({ index, entry, mention }) =>
        `${index.kind.singular}:${entry.id}=${text.slice(mention.span.start, mention.span.end)}`,
    );
}

describe('registers of a workspace', () => {
  it('gives a name inside a longer name of another kind to the longer one', () => {
    assert.deepEqual(mentions('Letter 1\n\nThe Amsterdam International met in Amsterdam.\n'), [
      'organisation:ai=Amsterdam International',
      'place:amsterdam=Amsterdam',
    ]);
  });

  it('takes a name a person also bears for a place only with an editorial bracket', () => {
    assert.deepEqual(mentions('Letter 1\n\nPeter came from Peter [Saint Petersburg].\n'), [
      'person:peter=Peter',
      'place:spb=Peter [Saint Petersburg]',
    ]);
  });
});
