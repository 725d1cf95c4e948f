import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import MiniSearch from 'minisearch';
import { Edition } from '../../server/src/analysis/edition';
import { siteFiles } from '../../server/src/export/siteFiles';
import { siteEdition } from '../../server/src/render/siteEdition';
import { SEARCH_OPTIONS, searchData } from '../../server/src/render/siteSearch';
import { loadEnglishDictionary } from '../../server/src/topics/textDamage/englishDictionary';

const PERSONS = JSON.stringify({
  persons: [
    {
      id: 'zinoviev',
      name: 'Zinoviev, Grigorii',
      aliases: ['Grisha'],
      birth: '1883-09-23',
      death: '1936-08-25',
      description: 'Head of the <Comintern>.',
      authority: { wikidata: 'https://www.wikidata.org/entity/Q182594' },
    },
  ],
});

/** An edition of two letters in one file, with a person register. */
function edition(text: string): Edition {
  const workspace = new Edition();
  workspace.registers.set('file:///e.persons.json', PERSONS);
  workspace.set('file:///e.letters', 0, text);
  return workspace;
}

/** The sample with all its registers, as `letters-export` reads it. */
function sample(): Edition {
  const workspace = new Edition();
  workspace.registers.set(
    'file:///s.persons.json',
    readFileSync('samples/stalin-molotov-1926.persons.json', 'utf8'),
  );
  for (const kind of ['places', 'organisations', 'terms'])
    workspace.registers.set(
      `file:///s.${kind}.json`,
      readFileSync(`samples/stalin-molotov-1926.${kind}.json`, 'utf8'),
    );
  workspace.set('file:///s.letters', 0, readFileSync('samples/stalin-molotov-1926.letters', 'utf8'));
  return workspace;
}

const TWO_LETTERS =
  'Letter 1\n[1 May 1926]\nGrisha wrote <b>.1\n\n1. A <note> on Grisha.\nLetter 2\n[2? May 1926]\nText.\n';

/** The text of escaped HTML or XML character data. */
function unescape(text: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
  return text.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, name: string) => entities[name] ?? '');
}

