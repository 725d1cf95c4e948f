import assert from 'node:assert/strict';
import { DOMParser } from '@xmldom/xmldom';
import { Edition } from '../../server/src/analysis/edition';
import type { RegisterKind } from '../../server/src/analysis/registers/kind';
import { REGISTER_KINDS } from '../../server/src/analysis/registers/kinds';
import { TERMS } from '../../server/src/analysis/registers/kinds/terms';
import { exportTei } from '../../server/src/export/tei';
import { readEdition } from '../../server/src/reading/edition';
import { readLetters } from '../../server/src/reading/letters';
import { renderDocument } from '../../server/src/render/document';
import { lines } from '../fixture';

const LETTERS = lines(
  'Letter 1',
  '[1 May 1926]',
  'The Aurora left Sochi on 3 May.1 See letter 2.',
  '',
  '1. Pravda, 4 May 1926.',
  'Letter 2',
  '[2 May 1926]',
  'Nothing.',
);

/** A fifth kind of register, unknown to every reader: ships, read as terms are. */
const SHIPS: RegisterKind = {
  ...TERMS,
  name: 'ships',
  singular: 'ship',
  suffix: '.ships.json',
  schema: { type: 'object' },
};

function edition(kinds: readonly RegisterKind[] = REGISTER_KINDS): Edition {
  const edition = new Edition(kinds);
  edition.registers.set(
    'file:///e/e.places.json',
    JSON.stringify({ places: [{ id: 'sochi', name: 'Sochi' }] }),
  );
  edition.registers.set(
    'file:///e/e.ships.json',
    JSON.stringify({ ships: [{ id: 'aurora', name: 'Aurora', gloss: 'A cruiser of the Baltic Fleet.' }] }),
  );
  edition.set('file:///e/e.letters', 1, LETTERS);
  return edition;
}

describe('the list of annotations', () => {
  it('gives each letter what every topic marks in it, in text order, an enclosing one first', () => {
    const workspace = edition();
    const model = workspace.get('file:///e/e.letters')!;
    const listed = readLetters(model, workspace).map((letter) =>
      letter.annotations.map(
        (annotation) => `${annotation.kind} ${model.text.slice(annotation.span.start, annotation.span.end)}`,
      ),
    );
    assert.deepEqual(listed, [
      [
        'mention Sochi',
        'date 3 May',
        'marker 1',
        'crossReference See letter 2',
        'citation Pravda, 4 May 1926',
        'date 4 May 1926',
      ],
      [],
    ]);
  });

  it('writes a register kind no reader knows in the preview and in TEI, with no change to them', () => {
    const workspace = edition([...REGISTER_KINDS, SHIPS]);
    const model = workspace.get('file:///e/e.letters')!;
    const html = renderDocument(model.text, readLetters(model, workspace));
    assert.match(
      html,
      /<span class="mention ship" title="Aurora: A cruiser of the Baltic Fleet\.">Aurora<\/span>/,
    );
    const xml = exportTei(readEdition(workspace), { title: 'T', source: undefined });
    assert.match(xml, /<rs type="ship" ref="#aurora">Aurora<\/rs>/);
    assert.match(
      xml,
      /<list type="ships">\n<item xml:id="aurora"><name type="preferred">Aurora<\/name><\/item>\n<\/list>/,
    );
    assert.ok(new DOMParser().parseFromString(xml, 'text/xml').documentElement);
  });
});
