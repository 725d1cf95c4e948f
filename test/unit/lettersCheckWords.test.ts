import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const CLI = path.join(__dirname, '../../server/src/cli/lettersCheck.ts');

/** The lines `letters-check` prints for a folder holding `files`. */
function check(files: Record<string, string>, options: string[] = []): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'letters-words-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, '--exit-zero', ...options, folder], {
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

describe('letters-check in the edition words', () => {
  // Letter 2's marker has no note; the dateline contradicts the editorial date.
  const french =
    'Lettre 1\n[12 mars 1926]\nTexte.1\nSotchi, 13 mars 1926\n1.   Note.\nLettre 2\n[14 mars 1926]\nTexte.2\n';

  it('reads the language and the heading word of edition.json', () => {
    const printed = check({ 'a.letters': french, 'edition.json': '{ "language": "fr" }' });
    assert.match(printed, /date\.dateline: The dateline of letter 1 gives samedi, 13 mars 1926/);
    assert.match(printed, /note\.missing/);
    const brief = check({
      'a.letters': french,
      'edition.json': '{ "language": "fr", "headingWord": "Brief" }',
    });
    assert.match(brief, /No problems/);
  });

  it('lets --language and --heading-word override edition.json', () => {
    const printed = check({ 'a.letters': french, 'edition.json': '{ "language": "en" }' }, ['--language=fr']);
    assert.match(printed, /date\.dateline/);
    // With `Brief` as heading word there are no letters, so nothing to report on them.
    assert.match(
      check({ 'a.letters': french }, ['--language', 'fr', '--heading-word', 'Brief']),
      /No problems/,
    );
  });

  it('refuses a word option without its value', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'x.letters', '--language'], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--language needs a value/);
  });
});
