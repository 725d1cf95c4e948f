import assert from 'node:assert/strict';
import { DocumentModel } from '../../server/src/analysis/model';
import { inEditionOrder } from '../../server/src/analysis/editionOrder';
import { Edition } from '../../server/src/analysis/edition';
import { readEdition } from '../../server/src/reading/edition';
import { splitEdition } from '../../scripts/splitEdition';

const model = (uri: string, text: string) => new DocumentModel(uri, 1, text);

describe('inEditionOrder', () => {
  it('orders files by their lowest letter number, not their names; files without letters last', () => {
    const ordered = inEditionOrder([
      model('file:///e/notes.letters', 'Front matter only.\n'),
      model('file:///e/a-later.letters', 'Letter 40\n\n[1 May 1927]\n\nText.\n'),
      model(
        'file:///e/z-earlier.letters',
        'Letter 12\n\n[1 May 1926]\n\nText.\n\nLetter 11\n\n[2 May 1926]\n',
      ),
    ]);
    assert.deepEqual(
      ordered.map((document) => document.uri),
      ['file:///e/z-earlier.letters', 'file:///e/a-later.letters', 'file:///e/notes.letters'],
    );
  });
});

describe('splitEdition', () => {
  const EDITION =
    'Title\n\nLetter 1\n\n[3 May 1926]\n\nText.\n\nLetter 2\n\n[4 August 1926]\n\nText.\n\nLetter 3\n\n[5 August 1926]\n';
  const PARTS = [
    { fileName: 'spring.letters', fromMonth: 1 },
    { fileName: 'summer.letters', fromMonth: 7 },
  ];

  it('cuts at the heading line of the first letter of each month range, losing no text', () => {
    const files = splitEdition(EDITION, PARTS);
    assert.deepEqual(
      files.map((file) => [file.fileName, file.text.match(/Letter \d+/g)]),
      [
        ['spring.letters', ['Letter 1']],
        ['summer.letters', ['Letter 2', 'Letter 3']],
      ],
    );
    assert.equal(files.map((file) => file.text).join(''), EDITION);
  });

  it('refuses to cut inside a line, at a heading glued to the end of a note', () => {
    const glued = EDITION.replace('Text.\n\nLetter 2', 'Text. Letter 2');
    assert.throws(() => splitEdition(glued, PARTS), /Letter 2 starts inside a line/);
  });

  it('refuses a month range that holds no letter', () => {
    assert.throws(
      () => splitEdition(EDITION, [...PARTS, { fileName: 'winter.letters', fromMonth: 12 }]),
      /winter/,
    );
  });
});

describe('the edition of a workspace', () => {
  it('is its files on disk in edition order: an untitled copy takes no part in the exports', () => {
    const workspace = new Edition();
    workspace.set('file:///e/b.letters', 1, 'Letter 12\n\n[1 May 1926]\n\nText.\n');
    workspace.set('file:///e/a.letters', 1, 'Letter 13\n\n[2 May 1926]\n\nText.\n');
    workspace.set('untitled:Untitled-1', 1, 'Letter 11\n\n[1 May 1926]\n\nA copy being tried out.\n');
    assert.deepEqual(
      workspace.edition().map((document) => document.uri),
      ['file:///e/b.letters', 'file:///e/a.letters'],
    );
    assert.deepEqual(
      readEdition(workspace).documents.flatMap((document) => document.letters.map((letter) => letter.number)),
      [12, 13],
    );
  });
});
