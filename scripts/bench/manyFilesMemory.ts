/**
 * Where the heap of an edition of many files goes (issue 27), in process: the edition of
 * `manyFiles.ts` (copies of the sample, one per file of about 90 KB) read into an `Edition` as the
 * server reads the files it does not have open, step by step, collecting garbage between the
 * steps: the dictionary, the registers, the files read, every file's diagnostics, the mentions of
 * every kind a references request matches in every letter, workspace symbols. Prints each step's
 * heap and time; run under `node --expose-gc`:
 * `node --expose-gc --require tsx/cjs scripts/bench/manyFilesMemory.ts --files 60`.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Edition } from '../../server/src/analysis/edition';
import { createLanguageService } from '../../server/src/service/languageService';
import { loadEnglishDictionary } from '../../server/src/topics/textDamage/englishDictionary';
import { manyFilesEdition } from './edition';
import { heapSteps } from './memory';

const MB = 1024 * 1024;
const REGISTER_KINDS = ['persons', 'places', 'organisations', 'terms'];

async function manyFilesMemory(count: number): Promise<void> {
  const { steps, step } = heapSteps();
  const samples = path.resolve(__dirname, '..', '..', 'samples');
  const workspace = new Edition();
  const service = createLanguageService({ workspace });
  // The texts (about 90 KB each) are made first, so that the heap figures leave them out.
  const files = manyFilesEdition(count).map((file) => ({
    uri: `file:///bench/${file.name}`,
    text: file.text,
  }));
  await step('dictionary (loadEnglishDictionary)', () => loadEnglishDictionary());
  await step('registers', () => {
    for (const kind of REGISTER_KINDS) {
      const name = `stalin-molotov-1926.${kind}.json`;
      workspace.setFile(`file:///bench/${name}`, readFileSync(path.join(samples, name), 'utf8'));
    }
  });
  await step('the files read (models)', () => {
    for (const { uri, text } of files) workspace.set(uri, -1, text);
  });
  // The answers are dropped, as the server drops them once sent: only what is kept counts.
  await step('every file’s diagnostics', () => {
    for (const model of workspace.all()) service.diagnostics(model);
  });
  await step('every kind’s mentions in every letter (a references request)', () => {
    for (const model of workspace.all()) workspace.registers.mentions(model, () => false);
  });
  await step('workspace symbols', () => service.workspaceSymbols('Letter 54'));
  const bytes = files.reduce((sum, { text }) => sum + Buffer.byteLength(text), 0);
  console.log(`${count} files, ${(bytes / MB).toFixed(1)} MB of text\n`);
  console.log('| step | heap added | time |\n| --- | --- | --- |');
  for (const { component, bytes: added, ms } of steps)
    console.log(`| ${component} | ${(added / MB).toFixed(1)} MB | ${ms.toFixed(0)} ms |`);
  const total = steps.slice(2).reduce((sum, { bytes: added }) => sum + added, 0);
  console.log(`\nHeld for the files (models to workspace symbols): ${(total / MB).toFixed(1)} MB`);
}

if (require.main === module) {
  const index = process.argv.indexOf('--files');
  const count = Number(index >= 0 ? process.argv[index + 1] : 60);
  manyFilesMemory(count).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