describe('site', () => {
  before(async () => {
    await loadEnglishDictionary();
  });

  it('links letters in order, each mention to its entry page, and the entry page back to the letter with the passage', () => {
    const pages = siteFiles(edition(TWO_LETTERS), { editors: [] }, 'Edition');
    const letter1 = pages.get('letter-1.html') ?? '';
    assert.match(letter1, /<a rel="next" href="letter-2.html">Letter 2 →<\/a>/);
    assert.match(pages.get('letter-2.html') ?? '', /<a rel="prev" href="letter-1.html">← Letter 1<\/a>/);
    assert.match(pages.get('letter-2.html') ?? '', /<title>Letter 2 · 2\? May 1926 · Edition<\/title>/);
    // The text is escaped; the marker links to its note and the note back to it.
    assert.match(
      letter1,
      /<a class="mention person" href="person-zinoviev.html">Grisha<\/a> wrote &lt;b&gt;\.<sup class="marker" id="marker-1-1"><a href="#note-1"/,
    );
    assert.match(
      letter1,
      /A &lt;note&gt; on <a class="mention person" href="person-zinoviev.html">Grisha<\/a>\. <a class="backlink" href="#marker-1-1"/,
    );
    const person = pages.get('person-zinoviev.html') ?? '';
    assert.match(person, /<h1>Zinoviev, Grigorii<\/h1>/);
    assert.match(person, /<p class="description">Head of the &lt;Comintern&gt;\.<\/p>/);
    assert.match(person, /<dt>Life<\/dt><dd>1883-09-23 – 1936-08-25<\/dd>/);
    assert.match(person, /<dt>Other names<\/dt><dd>Grisha<\/dd>/);
    assert.match(person, /href="https:\/\/www.wikidata.org\/entity\/Q182594"/);
    assert.match(
      person,
      /<li><a href="letter-1.html">Letter 1<\/a> <span class="date-as-written">\[1 May 1926\]<\/span><ul class="passages"><li><mark>Grisha<\/mark> wrote &lt;b&gt;\.1<\/li><li>1\. A &lt;note&gt; on <mark>Grisha<\/mark>\.<\/li><\/ul>/,
    );
    assert.match(
      pages.get('names.html') ?? '',
      /<a href="person-zinoviev.html">Zinoviev, Grigorii<\/a> <span class="count">\(1 letter\)<\/span>/,
    );
    // Browsing by date shows the editorial date as written, its qualifier included.
    assert.match(
      pages.get('dates.html') ?? '',
      /<h3 id="year-1926-5">May 1926<\/h3>[^]*<a href="letter-2.html">Letter 2<\/a> <span class="date-as-written">\[2\? May 1926\]<\/span>/,
    );
  });

  it('cites a letter from edition.json: heading, date as written, title, editors, address under siteUrl', () => {
    const pages = siteFiles(
      edition(TWO_LETTERS),
      {
        title: 'Letters & Notes',
        editors: [{ name: 'A. Editor' }, { name: 'B. Editor' }],
        siteUrl: 'https://example.org/letters/',
      },
      'fallback',
    );
    assert.match(
      pages.get('letter-2.html') ?? '',
      /<p class="citation">Letter 2, \[2\? May 1926\], in <cite>Letters &amp; Notes<\/cite>, ed\. A\. Editor, B\. Editor, <a class="cite-url" href="https:\/\/example.org\/letters\/letter-2.html">https:\/\/example.org\/letters\/letter-2.html<\/a><span class="cite-accessed"><\/span>\.<\/p>/,
    );
    assert.match(pages.get('letter-2.html') ?? '', /<a href="letter-2.tei.xml" download>/);
    // The CMIF file needs metadata the edition lacks: the index says which.
    assert.equal(pages.has('edition.cmif.xml'), false);
    assert.match(pages.get('index.html') ?? '', /No CMIF file: edition.json lacks /);
  });

  it('applies the certain corrections of the sample as TEI --corrections does, never an uncertain one', () => {
    const pages = siteFiles(sample(), { editors: [] }, 'Sample');
    const letter12 = pages.get('letter-12.html') ?? '';
    assert.match(
      letter12,
      /<span class="corr"><span class="reading" tabindex="0" title="The source reads: ourworkers" data-source="ourworkers">our workers<\/span><span class="source">ourworkers<\/span><\/span>/,
    );
    // Whatever the rules find uncertain is never applied: the page keeps the source's text there.
    const edition = siteEdition(sample(), { editors: [] }, 'Sample');
    let uncertain = 0;
    for (const { letter, text } of edition.letters)
      for (const annotation of letter.annotations)
        if (annotation.kind === 'damage' && annotation.uncertain) {
          uncertain++;
          const source = text.slice(annotation.span.start, annotation.span.end);
          assert.doesNotMatch(
            pages.get(`letter-${letter.number}.html`) ?? '',
            new RegExp(`data-source="${source}"`),
          );
        }
    assert.ok(uncertain > 0, 'the sample has an uncertain finding');
    // Every certain correction of the site is a `corr` without `cert="low"` in the letter's TEI.
    for (const [name, page] of pages) {
      if (!name.endsWith('.html') || !name.startsWith('letter-')) continue;
      const tei = pages.get(name.replace('.html', '.tei.xml')) ?? '';
      const readings = [...page.matchAll(/data-source="[^"]*">([^<]*)<\/span>/g)].map((match) =>
        unescape(match[1]!),
      );
      const certain = [...tei.matchAll(/<corr resp="#[^"]+">([^<]*)<\/corr>/g)].map((match) =>
        unescape(match[1]!),
      );
      assert.deepEqual(readings, certain, name);
    }
  });

  it('finds a word of a note through the prebuilt index, with the letter and note it is in', () => {
    const data = searchData(siteEdition(sample(), { editors: [] }, 'Sample'));
    const index = MiniSearch.loadJS(JSON.parse(JSON.stringify(data.index)), SEARCH_OPTIONS);
    const blocksOf = (letter: number) =>
      data.blocks.filter(([index]) => index === letter).map(([, note, text]) => ({ note, text }));
    assert.deepEqual(
      index.search('Chalidze').map((result) => data.letters[result.id as number]![0]),
      [12],
    );
    const letter12 = data.letters.findIndex(([number]) => number === 12);
    assert.ok(
      blocksOf(letter12).some(({ note, text }) => note > 0 && /Chalidze/.test(text)),
      'in a note',
    );
    assert.ok(!blocksOf(letter12).some(({ note, text }) => note === 0 && /Chalidze/.test(text)));
    // The index holds the reading text: the corrected words are found, the fused form is not.
    assert.equal(index.search('ourworkers').length, 0);
    assert.ok(blocksOf(letter12).some(({ text }) => /our workers/.test(text)));
    assert.ok(index.search('our workers', { combineWith: 'AND' }).some((result) => result.id === letter12));
  });

  it('writes pages of the sample that html-validate accepts', async () => {
    const pages = siteFiles(sample(), { editors: [] }, 'Sample');
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    // Every register kind (linked to its entry's page) and the citations of the notes are marked.
    const all = [...pages.values()].join('\n');
    for (const marked of ['mention person', 'mention place', 'mention organisation', 'mention term', 'cited'])
      assert.match(all, new RegExp(`<(?:span|a) class="${marked}" (?:title|href)="[^"]+">`), marked);
    assert.match(
      pages.get('letter-12.html') ?? '',
      /<span class="cited" title="RTsKhIDNI f\. 17, op\. 2, d\. 246, vyp\. 1, ll\. 75, 76">/,
    );
    for (const [name, html] of pages) {
      if (!name.endsWith('.html')) continue;
      const report = await validator.validateString(html, name);
      const messages = report.results.flatMap((result) =>
        result.messages.map((message) => `${name}:${message.line}: ${message.ruleId} ${message.message}`),
      );
      assert.deepEqual(messages.slice(0, 10), [], name);
    }
  });
});
