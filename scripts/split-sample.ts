/**
 * `npm run split-sample -- <folder>`: writes the 1926 sample as three files by month range
 * (May–June, July–September, October–December) into `<folder>`, so that the multi-file edition is
 * generated from the one sample and never edited by hand.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { SAMPLE_PARTS, splitEdition } from './splitEdition';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: split-sample <folder>');
  process.exit(2);
}
const sample = path.join(__dirname, '..', 'samples', 'stalin-molotov-1926.letters');
mkdirSync(folder, { recursive: true });
for (const file of splitEdition(readFileSync(sample, 'utf8'), SAMPLE_PARTS)) {
  writeFileSync(path.join(folder, file.fileName), file.text);
  console.log(path.join(folder, file.fileName));
}
