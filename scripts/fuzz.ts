/**
 * `npm run fuzz`: the long fuzz run. Random editing sessions on the sample and on garbage, first
 * against the analysis in-process (at least `--edits`, default 100,000 edits, every invariant
 * checked every 10 edits and the edited tree compared with a fresh parse), then against the real
 * server over stdio (`--server-edits`, default 10,000). The seed is printed; a failure replays
 * with `npm run fuzz -- --seed <seed>` (or FUZZ_SEED=<seed>).
 */
import * as path from 'node:path';
import * as fc from 'fast-check';
import { editingSession, runEditingSession } from '../test/invariants';
import { startServer } from '../test/protocol/lspClient';
import { dictionaryLoaded, fuzzServer, serverSession } from '../test/protocol/serverFuzz';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const EDITS = Number(option('edits') ?? 100_000);
const SERVER_EDITS = Number(option('server-edits') ?? 10_000);
const SEED = Number(option('seed') ?? process.env['FUZZ_SEED'] ?? Date.now() % 2 ** 31);
/** Runs per fast-check batch; batch `i` uses seed `SEED + i`, so the whole run follows from one seed. */
const BATCH = 200;

/** Server batch `i` uses seed `SEED + SERVER_SEED_OFFSET + i`. */
const SERVER_SEED_OFFSET = 1_000_003;

/** Prints the failure and how to replay its batch alone (`server`: a batch over stdio), and exits. */
function report<T>(details: fc.RunDetails<T>, seed: number, server = false): never {
  console.error(fc.defaultReportMessage(details) ?? 'failed');
  const replay = server
    ? `--seed ${seed - SERVER_SEED_OFFSET} --edits 1 --server-edits 1`
    : `--seed ${seed} --edits 1 --server-edits 0`;
  console.error(`\nFAILED. Replay this batch: npm run fuzz -- ${replay}`);
  process.exit(1);
}

async function main(): Promise<void> {
  console.log(`fuzz seed ${SEED} (replay: npm run fuzz -- --seed ${SEED})`);
  const started = Date.now();
  let edits = 0;
  let sent = 0;
  for (let batch = 0; edits < EDITS; batch++) {
    const seed = (SEED + batch) | 0;
    const details = fc.check(
      fc.property(editingSession, (session) => {
        edits += runEditingSession(session, 10);
      }),
      { seed, numRuns: BATCH },
    );
    if (details.failed) report(details, seed);
    process.stdout.write(`\ranalysis: ${edits} edits`);
  }
  console.log(` in ${((Date.now() - started) / 1000).toFixed(0)} s, all invariants held`);

  if (SERVER_EDITS > 0) {
    const session = await startServer(path.resolve(__dirname, '..', 'test'));
    await dictionaryLoaded(session);
    for (let batch = 0; sent < SERVER_EDITS; batch++) {
      const seed = (SEED + SERVER_SEED_OFFSET + batch) | 0;
      const details = await fc.check(
        fc.asyncProperty(serverSession, async (run) => {
          sent += await fuzzServer(session, run);
        }),
        { seed, numRuns: 20 },
      );
      if (details.failed) report(details, seed, true);
      process.stdout.write(`\rserver over stdio: ${sent} edits`);
    }
    const code = await session.stop();
    console.log(`, all invariants held; server exited with ${code}`);
  }
  console.log(`fuzz passed: ${edits} edits in-process + ${sent} edits over stdio, seed ${SEED}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
