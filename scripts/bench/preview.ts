/**
 * `tsx scripts/bench/preview.ts`: how long the server's answer to `letters/preview` takes for the
 * sample (with its register) and for a generated 1 MB edition after a one-character edit: model
 * update + render, and in proof mode also every check (`documentProblems`) and the problems by line.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ModelCache } from '../../server/src/analysis/model';
import { DEFAULT_SETTINGS } from '../../server/src/analysis/settings';
import { Edition } from '../../server/src/analysis/edition';
import { preview } from '../../server/src/features/preview';
import { documentProblems } from '../../server/src/topics/diagnose';
import { lettersEdition, SAMPLE } from './edition';

function measure(label: string, text: string, workspace: Edition, proof: boolean): void {
  const cache = new ModelCache();
  const uri = 'file:///bench.letters';
  let current = text;
  const answer = (version: number) => {
    const model = cache.get(uri, version, current);
    workspace.put(model);
    return preview(model, workspace, proof ? documentProblems(model, workspace) : [], DEFAULT_SETTINGS);
  };
  const first = answer(0);
  const times: number[] = [];
  for (let version = 1; version <= 20; version++) {
    const at = Math.floor(current.length / 2);
    const started = performance.now();
    current = current.slice(0, at) + 'x' + current.slice(at);
    cache.edit(uri, at, at, 1);
    answer(version);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const size = `${Math.round(first.html.length / 1024)} KB of HTML${proof ? `, ${first.proof.length} proof marks` : ''}`;
  console.log(
    `${label}${proof ? ', proof' : ''}: median ${times[10]?.toFixed(1)} ms, max ${times[19]?.toFixed(1)} ms per edit (${size})`,
  );
}

const register = path.join(path.dirname(SAMPLE), 'stalin-molotov-1926.persons.json');
for (const proof of [false, true]) {
  const sample = new Edition();
  sample.registers.set('file:///bench.persons.json', readFileSync(register, 'utf8'));
  measure('sample (89 KB, register)', readFileSync(SAMPLE, 'utf8'), sample, proof);
  const large = new Edition();
  large.registers.set('file:///bench.persons.json', readFileSync(register, 'utf8'));
  measure('1 MB edition (register)', lettersEdition(1_000_000), large, proof);
}
