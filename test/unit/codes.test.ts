import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DIAGNOSTIC_CODES } from '../../server/src/analysis/codes';
import { diagnosticSettings } from '../../scripts/diagnosticSettings';

const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const properties: Record<string, unknown> = manifest.contributes.configuration.properties;

describe('the table of diagnostic codes', () => {
  it('is what the manifest declares as letters.diagnostics settings (npm run sync-settings writes them)', () => {
    const declared = Object.fromEntries(
      Object.entries(properties).filter(([name]) => name.startsWith('letters.diagnostics.')),
    );
    assert.deepEqual(declared, diagnosticSettings());
  });

  it('names every code in the README table of codes with its default severity', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const [code, { severity }] of Object.entries(DIAGNOSTIC_CODES))
      assert.match(readme, new RegExp(`\\| \`${code.replace('.', '\\.')}\` \\| ${severity} \\|`), code);
  });

  it('has dotted codes: a topic, a dot, the defect in camel case', () => {
    for (const code of Object.keys(DIAGNOSTIC_CODES)) assert.match(code, /^[a-z]+\.[a-z][A-Za-z]*$/, code);
  });
});
