import { strict as assert } from 'node:assert';
import { DocumentModel } from '../../server/src/analysis/model';
import { Edition } from '../../server/src/analysis/edition';
import { renderDocument } from '../../server/src/render/document';
import { blockKind } from '../../server/src/reading/blocks';
import { readLetters } from '../../server/src/reading/letters';

function render(text: string, workspace = new Edition()): string {
  const model = new DocumentModel('file:///t.letters', 1, text);
  return renderDocument(text, readLetters(model, workspace));
}

describe('render', () => {
  it('escapes the text: a letter holding <script> renders it as text', () => {
    const html = render('Letter 1\n[1 May 1926]\nSee <script>alert("x")</script> & "this".\n');
    assert.ok(!html.includes('<script>'), html);
    assert.ok(
      html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;this&quot;.'),
      html,
    );
  });

  it('escapes attribute text from the register (person tooltips)', () => {
    const workspace = new Edition();
    workspace.registers.set(
      'file:///t.persons.json',
      JSON.stringify({ persons: [{ id: 'z', name: 'Zinoviev, G.', description: 'a "x" <b>' }] }),
    );
    const html = render('Letter 1\n[1 May 1926]\nZinoviev wrote.\n', workspace);
    assert.match(
      html,
      /<span class="mention person" title="Zinoviev, G\.: a &quot;x&quot; &lt;b&gt;">Zinoviev<\/span>/,
    );
  });

  it('marks names of every register kind and the citations of the notes, a date inside a citation nested in it', () => {
    const workspace = new Edition();
    const registers = workspace.registers;
    registers.set(
      'file:///t.places.json',
      JSON.stringify({ places: [{ id: 'sochi', name: 'Sochi', description: 'a resort' }] }),
    );
    registers.set(
      'file:///t.organisations.json',
      JSON.stringify({ organisations: [{ id: 'pb', name: 'Politburo' }] }),
    );
    registers.set(
      'file:///t.terms.json',
      JSON.stringify({ terms: [{ id: 'nep', name: 'NEP', gloss: 'New Economic Policy' }] }),
    );
    const html = render(
      'Letter 1\n[1 May 1926]\nThe Politburo in Sochi discussed NEP.1\n\n1. Pravda, 11 March 1926. RTsKhIDNI f. 17, op. 3, d. 585, l. 3.\n',
      workspace,
    );
    // What is marked, with its title, written as `<kind>:<text>`; a citation's content as written, nested marks included.
    const marked = [
      ...html.matchAll(/<span class="([^"]+)" title="([^"]*)">((?:[^<]|<span[^>]*>[^<]*<\/span>)*)<\/span>/g),
    ].map(([, kind, title, text]) => `${kind} | ${title} | ${text}`);
    assert.deepEqual(marked, [
      'mention organisation | Politburo | Politburo',
      'mention place | Sochi: a resort | Sochi',
      'mention term | NEP: New Economic Policy | NEP',
      'cited | Pravda | Pravda, <span class="date" title="Thursday, 11 March 1926">11 March 1926</span>',
      'cited | RTsKhIDNI f. 17, op. 3, d. 585, l. 3 | RTsKhIDNI f. 17, op. 3, d. 585, l. 3',
    ]);
  });

  it('links each marker to its note and each note back to every marker', () => {
    const html = render(
      'Letter 3\n[1 May 1926]\nHello again,1\nThe Congress2 and the plenum.2\n\n1. First.\n2. Second.\n',
    );
    assert.match(
      html,
      /<sup class="marker" id="letter-3-marker-2-1"><a href="#letter-3-note-2" data-note="2"/,
    );
    assert.match(html, /<sup class="marker" id="letter-3-marker-2-2"><a href="#letter-3-note-2"/);
    assert.match(html, /<li class="note" value="2" id="letter-3-note-2"[^>]*>.*Second\./);
    const note2 = html.slice(html.indexOf('id="letter-3-note-2"'));
    assert.ok(
      note2.includes('href="#letter-3-marker-2-1"') && note2.includes('href="#letter-3-marker-2-2"'),
      note2,
    );
  });

  it('renders a marker without a note as unlinked', () => {
    const html = render('Letter 3\n[1 May 1926]\nThe Congress4 met.\n\n1. First.\n');
    assert.match(html, /<sup class="marker missing" id="letter-3-marker-4-1"><a data-note="4"/);
  });

  it('gives dates their full form as a tooltip, with the letter year for running text', () => {
    const html = render(
      'Letter 1\n[25 June 1926]\nSochi, 6/25/26\nWe met on 15 June.\n\n1. On 10 July 1926 it was printed.\n',
    );
    assert.match(html, /<p class="editorial-date" title="Friday, 25 June 1926">\[25 June 1926\]<\/p>/);
    assert.match(html, /<span class="date" title="Friday, 25 June 1926">6\/25\/26<\/span>/);
    assert.match(html, /<span class="date" title="Tuesday, 15 June 1926">15 June<\/span>/);
    assert.match(html, /<span class="date" title="Saturday, 10 July 1926">10 July 1926<\/span>/);
  });

  it('sets off the dateline and carries each block\u2019s source line', () => {
    const html = render(
      'Title\n\nLetter 1\n[25 June 1926]\nHello,\n\nText here.\n\nJ. Stalin\n\nSochi, 6/25/26\n',
    );
    assert.match(html, /<p class="preamble" data-line="0">Title<\/p>/);
    assert.match(html, /<h2 class="letter-heading" data-line="2">Letter 1<\/h2>/);
    assert.match(html, /<p class="salutation" data-line="4">Hello,<\/p>/);
    assert.match(html, /<p class="paragraph" data-line="6">Text here\.<\/p>/);
    assert.match(html, /<p class="signature" data-line="8">J\. Stalin<\/p>/);
    assert.match(html, /<p class="dateline" data-line="10">/);
  });

  it('classifies numbered points and postscripts', () => {
    assert.equal(blockKind('1)   You must remind Bukharin.', 2, 6, false), 'point');
    assert.equal(blockKind('P.S. Regards.', 4, 6, false), 'postscript');
    assert.equal(blockKind('That is it for now. The weather is better.', 4, 6, false), 'paragraph');
  });
});

describe('render the sample', () => {
  it('renders letter 12 with markers linked to its five notes', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync('samples/stalin-molotov-1926.letters', 'utf8');
    const html = render(text);
    const letter12 = html.slice(
      html.indexOf('<article class="letter" id="letter-12"'),
      html.indexOf('id="letter-13"'),
    );
    for (const note of [1, 2, 3, 4, 5])
      assert.ok(letter12.includes(`id="letter-12-note-${note}"`), `note ${note}`);
    for (const note of [1, 2, 3, 4, 5])
      assert.ok(letter12.includes(`href="#letter-12-note-${note}"`), `marker of note ${note}`);
    assert.match(letter12, /<p class="signature" data-line="\d+">J\. Stalin<\/p>/);
  });
});
