/**
 * `tsx scripts/bench/preview.ts`: how long the preview's HTML takes for the sample (with its
 * register) and for a generated 1 MB edition, after a one-character edit (model update + render).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ModelCache } from '../../server/src/analysis/model';
import { WorkspaceIndex } from '../../server/src/analysis/workspace';
import { renderDocument } from '../../server/src/render/document';
import { lettersOf } from '../../server/src/render/source';
import { lettersEdition, SAMPLE } from './edition';

function measure(label: string, text: string, workspace: WorkspaceIndex): void {
  const cache = new ModelCache();
  const uri = 'file:///bench.letters';
  let current = text;
  renderDocument(current, lettersOf(cache.get(uri, 0, current), workspace));
  const times: number[] = [];
  for (let version = 1; version <= 20; version++) {
    const at = Math.floor(current.length / 2);
    const started = performance.now();
    current = current.slice(0, at) + 'x' + current.slice(at);
    cache.edit(uri, at, at, 1);
    const model = cache.get(uri, version, current);
    workspace.put(model);
    renderDocument(current, lettersOf(model, workspace));
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`${label}: median ${times[10]?.toFixed(1)} ms, max ${times[19]?.toFixed(1)} ms per edit`);
}

const sample = new WorkspaceIndex();
const register = path.join(path.dirname(SAMPLE), 'stalin-molotov-1926.persons.json');
sample.persons.set('file:///bench.persons.json', readFileSync(register, 'utf8'));
measure('sample (89 KB, register)', readFileSync(SAMPLE, 'utf8'), sample);
const large = new WorkspaceIndex();
large.persons.set('file:///bench.persons.json', readFileSync(register, 'utf8'));
measure('1 MB edition (register)', lettersEdition(1_000_000), large);
