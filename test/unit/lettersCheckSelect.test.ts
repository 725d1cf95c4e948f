import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const CLI = path.join(__dirname, '../../server/src/cli/lettersCheck.ts');

/** The codes `letters-check` prints for `text` with `options`. */
function printedCodes(text: string, options: string[]): string[] {
  const folder = mkdtempSync(path.join(tmpdir(), 'letters-check-'));
  const file = path.join(folder, 'edition.letters');
  writeFileSync(file, text);
  const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, '--exit-zero', ...options, file], {
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  return [...run.stdout.matchAll(/: \w+ ([\w.]+): /g)].map((match) => match[1] as string);
}

describe('letters-check --select and --ignore', () => {
  // One note defect (marker 2 has no note) and one text damage (andYagoda).
  const text = 'Letter 1\n\n[1 June 1926]\n\nUglanov andYagoda reported.2\n';

  it('prints every code without them', () => {
    assert.deepEqual(printedCodes(text, []).sort(), ['note.missing', 'text.runTogether']);
  });

  it('keeps only the codes with a selected prefix, and drops the ignored ones', () => {
    assert.deepEqual(printedCodes(text, ['--select', 'text.']), ['text.runTogether']);
    assert.deepEqual(printedCodes(text, ['--ignore=text.']), ['note.missing']);
    assert.deepEqual(printedCodes(text, ['--select', 'text.,note.', '--ignore', 'note.']), [
      'text.runTogether',
    ]);
  });
});
