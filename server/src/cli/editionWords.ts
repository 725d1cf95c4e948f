/**
 * The words the command-line tools read an edition with: `--language` and `--heading-word` when
 * given, else the `language` and `headingWord` of `edition.json` beside the first file or in the
 * first folder, else English and `Letter` (the precedence of the server's settings).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileUri, readText } from '../host/files';
import { resolveEditionWords, useEditionWords } from '../syntax/vocabulary';
import { parseEditionFile } from '../analysis/editionFile';

/** The `--language` and `--heading-word` options. */
export interface WordOptions {
  readonly language?: string;
  readonly headingWord?: string;
}

/**
 * Reads `--language CODE` / `--heading-word WORD` (also `=` forms) at `argv[position]`: the new
 * position when it was one of them, else undefined.
 */
export function readWordOption(
  argv: readonly string[],
  position: number,
  into: { -readonly [K in keyof WordOptions]: WordOptions[K] },
): number | undefined {
  const argument = argv[position] as string;
  const match = /^--(language|heading-word)(=|$)/.exec(argument);
  if (!match) return undefined;
  const inline = match[2] === '=';
  const value = inline ? argument.slice(argument.indexOf('=') + 1) : argv[position + 1];
  if (value === undefined || value.trim() === '') throw new Error(`--${match[1]} needs a value`);
  if (match[1] === 'language') into.language = value;
  else into.headingWord = value;
  return inline ? position : position + 1;
}

/** Sets the words for the targets: the options, else the first target's `edition.json`. */
export async function useWordsFor(targets: readonly string[], options: WordOptions): Promise<void> {
  const first = targets[0];
  let folder: string | undefined;
  if (first !== undefined) {
    const stat = await fs.stat(first).catch(() => undefined);
    folder = stat?.isDirectory() ? first : path.dirname(first);
  }
  const file = folder === undefined ? undefined : path.join(folder, 'edition.json');
  const text = file === undefined ? undefined : await readText(file);
  const metadata =
    file !== undefined && text !== undefined ? parseEditionFile(fileUri(file), text).metadata : {};
  useEditionWords(resolveEditionWords(options, metadata));
}
