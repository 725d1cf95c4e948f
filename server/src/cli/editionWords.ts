/**
 * The options that name the words the command-line tools read an edition with: `--language` and
 * `--heading-word`, over the `language` and `headingWord` of the edition's metadata (the loader,
 * `host/loader.ts`, applies them with the precedence of the server's settings).
 */

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
