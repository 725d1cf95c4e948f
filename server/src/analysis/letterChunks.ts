/** A document's text cut at its letters' starts: the part before the first letter, then each letter. */
export interface LetterChunk {
  /** Where the chunk starts in the document. */
  readonly start: number;
  readonly text: string;
}

/**
 * The chunks of `text` between `starts` (the letters' starts, in order). Where `letterTexts` gives
 * a letter's text (the shared letter analysis's, the same string object at every version of the
 * document), that string is the chunk: caches keyed by chunk text then hash and compare it once,
 * not a fresh slice of every letter on every edit, which costs as much as reading the document.
 */
export function letterChunks(
  text: string,
  starts: readonly number[],
  letterTexts: readonly string[] = [],
): LetterChunk[] {
  const bounds = [0, ...starts, text.length];
  const chunks: LetterChunk[] = [];
  for (let index = 0; index + 1 < bounds.length; index++) {
    const start = bounds[index] as number;
    const end = bounds[index + 1] as number;
    if (end <= start) continue;
    const own = index > 0 ? letterTexts[index - 1] : undefined;
    chunks.push({ start, text: own?.length === end - start ? own : text.slice(start, end) });
  }
  return chunks;
}
