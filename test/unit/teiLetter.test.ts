import * as assert from 'node:assert/strict';
import { DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom';
import { Edition } from '../../server/src/analysis/edition';
import type { AnnotationOptions } from '../../server/src/reading/annotations';
import { readEdition } from '../../server/src/reading/edition';
import { exportTei } from '../../server/src/export/tei';
import { dayBefore } from '../../server/src/export/teiRegisters';

const TEI_NS = 'http://www.tei-c.org/ns/1.0';

interface Registers {
  readonly persons?: object[];
  readonly places?: object[];
  readonly organisations?: object[];
  readonly terms?: object[];
}

/** The TEI of one inline edition with inline registers, parsed. */
function tei(text: string, registers: Registers = {}, options: AnnotationOptions = {}) {
  const workspace = new Edition();
  if (registers.persons)
    workspace.registers.set('file:///e/e.persons.json', JSON.stringify({ persons: registers.persons }));
  for (const kind of ['places', 'organisations', 'terms'] as const)
    if (registers[kind])
      workspace.registers.set(`file:///e/e.${kind}.json`, JSON.stringify({ [kind]: registers[kind] }));
  workspace.set('file:///e/e.letters', 0, text);
  const xml = exportTei(readEdition(workspace, options), { title: 'Test', source: undefined });
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  const all = (name: string): Element[] => Array.from(document.getElementsByTagNameNS(TEI_NS, name));
  return { xml, document, all };
}

/** An element as XML without its namespace declaration, for comparing with an expectation. */
function markup(element: Element): string {
  return new XMLSerializer().serializeToString(element).replace(/ xmlns="[^"]+"/g, '');
}

const LETTER = `Letter 1

[25 June 1926]

Hello, Molotov,

We met on 15 June and again on 20–22 June.

1) Remind Bukharin of the article.

2) Publish the resolution.

That's it for now.

J. Stalin

25 June 1926

P.S. Write soon.

And send the theses.

1.   On 3 May the theses were printed.
`;

describe('TEI of a letter', () => {
  it('writes the salutation as opener, numbered points as a list, signature and dateline as closer, P.S. as postscript', () => {
    const { all } = tei(LETTER);
    assert.deepEqual(all('opener').map(markup), ['<opener><salute>Hello, Molotov,</salute></opener>']);
    assert.deepEqual(all('list').map(markup), [
      '<list type="ordered"><item n="1">1) Remind Bukharin of the article.</item><item n="2">2) Publish the resolution.</item></list>',
    ]);
    assert.deepEqual(all('closer').map(markup), [
      '<closer><signed>J. Stalin</signed><dateline><date when="1926-06-25">25 June 1926</date></dateline></closer>',
    ]);
    assert.deepEqual(all('postscript').map(markup), [
      '<postscript><p>P.S. Write soon.</p><p>And send the theses.</p></postscript>',
    ]);
    // Order in the div: opener, the paragraphs and the list, closer, postscript, then the note.
    const div = all('div')[0]!;
    const children = Array.from(div.childNodes)
      .filter((node): node is Element => node.nodeType === 1)
      .map((node) => node.localName);
    assert.deepEqual(children, [
      'head',
      'dateline',
      'opener',
      'p',
      'list',
      'p',
      'closer',
      'postscript',
      'note',
    ]);
  });

  it('gives dates of the body the letter year, ranges from/to, and dates of notes no year', () => {
    const { all } = tei(LETTER);
    assert.deepEqual(
      all('date')
        .filter((date) => !date.getAttribute('evidence'))
        .map(markup),
      [
        '<date when="1926-06-15">15 June</date>',
        '<date from="1926-06-20" to="1926-06-22">20–22 June</date>',
        '<date when="1926-06-25">25 June 1926</date>',
        '<date when="--05-03">3 May</date>',
      ],
    );
  });

  it('refers places and organisations to their register entries in standOff, with ids unique across kinds', () => {
    const { all } = tei('Letter 1\n\n[25 June 1926]\n\nMoscow told the Politburo that Moscow agrees.\n', {
      persons: [{ id: 'moscow', name: 'Moskvin, Ivan' }],
      places: [
        { id: 'moscow', name: 'Moscow', authority: { wikidata: 'https://www.wikidata.org/wiki/Q649' } },
      ],
      organisations: [{ id: 'politburo', name: 'Politburo', abbreviations: ['PB'] }],
    });
    assert.deepEqual(
      all('placeName')
        .filter((name) => name.getAttribute('ref'))
        .map(markup),
      ['<placeName ref="#moscow-2">Moscow</placeName>', '<placeName ref="#moscow-2">Moscow</placeName>'],
    );
    assert.deepEqual(
      all('orgName')
        .filter((name) => name.getAttribute('ref'))
        .map(markup),
      ['<orgName ref="#politburo">Politburo</orgName>'],
    );
    assert.deepEqual(all('place').map(markup), [
      '<place xml:id="moscow-2"><placeName type="preferred">Moscow</placeName><idno type="wikidata">https://www.wikidata.org/wiki/Q649</idno></place>',
    ]);
    assert.deepEqual(all('org').map(markup), [
      '<org xml:id="politburo"><orgName type="preferred">Politburo</orgName><orgName type="abbreviation">PB</orgName></org>',
    ]);
    assert.equal(all('person')[0]?.getAttribute('xml:id'), 'moscow');
  });

  it('writes terms as `term` pointing to their glossary list in standOff, citations of the notes as `bibl`', () => {
    const { all } = tei(
      'Letter 1\n\n[25 June 1926]\n\nThe NEP holds.1\n\n1. Pravda, 11 March 1926; RTsKhIDNI f. 17, op. 3, d. 585, l. 3.\n',
      { terms: [{ id: 'nep', name: 'NEP', aliases: ['New Economic Policy'], gloss: 'The policy of 1921.' }] },
    );
    assert.deepEqual(
      all('term')
        .filter((term) => term.getAttribute('ref'))
        .map(markup),
      ['<term ref="#nep">NEP</term>'],
    );
    assert.deepEqual(
      all('list')
        .filter((list) => list.getAttribute('type') === 'terms')
        .map(markup),
      [
        '<list type="terms">\n<item xml:id="nep"><term type="preferred">NEP</term><term type="alias">New Economic Policy</term><gloss>The policy of 1921.</gloss></item>\n</list>',
      ],
    );
    assert.deepEqual(all('bibl').map(markup), [
      '<bibl type="published">Pravda, <date when="1926-03-11">11 March 1926</date></bibl>',
      '<bibl type="archival">RTsKhIDNI f. 17, op. 3, d. 585, l. 3</bibl>',
    ]);
  });

  it('writes a dated place name with the last day it was in force as `to`', () => {
    const { all } = tei('Letter 1\n\nText.\n', {
      places: [
        {
          id: 'spb',
          name: 'Saint Petersburg',
          names: [{ name: 'Petrograd', from: '1914', until: '1924-01' }],
        },
      ],
    });
    assert.match(
      markup(all('place')[0]!),
      /<placeName type="dated" from="1914" to="1923-12-31">Petrograd<\/placeName>/,
    );
    assert.equal(dayBefore('1924-03-01'), '1924-02-29');
    assert.equal(dayBefore('1925'), '1924-12-31');
    assert.equal(dayBefore('1925-06-15'), '1925-06-14');
  });

  it('corrects text damage with one fix as choice/sic/corr only on request, keeping the source text in sic', () => {
    const text = 'Letter 1\n\n[25 June 1926]\n\nUglanov andYagoda reported it.\n';
    assert.equal(tei(text).all('choice').length, 0);
    const corrected = tei(text, {}, { corrections: true });
    assert.deepEqual(corrected.all('choice').map(markup), [
      '<choice><sic>andYagoda</sic><corr resp="#letters-edition">and Yagoda</corr></choice>',
    ]);
    assert.equal(corrected.all('respStmt')[0]?.getAttribute('xml:id'), 'letters-edition');
    for (const corr of corrected.all('corr')) corr.parentNode?.removeChild(corr);
    assert.equal(corrected.all('div')[0]?.textContent?.replace(/\s+/g, ''), text.replace(/\s+/g, ''));
  });
});
