/**
 * `npm run sync-settings`: writes the `letters.diagnostics.<code>` settings of package.json from
 * the table of diagnostic codes (`server/src/analysis/codes.ts`), so that a new code needs one
 * line in the table and nothing written by hand in the manifest. The other settings keep their
 * order; the diagnostics settings follow `letters.trace.server` in the table's order.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { diagnosticSettings } from './diagnosticSettings';

const manifestPath = path.join(__dirname, '..', 'package.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const properties: Record<string, unknown> = manifest.contributes.configuration.properties;
const others = Object.entries(properties).filter(([name]) => !name.startsWith('letters.diagnostics.'));
const [first, ...rest] = others;
manifest.contributes.configuration.properties = Object.fromEntries([
  ...(first ? [first] : []),
  ...Object.entries(diagnosticSettings()),
  ...rest,
]);
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
