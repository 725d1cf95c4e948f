/**
 * The distinct texts met in a scan, each given a dense index in the order first met, and found
 * again from its place in a larger text without cutting it out: most words of a letter were met
 * before, and a string cut out per occurrence would be garbage at once. Open addressing over a
 * power-of-two table of indices, each text filed under {@link hashOf}.
 */
export class TextTable {
  private slots = new Int32Array(1024).fill(-1);
  private readonly hashes: number[] = [];
  private readonly texts: string[] = [];

  /** How many distinct texts the table holds. */
  get size(): number {
    return this.texts.length;
  }

  /** The index of `text` between `start` and `end`, whose {@link hashOf} is `hash`; added if new. */
  indexAt(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let index = this.slots[slot] as number; index >= 0; index = this.slots[slot] as number) {
      if (this.hashes[index] === hash && sameText(this.texts[index] as string, text, start, end))
        return index;
      slot = (slot + 1) & mask;
    }
    const index = this.texts.length;
    this.slots[slot] = index;
    this.texts.push(text.slice(start, end));
    this.hashes.push(hash);
    if (this.texts.length * 2 > this.slots.length) this.grow();
    return index;
  }

  /** The index of a whole string; added if new. */
  indexOf(text: string): number {
    return this.indexAt(text, 0, text.length, hashOf(text, 0, text.length));
  }

  /** The text of an index. */
  textOf(index: number): string {
    return this.texts[index] as string;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    this.hashes.forEach((hash, index) => {
      let slot = hash & mask;
      while ((this.slots[slot] as number) >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = index;
    });
  }
}

/** One step of the hash of a text: its next code unit. A scan hashes a word as it reads it. */
export const hashStep = (hash: number, code: number): number => (Math.imul(hash, 31) + code) | 0;

/** The hash {@link TextTable} files the text between `start` and `end` under. */
export function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let at = start; at < end; at++) hash = hashStep(hash, text.charCodeAt(at));
  return hash;
}

function sameText(known: string, text: string, start: number, end: number): boolean {
  if (known.length !== end - start) return false;
  for (let at = 0; at < known.length; at++)
    if (known.charCodeAt(at) !== text.charCodeAt(start + at)) return false;
  return true;
}
