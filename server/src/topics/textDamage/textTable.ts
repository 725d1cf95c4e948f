/**
 * The distinct texts met in a scan, each given a dense index in the order first met, and found
 * again from its place in a larger text without cutting it out: most words of a letter were met
 * before, and a string cut out per occurrence would be garbage at once. Open addressing over a
 * power-of-two table of indices, each text filed under {@link hashOf}; the texts' code units are
 * kept one after another in one array, which a look-up compares with the text in place, so that
 * it reads a few cache lines, not a string object per candidate.
 */
export class TextTable {
  private slots = new Int32Array(1024).fill(-1);
  private hashes = new Int32Array(512);
  /** Where each text's code units start in {@link units}; one more entry, the end of the last. */
  private offsets = new Int32Array(513);
  private units = new Uint16Array(4096);
  private readonly texts: string[] = [];

  /** How many distinct texts the table holds. */
  get size(): number {
    return this.texts.length;
  }

  /** The index of `text` between `start` and `end`, whose {@link hashOf} is `hash`; added if new. */
  indexAt(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    let slot = hash & mask;
    for (let index = this.slots[slot] as number; index >= 0; index = this.slots[slot] as number) {
      if (this.hashes[index] === hash) {
        const from = this.offsets[index] as number;
        if ((this.offsets[index + 1] as number) - from === length) {
          let at = 0;
          while (at < length && this.units[from + at] === text.charCodeAt(start + at)) at++;
          if (at === length) return index;
        }
      }
      slot = (slot + 1) & mask;
    }
    return this.add(text, start, end, hash, slot);
  }

  /** The index of a whole string; added if new. */
  indexOf(text: string): number {
    return this.indexAt(text, 0, text.length, hashOf(text, 0, text.length));
  }

  /** The text of an index. */
  textOf(index: number): string {
    return this.texts[index] as string;
  }

  private add(text: string, start: number, end: number, hash: number, slot: number): number {
    const index = this.texts.length;
    if (index + 1 >= this.hashes.length) {
      this.hashes = grown(this.hashes, this.hashes.length * 2);
      this.offsets = grown(this.offsets, this.hashes.length + 1);
    }
    const from = this.offsets[index] as number;
    if (from + end - start > this.units.length)
      this.units = grown(this.units, Math.max(this.units.length * 2, from + end - start));
    for (let at = start; at < end; at++) this.units[from + at - start] = text.charCodeAt(at);
    this.offsets[index + 1] = from + end - start;
    this.hashes[index] = hash;
    this.texts.push(text.slice(start, end));
    this.slots[slot] = index;
    if (this.texts.length * 2 > this.slots.length) this.rehash();
    return index;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    for (let index = 0; index < this.texts.length; index++) {
      let slot = (this.hashes[index] as number) & mask;
      while ((this.slots[slot] as number) >= 0) slot = (slot + 1) & mask;
      this.slots[slot] = index;
    }
  }
}

/** A copy of `array` in a larger one of `length`. */
function grown<T extends Int32Array | Uint16Array>(array: T, length: number): T {
  const larger = new (array.constructor as new (length: number) => T)(length);
  larger.set(array);
  return larger;
}

/** One step of the hash of a text: its next code unit. A scan hashes a word as it reads it. */
export const hashStep = (hash: number, code: number): number => (Math.imul(hash, 31) + code) | 0;

/** The hash {@link TextTable} files the text between `start` and `end` under. */
export function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let at = start; at < end; at++) hash = hashStep(hash, text.charCodeAt(at));
  return hash;
}
