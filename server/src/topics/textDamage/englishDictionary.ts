import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import nspell from 'nspell';

/** Whether a word is spelled correctly in (US) English; lower-case words only are asked. */
export type SpellingCheck = (word: string) => boolean;

/** Not loaded yet (`undefined`), not available (`null`), or loaded. */
let loaded: SpellingCheck | null | undefined;

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

/**
 * The English spelling dictionary, loaded on first use (about a quarter of a second, once per
 * process); `null` when its files cannot be found or read, so that the rules needing it stay silent
 * instead of failing.
 */
export function englishDictionary(): SpellingCheck | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  for (const directory of dictionaryDirectories()) {
    const aff = path.join(directory, 'index.aff');
    const dic = path.join(directory, 'index.dic');
    if (!existsSync(aff) || !existsSync(dic)) continue;
    try {
      const speller = nspell(readFileSync(aff), readFileSync(dic));
      loaded = (word) => speller.correct(word);
    } catch {
      loaded = null;
    }
    break;
  }
  return loaded;
}
