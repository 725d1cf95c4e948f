import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { EXPORT_FORMATS } from '../../protocol/exportFormats';
import { FORMAT_WRITERS } from '../../server/src/export/formats';

const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

interface ManifestCommand {
  readonly command: string;
  readonly title: string;
  readonly category?: string;
}

describe('the table of export formats', () => {
  it('is what the manifest declares as export commands, one per format, titled by its label', () => {
    const declared = (manifest.contributes.commands as ManifestCommand[])
      .filter((entry) => entry.title.startsWith('Export Edition as '))
      .map(({ command, title, category }) => ({ command, title, category }))
      .sort((a, b) => a.command.localeCompare(b.command));
    const expected = Object.values(EXPORT_FORMATS)
      .map((format) => ({
        command: format.command,
        title: `Export Edition as ${format.label}\u2026`,
        category: 'Letters',
      }))
      .sort((a, b) => a.command.localeCompare(b.command));
    assert.deepEqual(declared, expected);
  });

  it('has a writer on the server for each format and no other', () => {
    assert.deepEqual(Object.keys(FORMAT_WRITERS).sort(), Object.keys(EXPORT_FORMATS).sort());
  });

  it('is what letters-export takes and names in its help', function () {
    this.timeout(20000);
    const cli = path.join(root, 'server/src/cli/lettersExport.ts');
    const help = spawnSync(process.execPath, ['--import', 'tsx', cli, '--help'], { encoding: 'utf8' });
    assert.match(help.stdout, new RegExp(`--format ${Object.keys(EXPORT_FORMATS).join('\\|')} `));
    const wrong = spawnSync(process.execPath, ['--import', 'tsx', cli, '--format', 'pdf', '.'], {
      encoding: 'utf8',
    });
    assert.equal(wrong.status, 2);
    for (const format of Object.keys(EXPORT_FORMATS)) assert.match(wrong.stderr, new RegExp(`"${format}"`));
  });
});
