import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

const SERVER = path.resolve(__dirname, '..', '..', 'server', 'src');
const IMPORT = /^(?:import|export)\b[^;]*?\bfrom\s+'(\.[^']+)'/gms;

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/** The server's files each with the server files it imports (type imports included). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(SERVER)) {
    const targets: string[] = [];
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const base = path.resolve(path.dirname(file), match[1]!);
      const target = [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => {
        try {
          return statSync(candidate).isFile();
        } catch {
          return false;
        }
      });
      if (target?.startsWith(SERVER)) targets.push(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** One import circle of the graph, as the files around it, or undefined when there is none. */
function findCircle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (file: string): string[] | undefined => {
    if (state.get(file) === 'done') return undefined;
    if (state.get(file) === 'open') return trail.slice(trail.indexOf(file)).concat(file);
    state.set(file, 'open');
    trail.push(file);
    for (const target of graph.get(file) ?? []) {
      const circle = visit(target);
      if (circle) return circle;
    }
    trail.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of graph.keys()) {
    const circle = visit(file);
    if (circle) return circle;
  }
  return undefined;
}

describe('the server’s imports', () => {
  it('form no circle (type imports included)', () => {
    const circle = findCircle(importGraph());
    assert.equal(circle?.map((file) => path.relative(SERVER, file)).join(' → '), undefined);
  });

  it('would show a circle if there were one', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
    ]);
    assert.deepEqual(findCircle(graph), ['a.ts', 'b.ts', 'c.ts', 'a.ts']);
  });
});
