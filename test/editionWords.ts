import { DEFAULT_WORDS, useEditionWords, type EditionWords } from '../server/src/syntax/vocabulary';

/** Runs `body` with the parser reading the edition with `words`, then English again. */
export function readWith(words: EditionWords, body: () => void): void {
  useEditionWords(words);
  try {
    body();
  } finally {
    useEditionWords(DEFAULT_WORDS);
  }
}
