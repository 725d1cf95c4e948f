/**
 * Where the Letters server's memory goes, in process: builds the state of a server with one
 * edition open step by step (text, syntax trees, registers, dictionary, problems, diagnostics),
 * collecting garbage between the steps, and reports how much each step added to the heap. Run
 * under `node --expose-gc` (the bench starts it as a child process, one per size, so that each
 * size starts from an empty heap):
 * `node --expose-gc --require tsx/cjs scripts/bench/memory.ts --size 5 [--no-registers]`
 * prints one JSON line, a {@link ComponentMemory}.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ModelCache } from '../../server/src/analysis/model';
import { WorkspaceIndex } from '../../server/src/analysis/workspace';
import { createLanguageService } from '../../server/src/service/languageService';
import { registersOf } from '../../server/src/topics/registers/workspaceRegisters';
import { loadEnglishDictionary } from '../../server/src/topics/textDamage/englishDictionary';
import { lettersEdition } from './edition';

/** What one step of building the state added to the heap, after a full collection. */
export interface ComponentStep {
  readonly component: string;
  /** `heapUsed` after the step minus before it, in bytes. */
  readonly bytes: number;
}

/** The answer of this script for one edition. */
export interface ComponentMemory {
  /** The edition's size in bytes (UTF-8). */
  readonly textBytes: number;
  readonly steps: readonly ComponentStep[];
  /** `heapUsed` and `rss` of the process once every step is done, after a full collection. */
  readonly heapUsed: number;
  readonly rss: number;
}

const MB = 1024 * 1024;

/** A full collection, twice: weak references and finalisers cleared by the first go in the second. */
function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run under node --expose-gc');
  gc();
  gc();
}

/**
 * Builds the state of a server that opened a `sizeMb` edition, in the order the server comes to
 * hold it, and measures each step's heap. Every step keeps what the server keeps: the text, the
 * model (its trees and per-letter analyses), the registers with their mentions of this document,
 * the dictionary, the problems and the diagnostics last published. Answers that the server only
 * sends (the mentions asked for, the Registers view's listing) are built and dropped, so only
 * their caches count.
 */
export async function componentMemory(
  sizeMb: number,
  registerFiles: readonly string[],
): Promise<ComponentMemory> {
  const kept: unknown[] = [];
  const steps: ComponentStep[] = [];
  const step = async (component: string, run: () => unknown): Promise<void> => {
    collect();
    const before = process.memoryUsage().heapUsed;
    kept.push(await run());
    collect();
    steps.push({ component, bytes: process.memoryUsage().heapUsed - before });
  };
  const uri = 'file:///bench/edition.letters';
  const workspace = new WorkspaceIndex();
  const service = createLanguageService({ workspace });
  const cache = new ModelCache();
  let text = '';
  let model: ReturnType<ModelCache['get']> | undefined;
  await step('text', () => (text = lettersEdition(sizeMb * MB)));
  await step('syntax trees (model)', () => {
    model = cache.get(uri, 1, text);
    workspace.put(model);
    return model.letters.length;
  });
  const open = model!;
  await step('registers (files, mentions, listing)', () => {
    const registers = registersOf(workspace);
    for (const file of registerFiles) {
      const registerUri = `file:///bench/${path.basename(file)}`;
      const body = readFileSync(file, 'utf8');
      if (!registers.set(registerUri, body)) workspace.persons.set(registerUri, body);
    }
    // Only what the registers cache counts: the answers themselves are dropped, as the server drops them.
    workspace.persons.recognise(open);
    registersOf(workspace).mentions(open);
    service.registers();
  });
  await step('dictionary (loadEnglishDictionary)', () => loadEnglishDictionary());
  let problems: ReturnType<typeof service.problems> = [];
  await step('problems (documentProblems)', () => (problems = service.problems(open)));
  await step('diagnostics (as published)', () => service.diagnostics(open, problems));
  collect();
  const usage = process.memoryUsage();
  return { textBytes: Buffer.byteLength(text), steps, heapUsed: usage.heapUsed, rss: usage.rss };
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
