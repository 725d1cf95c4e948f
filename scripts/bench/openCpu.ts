/**
 * Open → complete diagnostics of one single-file edition, in the server's CPU time: builds of the
 * Letters server started in turn over stdio, as `npm run bench` starts them (the sample's registers
 * in a workspace folder beside the edition), each run reading the server process's `utime +
 * stime` (`/proc/<pid>/stat`, 10 ms resolution) when the document is opened and when the first
 * diagnostics with the dictionary's findings arrive. On a shared machine the wall time of the
 * same run varies several times over with the load; the server's CPU time far less. Run:
 * `npx tsx scripts/bench/openCpu.ts --size 5 --runs 3 dist/server.js /other/build/dist/server.js`
 * (runs alternate between the builds; the load average is printed with each).
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lettersEdition } from './edition';
import { dictionaryCodes } from './inProcess';
import { lettersServer, ROOT } from './servers';

const MB = 1024 * 1024;
/** Clock ticks per second of `/proc/<pid>/stat` (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

/** The CPU time the process `pid` has used, user and system, in milliseconds. */
function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The fields after the command name (which may hold spaces), from the third on.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

async function main(): Promise<void> {
  const size = Number(option('--size', '5'));
  const runs = Number(option('--runs', '3'));
  const servers = process.argv
    .slice(2)
    .filter((arg, index, all) => arg.endsWith('.js') && !all[index - 1]?.startsWith('--'));
  const registers = readdirSync(path.join(ROOT, 'samples'))
    .filter((name) => /^stalin-molotov-1926\.(persons|places|organisations|terms)\.json$/u.test(name))
    .map((name) => path.join(ROOT, 'samples', name));
  const codes = await dictionaryCodes(registers);
  const text = lettersEdition(size * MB);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'letters-open-cpu-'));
  try {
    console.log(`| run | server | load (1 min) | open → complete, server CPU | wall |`);
    console.log(`| --- | --- | --- | --- | --- |`);
    for (let run = 1; run <= runs; run++)
      for (const [index, server] of servers.entries()) {
        const workspace = path.join(folder, `workspace-${run}-${index}`);
        mkdirSync(workspace);
        for (const register of registers)
          copyFileSync(register, path.join(workspace, path.basename(register)));
        const file = path.join(folder, `edition-${run}-${index}.letters`);
        writeFileSync(file, text);
        const uri = pathToFileURL(file).toString();
        const load = os.loadavg()[0]?.toFixed(1);
        const session = await lettersServer('', path.resolve(server)).start(workspace);
        try {
          const pid = session.child.pid as number;
          const complete = session.published(
            (params) => params.uri === uri && params.diagnostics.some((item) => codes.has(String(item.code))),
            300_000,
            'no diagnostics with the dictionary’s findings',
          );
          const cpuBefore = cpuMs(pid);
          const started = performance.now();
          await session.open(uri, 'letters', text);
          await complete;
          const wall = performance.now() - started;
          const cpu = cpuMs(pid) - cpuBefore;
          console.log(`| ${run} | ${server} | ${load} | ${cpu.toFixed(0)} ms | ${wall.toFixed(0)} ms |`);
        } finally {
          await session.stop();
        }
      }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
