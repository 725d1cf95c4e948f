/**
 * The bench's steps that run in its own process, without a server: which diagnostic codes only the
 * dictionary brings (what marks the Letters server's complete diagnostics), the memory by
 * component of a size (`memory.ts`, in a child process), and the TEI export of an edition.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Edition } from '../../server/src/analysis/edition';
import { readEdition } from '../../server/src/reading/edition';
import { exportTei } from '../../server/src/export/tei';
import { documentProblems } from '../../server/src/topics/diagnose';
import { loadEnglishDictionary } from '../../server/src/topics/textDamage/englishDictionary';
import { SAMPLE } from './edition';
import { ROOT } from './servers';
import type { ComponentMemory } from './memory';

const MB = 1024 * 1024;

/**
 * The diagnostic codes that only the dictionary brings: those of the sample's problems with the
 * dictionary loaded that are absent without it (the sample's registers, `registerFiles`, loaded
 * both times, as in the servers' workspaces). The bench editions are copies of the sample, so a
 * publish with one of these codes is a publish made after the dictionary arrived. Call before
 * anything else in this process loads the dictionary.
 */
export async function dictionaryCodes(registerFiles: readonly string[]): Promise<Set<string>> {
  const codesOfSample = () => {
    const workspace = new Edition();
    const registers = workspace.registers;
    for (const file of registerFiles) {
      const uri = pathToFileURL(path.join(ROOT, 'bench', path.basename(file))).toString();
      const body = readFileSync(file, 'utf8');
      if (!registers.set(uri, body)) workspace.registers.set(uri, body);
    }
    const model = workspace.set('file:///bench/sample.letters', 1, readFileSync(SAMPLE, 'utf8'));
    return new Set(documentProblems(model, workspace).map((problem) => problem.code));
  };
  const without = codesOfSample();
  if (!(await loadEnglishDictionary())) return new Set();
  return new Set([...codesOfSample()].filter((code) => !without.has(code)));
}

/** {@link componentMemory} of one size, in a child process with a heap of its own and `--expose-gc`. */
export function componentMemoryOf(size: number, withRegisters: boolean): ComponentMemory {
  const child = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--require',
      'tsx/cjs',
      path.join(__dirname, 'memory.ts'),
      '--size',
      String(size),
      ...(withRegisters ? [] : ['--no-registers']),
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * MB },
  );
  if (child.status !== 0) throw new Error(`memory.ts --size ${size} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as ComponentMemory;
}

/** Milliseconds to parse an edition and write it as TEI, without the server. */
export function timeTeiExport(text: string): number {
  const started = performance.now();
  const workspace = new Edition();
  workspace.set('file:///bench.letters', 0, text);
  exportTei(readEdition(workspace), { title: 'Benchmark', source: undefined });
  return performance.now() - started;
}
