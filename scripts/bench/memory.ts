/**
 * Where the Letters server's memory goes, in process: builds the state of a server with one
 * edition open step by step (text, syntax trees, registers, problems, dictionary, problems again,
 * diagnostics), collecting garbage between the steps, and reports how much each step added to
 * the heap and how long it took (the republish after the dictionary among them). Run
 * under `node --expose-gc` (the bench starts it as a child process, one per size, so that each
 * size starts from an empty heap):
 * `node --expose-gc --require tsx/cjs scripts/bench/memory.ts --size 5 [--no-registers]`
 * prints one JSON line, a {@link ComponentMemory}.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ModelCache } from '../../server/src/analysis/model';
import { Edition } from '../../server/src/analysis/edition';
import { createLanguageService } from '../../server/src/service/languageService';
import { loadEnglishDictionary } from '../../server/src/topics/textDamage/englishDictionary';
import { lettersEdition } from './edition';

/** What one step of building the state added to the heap, after a full collection, and its time. */
export interface ComponentStep {
  readonly component: string;
  /** `heapUsed` after the step minus before it, in bytes. */
  readonly bytes: number;
  /** Milliseconds the step's work took (the collections around it excepted). */
  readonly ms: number;
}

/** The answer of this script for one edition. */
export interface ComponentMemory {
  /** The edition's size in bytes (UTF-8). */
  readonly textBytes: number;
  readonly steps: readonly ComponentStep[];
  /**
   * Milliseconds of the server's republish once the dictionary has loaded: every letter's text
   * damage checked again with it, and the diagnostics converted (not sent).
   */
  readonly republishMs: number;
  /** `heapUsed` and `rss` of the process once every step is done, after a full collection. */
  readonly heapUsed: number;
  readonly rss: number;
}

const MB = 1024 * 1024;
/** The steps whose times make up the republish after the dictionary (see {@link componentMemory}). */
const REPUBLISH_STEPS = ['problems with the dictionary (republish)', 'diagnostics (as published)'];

/** A full collection, twice: weak references and finalisers cleared by the first go in the second. */
function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run under node --expose-gc');
  gc();
  gc();
}

/**
 * Steps that each record what they added to the heap (after full collections) and their time:
 * `step(component, run)` runs one, `steps` lists those run.
 */
export function heapSteps(): {
  steps: ComponentStep[];
  step: (component: string, run: () => unknown) => Promise<void>;
} {
  const steps: ComponentStep[] = [];
  const step = async (component: string, run: () => unknown): Promise<void> => {
    collect();
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    await run();
    const ms = performance.now() - started;
    collect();
    steps.push({ component, bytes: process.memoryUsage().heapUsed - before, ms });
  };
  return { steps, step };
}

/**
 * Builds the state of a server that opened a `sizeMb` edition, in the order the server comes to
 * hold it, and measures each step's heap: the text, the model (its trees and per-letter
 * analyses), the registers with their mentions of this document, the problems of the first
 * diagnostics (the dictionary not loaded yet), the dictionary, the problems again with it (the
 * republish; the first ones become garbage, as in the server) and the diagnostics last published.
 * Answers that the server only sends (the mentions asked for, the Registers view's listing) are
 * built and dropped, so only their caches count.
 */
export async function componentMemory(
  sizeMb: number,
  registerFiles: readonly string[],
): Promise<ComponentMemory> {
  const { steps, step } = heapSteps();
  const uri = 'file:///bench/edition.letters';
  const workspace = new Edition();
  const service = createLanguageService({ workspace });
  const cache = new ModelCache();
  let text = '';
  let model: ReturnType<ModelCache['get']> | undefined;
  await step('text', () => (text = lettersEdition(sizeMb * MB)));
  await step('syntax trees (model)', () => {
    model = cache.get(uri, 1, text);
    workspace.put(model);
    // Every letter read now, as the first diagnostics read them (a model reads them when asked).
    void model.letters;
  });
  const open = model!;
  await step('registers (files, mentions, listing)', () => {
    const registers = workspace.registers;
    for (const file of registerFiles) {
      const registerUri = `file:///bench/${path.basename(file)}`;
      const body = readFileSync(file, 'utf8');
      registers.set(registerUri, body);
    }
    // Only what the registers cache counts: the answers themselves are dropped, as the server drops them.
    workspace.registers.mentions(open);
    service.registers();
  });
  let problems: ReturnType<typeof service.problems> = [];
  await step('problems before the dictionary (first diagnostics)', () => (problems = service.problems(open)));
  let dictionary: unknown;
  await step('dictionary (loadEnglishDictionary)', async () => (dictionary = await loadEnglishDictionary()));
  if (!dictionary) throw new Error('the English dictionary did not load');
  await step(REPUBLISH_STEPS[0]!, () => (problems = service.problems(open)));
  let diagnostics: unknown[] = [];
  await step(REPUBLISH_STEPS[1]!, () => (diagnostics = service.diagnostics(open, problems)));
  collect();
  const usage = process.memoryUsage();
  // Read after the last collection, so that what they hold counts in the heap figures above.
  if (open.letters.length === 0 || diagnostics.length === 0) throw new Error('an empty edition');
  return {
    textBytes: Buffer.byteLength(text),
    steps,
    republishMs: steps
      .filter((entry) => REPUBLISH_STEPS.includes(entry.component))
      .reduce((sum, entry) => sum + entry.ms, 0),
    heapUsed: usage.heapUsed,
    rss: usage.rss,
  };
}

if (require.main === module) {
  const index = process.argv.indexOf('--size');
  const size = Number(index >= 0 ? process.argv[index + 1] : 5);
  const samples = path.resolve(__dirname, '..', '..', 'samples');
  const registers = process.argv.includes('--no-registers')
    ? []
    : ['persons', 'places', 'organisations', 'terms'].map((kind) =>
        path.join(samples, `stalin-molotov-1926.${kind}.json`),
      );
  componentMemory(size, registers).then(
    (memory) => {
      console.log(JSON.stringify(memory));
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
