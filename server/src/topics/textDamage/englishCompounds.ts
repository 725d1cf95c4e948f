import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { nextTurn } from './packageFiles';

/** The compounds of English that a fused token is weighed against (see {@link loadEnglishCompounds}). */
export interface EnglishCompounds {
  /**
   * The compound of two words that English writes with a hyphen (`full-time`) and `token`
   * (lower-case) is closed up; undefined when English has no such compound or also writes it closed.
   */
  joined(token: string): string | undefined;
  /** Whether English writes `token` (lower-case) closed although the dictionary lacks it (`cufflink`). */
  closed(token: string): boolean;
}

/** A list that knows no compound: the rules then weigh words as they did without it. */
export const NO_COMPOUNDS: EnglishCompounds = { joined: () => undefined, closed: () => false };

/** The file, beside the bundle (the build copies it into `dist/english-compounds/`) or in the sources. */
const FILE = 'english-compounds.txt';

function compoundsFile(): string | undefined {
  return [path.join(__dirname, 'english-compounds', FILE), path.join(__dirname, '../../../data', FILE)].find(
    (file) => existsSync(file),
  );
}

/** Lines added to the tables at a time before the loader yields to the event loop. */
const LINES_PER_BATCH = 20_000;

/** The inflections of a compound's last word that a fused token may carry (`sideeffects`, `inlaws`). */
const PLURALS: readonly (readonly [string, string])[] = [
  ['ies', 'y'],
  ['es', ''],
  ['s', ''],
];

/**
 * Loads the compounds of English (`server/data/english-compounds.txt`, derived from WordNet 3.1 by
 * `scripts/textDamage/deriveCompounds.ts`): two words joined by a hyphen, whose closed form is no
 * English word, and closed compounds the dictionary lacks. `null` when the file is
 * missing or unreadable, so that the rules weigh words as without it. Read in batches that yield
 * to the event loop.
 */
export async function loadEnglishCompounds(): Promise<EnglishCompounds | null> {
  const file = compoundsFile();
  if (!file) return null;
  try {
    const lines = (await fs.readFile(file, 'utf8')).split('\n');
    const joined = new Map<string, string>();
    const closed = new Set<string>();
    for (let start = 0; start < lines.length; start += LINES_PER_BATCH) {
      for (const line of lines.slice(start, start + LINES_PER_BATCH)) {
        if (line === '') continue;
        const joint = line.indexOf('-');
        if (joint < 0) closed.add(line);
        else joined.set(line.slice(0, joint) + line.slice(joint + 1), line);
      }
      await nextTurn();
    }
    const singulars = (token: string) =>
      PLURALS.filter(([ending]) => token.endsWith(ending)).map(
        ([ending, singular]) => [token.slice(0, -ending.length) + singular, ending, singular] as const,
      );
    const writtenClosed = (token: string) =>
      closed.has(token) || singulars(token).some(([singular]) => closed.has(singular));
    const lookUp = (token: string): string | undefined => {
      const found = joined.get(token);
      if (found) return found;
      for (const [word, ending, singular] of singulars(token)) {
        const compound = joined.get(word);
        if (compound) return compound.slice(0, compound.length - singular.length) + ending;
      }
      return undefined;
    };
    return {
      joined: (token) => (writtenClosed(token) ? undefined : lookUp(token)),
      closed: writtenClosed,
    };
  } catch {
    return null;
  }
}
