import assert from 'node:assert/strict';
import { HtmlValidate } from 'html-validate';
import { DocumentModel } from '../../server/src/analysis/model';
import { readLetters } from '../../server/src/reading/letters';
import { sitePages } from '../../server/src/render/site';
import { readFileSync } from 'node:fs';
import { Edition } from '../../server/src/analysis/edition';

describe('site', () => {
  it('links letters in order and lists persons with the letters naming them', () => {
    const text = 'Letter 1\n[1 May 1926]\nHello,1\n\n1. A <note>.\nLetter 2\n[2 May 1926]\nText.\n';
    const model = new DocumentModel('file:///t.letters', 1, text);
    const letters = readLetters(model, new Edition()).map((letter, index) => ({
      text,
      letter,
      persons: index === 0 ? ['Zinoviev, G.'] : [],
    }));
    const pages = sitePages('Edition', letters);
    assert.deepEqual([...pages.keys()].sort(), ['index.html', 'letter-1.html', 'letter-2.html']);
    assert.match(pages.get('letter-1.html') ?? '', /<a rel="next" href="letter-2.html">Letter 2<\/a>/);
    assert.match(pages.get('letter-2.html') ?? '', /<a rel="prev" href="letter-1.html">Letter 1<\/a>/);
    assert.match(pages.get('letter-1.html') ?? '', /A &lt;note&gt;\./);
    assert.match(
      pages.get('letter-2.html') ?? '',
      /<title>Letter 2 \u00B7 2 May 1926 \u00B7 Edition<\/title>/,
    );
    // A page of its own has its letter's heading as the page's one h1 (the preview's letters are h2).
    assert.match(pages.get('letter-1.html') ?? '', /<h1 class="letter-heading" data-line="0">Letter 1<\/h1>/);
    assert.doesNotMatch(pages.get('letter-1.html') ?? '', /<h2/);
    assert.match(pages.get('index.html') ?? '', /<li>Zinoviev, G\.: <a href="letter-1.html">1<\/a><\/li>/);
    assert.match(
      pages.get('index.html') ?? '',
      /<td><a href="letter-2.html">Letter 2<\/a><\/td><td>2 May 1926<\/td>/,
    );
  });

  it('writes pages of the sample that html-validate accepts', async () => {
    const text = readFileSync('samples/stalin-molotov-1926.letters', 'utf8');
    const workspace = new Edition();
    workspace.registers.set(
      'file:///r.persons.json',
      readFileSync('samples/stalin-molotov-1926.persons.json', 'utf8'),
    );
    const model = new DocumentModel('file:///s.letters', 1, text);
    const pages = sitePages(
      'Stalin to Molotov',
      readLetters(model, workspace).map((letter) => ({ text, letter, persons: [] })),
    );
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: { 'no-inline-style': 'off' },
    });
    for (const [name, html] of pages) {
      const report = await validator.validateString(html, name);
      const messages = report.results.flatMap((result) =>
        result.messages.map((message) => `${name}:${message.line}: ${message.ruleId} ${message.message}`),
      );
      assert.deepEqual(messages.slice(0, 10), [], name);
    }
  });
});
