import assert from 'node:assert/strict';
import { Edition } from '../../server/src/analysis/edition';
import { readLetters } from '../../server/src/analysis/documentLetters';
import { DocumentModel } from '../../server/src/analysis/model';
import { touches, type Span } from '../../server/src/syntax/span';

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

  it('finds the mention at every offset of a document whose letters are not all read, as among all its mentions', () => {
    const workspace = new Edition();
    workspace.registers.set(
      'file:///e/e.persons.json',
      '{ "persons": [ { "id": "peter", "name": "Peter" }, { "id": "zinoviev", "name": "Zinoviev" } ] }',
    );
    // Names before the first letter, at a letter's end right before the next heading, and at a letter's start.
    const text = 'Peter wrote this preface.\nLetter 1\n\nZinoviev met Peter\nLetter 2\nPeter and Zinoviev.\n';
    const uri = 'file:///e/e.letters';
    const all = workspace.registers.mentions(new DocumentModel(uri, 1, text, readLetters(text)));
    const shown = (found: { entry: { id: string }; mention: { span: Span } } | undefined) =>
      found && `${found.entry.id}@${found.mention.span.start}-${found.mention.span.end}`;
    let named = 0;
    for (let offset = 0; offset <= text.length; offset++) {
      const expected = shown(all.find(({ mention }) => touches(mention.span, offset)));
      if (expected) named++;
      const outline = new DocumentModel(uri, 1, text);
      assert.equal(shown(workspace.registers.mentionAt(outline, offset)), expected, `at ${offset}`);
    }
    assert.equal(all.length, 5);
    assert.ok(named > 25);
  });
});
