import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import nspell from 'nspell';
import { ownCopy } from '../../syntax/characters';

/** Whether a word is spelled correctly in (US) English; lower-case words only are asked. */
export type SpellingCheck = (word: string) => boolean;

/**
 * Lines of the `.dic` file added at a time: about 15 ms of work each, after which the loader yields
 * to the event loop, so that a diagnostics run or a request waits for one batch at most.
 */
const LINES_PER_BATCH = 5000;

/**
 * How many verdicts the speller's memo keeps before it starts afresh. The rules ask the same words
 * over and over (the words of an edition are few and often repeated, and every unknown token asks
 * its splits), while nspell's `correct` tries affixes and casings each time; the bound keeps a long
 * session from holding every substring it ever asked.
 */
const REMEMBERED_VERDICTS = 100_000;

/** Loaded (a check), not available (`null`), or not loaded yet (`undefined`). */
let loaded: SpellingCheck | null | undefined;
let loading: Promise<SpellingCheck | null> | undefined;

/**
 * The directories that may hold `index.aff` and `index.dic` of `dictionary-en`: beside the bundle
 * (the build copies them into `dist/dictionary-en/`, since the packaged extension ships no
 * `node_modules`), or the package itself when running from the sources.
 */
function dictionaryDirectories(): string[] {
  const directories = [path.join(__dirname, 'dictionary-en')];
  for (let directory = __dirname; ; directory = path.dirname(directory)) {
    directories.push(path.join(directory, 'node_modules', 'dictionary-en'));
    if (path.dirname(directory) === directory) return directories;
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Builds the speller batch by batch. nspell skips the first line of every dictionary it is given
 * (the word count) and rebuilds its compound rules from their source after each one, so each
 * batch gets a dummy first line and the rules' sources are put back before each batch: the result
 * is the speller of the whole file at once.
 */
async function buildSpeller(aff: Buffer, dic: string): Promise<SpellingCheck> {
  const speller = nspell(aff);
  // Not in nspell's type declarations, but a plain property of the speller.
  const rules = speller as unknown as { compoundRules: unknown[] };
  const ruleSources = [...rules.compoundRules];
  const lines = dic.split('\n').slice(1);
  for (let start = 0; start < lines.length; start += LINES_PER_BATCH) {
    rules.compoundRules = [...ruleSources];
    speller.dictionary(`0\n${lines.slice(start, start + LINES_PER_BATCH).join('\n')}`);
    await nextTurn();
  }
  const verdicts = new Map<string, boolean>();
  return (word) => {
    let verdict = verdicts.get(word);
    if (verdict === undefined) {
      if (verdicts.size >= REMEMBERED_VERDICTS) verdicts.clear();
      verdict = speller.correct(word);
      // A word cut from a letter would keep the letter's whole text alive in the memo.
      verdicts.set(ownCopy(word), verdict);
    }
    return verdict;
  };
}

async function load(): Promise<SpellingCheck | null> {
  for (const directory of dictionaryDirectories()) {
    const aff = path.join(directory, 'index.aff');
    const dic = path.join(directory, 'index.dic');
    if (!existsSync(aff) || !existsSync(dic)) continue;
    try {
      return await buildSpeller(await fs.readFile(aff), await fs.readFile(dic, 'utf8'));
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * Loads the English spelling dictionary (once per process; later calls return the same promise),
 * beginning when `begin` resolves: a server begins after its first diagnostics, which then never
 * wait for it, while text damage already waits from this call on (see
 * {@link englishDictionaryLoading}). It is read in batches that yield to the event loop (about a
 * quarter of a second in all), so the server answers meanwhile; it resolves to `null` when the
 * files cannot be found or read, so that the rules needing it stay silent instead of failing.
 */
export function loadEnglishDictionary(
  begin: Promise<unknown> = Promise.resolve(),
): Promise<SpellingCheck | null> {
  loading ??= begin.then(load, load).then((check) => (loaded = check));
  return loading;
}

/**
 * The English spelling dictionary if it has finished loading, else `null`: the rules needing it
 * stay silent until {@link loadEnglishDictionary} resolves. Never starts the loading itself.
 */
export function englishDictionary(): SpellingCheck | null {
  return loaded ?? null;
}

/** Whether the dictionary is being loaded: {@link loadEnglishDictionary} was called and has not resolved. */
export function englishDictionaryLoading(): boolean {
  return loading !== undefined && loaded === undefined;
}
