import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const CLI = path.resolve('server/src/cli/lettersExport.ts');

describe('letters-export --format html', () => {
  it('writes the sample as a static site: a page per letter, the index and the stylesheet', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'letters-site-'));
    try {
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', CLI, '--format', 'html', '-o', folder, 'samples/stalin-molotov-1926.letters'],
        { encoding: 'utf8' },
      );
      assert.equal(run.status, 0, run.stderr);
      const letterPages = Array.from({ length: 20 }, (_, index) => `letter-${index + 11}.html`);
      assert.deepEqual(readdirSync(folder).sort(), ['index.html', 'letters.css', ...letterPages].sort());
      const letter12 = readFileSync(path.join(folder, 'letter-12.html'), 'utf8');
      assert.match(letter12, /<link rel="stylesheet" href="letters.css">/);
      assert.match(letter12, /id="letter-12-note-1"[^>]*>.*&#39;s notation on this letter is: &quot;/);
      assert.match(letter12, /<a rel="next" href="letter-13.html">/);
      // The register next to the sample names persons: the index lists them with their letters.
      const index = readFileSync(path.join(folder, 'index.html'), 'utf8');
      assert.match(index, /<h2>Index of names<\/h2>/);
      assert.match(index, /<li>[^<]+: <a href="letter-\d+.html">\d+<\/a>/);
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
    assert.match(run.stderr, /--format takes "tei" or "html"/);
  });
});
