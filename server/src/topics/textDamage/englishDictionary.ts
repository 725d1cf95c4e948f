import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import nspell from 'nspell';
import { ownCopy } from '../../syntax/characters';
import { loadEnglishCompounds, NO_COMPOUNDS, type EnglishCompounds } from './englishCompounds';
import { loadEnglishFrequencies, type WordFrequency } from './englishFrequencies';
import { nextTurn, packageDirectory } from './packageFiles';

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
let frequencies: WordFrequency | null = null;
let compounds: EnglishCompounds | null = null;

/**
 * Builds the speller batch by batch. nspell skips the first line of every dictionary it is given
 * (the word count) and rebuilds its compound rules from their source after each one, so each
 * batch gets a dummy first line and the rules' sources are put back before each batch: the result
 * is the speller of the whole file at once. `more` are lines of a dictionary with the same affix
 * file (the British one's that the American one lacks): a word listed twice gets both lines' affixes.
 */
async function buildSpeller(aff: Buffer, dic: string, more: readonly string[]): Promise<SpellingCheck> {
  const speller = nspell(aff);
  // Not in nspell's type declarations, but a plain property of the speller.
  const rules = speller as unknown as { compoundRules: unknown[] };
  const ruleSources = [...rules.compoundRules];
  const lines = [...dic.split('\n').slice(1), ...more];
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

/**
 * The lines of the British dictionary (`dictionary-en-gb`) that the American one lacks
 * (`quarrelling`, `travelled`, `colour`), when its affix file is the American one's, which lets
 * one speller hold both: many translations of the period are in British English.
 */
async function britishLines(aff: Buffer, dic: string): Promise<string[]> {
  const directory = packageDirectory('dictionary-en-gb', ['index.aff', 'index.dic']);
  if (!directory) return [];
  const britishAff = await fs.readFile(path.join(directory, 'index.aff'));
  if (!britishAff.equals(aff)) return [];
  const american = new Set(dic.split('\n'));
  const british = (await fs.readFile(path.join(directory, 'index.dic'), 'utf8')).split('\n').slice(1);
  return british.filter((line) => line !== '' && !american.has(line));
}

async function loadSpeller(): Promise<SpellingCheck | null> {
  const directory = packageDirectory('dictionary-en', ['index.aff', 'index.dic']);
  if (!directory) return null;
  try {
    const aff = await fs.readFile(path.join(directory, 'index.aff'));
    const dic = await fs.readFile(path.join(directory, 'index.dic'), 'utf8');
    return await buildSpeller(aff, dic, await britishLines(aff, dic));
  } catch {
    return null;
  }
}

async function load(): Promise<SpellingCheck | null> {
  const speller = await loadSpeller();
  // The frequencies come with the speller: the rules that weigh splits see both or neither.
  frequencies = speller ? await loadEnglishFrequencies() : null;
  compounds = speller ? await loadEnglishCompounds() : null;
  return speller;
}

/**
 * Loads the English spelling dictionary, American and British, the frequencies of English
 * words and the compounds of English (once per process; later calls return the same promise),
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

/**
 * How often English uses a lower-case word, per million words, once {@link loadEnglishDictionary}
 * has resolved (it loads the list with the dictionary); a function that knows no word when the
 * list is not loaded or its file is missing.
 */
export function englishFrequency(): WordFrequency {
  return frequencies ?? NO_FREQUENCIES;
}

const NO_FREQUENCIES: WordFrequency = () => 0;

/**
 * The compounds of English (see {@link loadEnglishCompounds}) once {@link loadEnglishDictionary}
 * has resolved (they load with the dictionary); a list that knows none before, or when its file is missing.
 */
export function englishCompounds(): EnglishCompounds {
  return compounds ?? NO_COMPOUNDS;
}
