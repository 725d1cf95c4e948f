/**
 * The text-damage pass in process: every letter of a bench edition (or of the sample) checked with
 * the dictionary loaded, as the server's check ahead and republish do once it has arrived. Each
 * run reads the edition into a fresh workspace (letters not cached) and times the text damage of
 * the document alone, then again into another and times every problem of it, in CPU time (`process.cpuUsage()`, user +
 * system), so that other work on a shared machine counts less than in wall time. Run under
 * `node --expose-gc` so that a run's letters are freed before the next:
 * `node --expose-gc --require tsx/cjs scripts/bench/textDamagePass.ts --size 5 --runs 5`;
 * `--sample` checks the sample with its registers and word list instead; `--dump FILE` writes the
 * `text.*` problems of the last run as JSON (code, span, message, fixes), to compare two builds.
 * Under tsx every call across modules goes through a getter, which the server's bundle has not:
 * for figures and profiles like the server's, bundle it as the server is (`npx esbuild
 * scripts/bench/textDamagePass.ts --bundle --platform=node --main-fields=module,main
 * --outfile=dist/bench/textDamagePass.js`, with `dist/bench/english-compounds` a link to
 * `../english-compounds` after `npm run build`) and run that under `node --expose-gc`.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Edition } from '../../server/src/analysis/edition';
import { documentProblems } from '../../server/src/topics/diagnose';
import { documentTextDamage } from '../../server/src/topics/textDamage/editionCheck';
import { loadEnglishDictionary } from '../../server/src/topics/textDamage/englishDictionary';
import { WORD_LIST_SUFFIX } from '../../server/src/analysis/wordLists';
import { DEFAULT_SETTINGS } from '../../server/src/analysis/settings';
import { lettersEdition, SAMPLE } from './edition';

const MB = 1024 * 1024;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const sample = process.argv.includes('--sample');
const size = Number(option('--size') ?? 5);
const runs = Number(option('--runs') ?? 5);
const dump = option('--dump');
const samples = path.dirname(SAMPLE);
/** The sample's registers (as the bench's workspace holds them), and its word list with `--sample`. */
const companions = readdirSync(samples).filter(
  (name) =>
    /^stalin-molotov-1926\.(persons|places|organisations|terms)\.json$/u.test(name) ||
    (sample && name.endsWith(WORD_LIST_SUFFIX)),
);

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run under node --expose-gc');
  gc();
  gc();
}

async function main(): Promise<void> {
  const text = sample ? readFileSync(SAMPLE, 'utf8') : lettersEdition(size * MB);
  if (!(await loadEnglishDictionary())) throw new Error('the English dictionary did not load');
  const damage: number[] = [];
  const all: number[] = [];
  /** A fresh workspace holding the edition and the companions, its letters read (not timed). */
  const open = () => {
    const workspace = new Edition();
    for (const name of companions) {
      const uri = `file:///bench/${name}`;
      const body = readFileSync(path.join(samples, name), 'utf8');
      if (name.endsWith(WORD_LIST_SUFFIX)) workspace.wordLists.set(uri, body);
      else workspace.registers.set(uri, body);
    }
    const model = workspace.set('file:///bench/edition.letters', 1, text);
    void model.letterAnalyses;
    return { model, workspace, settings: DEFAULT_SETTINGS };
  };
  /** Frees a run's letters, so that the next reads and checks them afresh. */
  const free = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    collect();
  };
  for (let run = 0; run < runs; run++) {
    let context = open();
    let started = process.cpuUsage();
    const problems = documentTextDamage(context);
    damage.push(cpuMs(started));
    if (run === runs - 1) {
      if (dump)
        writeFileSync(
          dump,
          JSON.stringify(
            problems
              .filter((problem) => problem.code.startsWith('text.'))
              .map(({ code, span, message, fixes }) => ({ code, span, message, fixes })),
            null,
            1,
          ),
        );
    }
    await free();
    context = open();
    started = process.cpuUsage();
    documentProblems(context.model, context.workspace);
    all.push(cpuMs(started));
    await free();
  }
  const format = (values: number[]) => values.map((value) => value.toFixed(0)).join(' / ');
  console.log(
    `${sample ? 'sample' : `${size} MB`}: text damage ${format(damage)} ms cpu; all problems ${format(all)} ms cpu`,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
