import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const CLI = path.resolve('server/src/cli/lettersExport.ts');

describe('letters-export --format html', () => {
  it('writes the sample as a static site: letters, their TEI, register pages, index, dates, search and its scripts', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'letters-site-'));
    try {
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', CLI, '--format', 'html', '-o', folder, 'samples/stalin-molotov-1926.letters'],
        { encoding: 'utf8' },
      );
      assert.equal(run.status, 0, run.stderr);
      const files = readdirSync(folder);
      for (let number = 11; number <= 30; number++) {
        assert.ok(files.includes(`letter-${number}.html`), `letter-${number}.html`);
        assert.ok(files.includes(`letter-${number}.tei.xml`), `letter-${number}.tei.xml`);
      }
      for (const file of [
        'index.html',
        'names.html',
        'dates.html',
        'search.html',
        'search-index.js',
        'search.js',
        'minisearch.js',
        'site.js',
        'letters.css',
      ])
        assert.ok(files.includes(file), file);
      for (const kind of ['person', 'place', 'organisation', 'term'])
        assert.ok(
          files.some((file) => file.startsWith(`${kind}-`)),
          `${kind} pages`,
        );
      const letter12 = readFileSync(path.join(folder, 'letter-12.html'), 'utf8');
      assert.match(letter12, /<link rel="stylesheet" href="letters.css">/);
      assert.match(letter12, /id="note-1"[^>]*>.*&#39;s notation on this letter is: &quot;/);
      assert.match(letter12, /<a rel="next" href="letter-13.html">/);
      // The site's script is MiniSearch's browser build, without a source map to fetch.
      assert.doesNotMatch(readFileSync(path.join(folder, 'minisearch.js'), 'utf8'), /sourceMappingURL/);
      assert.match(readFileSync(path.join(folder, 'letters.css'), 'utf8'), /prefers-color-scheme: dark/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('rejects an unknown format with exit code 2', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, '--format', 'pdf', 'samples'], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--format takes "tei" or "cmif" or "html"/);
  });
});
