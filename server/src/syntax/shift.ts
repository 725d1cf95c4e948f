import type { LetterSyntax } from './tree';

/**
 * Moves a letter by `delta` code units: a letter after an edit keeps its tree, only its offsets
 * change. Every span in the tree (any object with numeric `start` and `end`) moves, so fields added
 * to the tree later move too. Plain fields and small objects are copied at once; lists (notes,
 * markers, lines, references, ...) are shifted on first read, so an edit does not pay for the
 * letters nobody looks at. Shifting a shifted letter starts again from the parsed original, so
 * edits never build chains.
 */
export function shiftLetter(letter: LetterSyntax, delta: number): LetterSyntax {
  if (delta === 0) return letter;
  const origin = ORIGINS.get(letter);
  const base = origin ? origin.letter : letter;
  const total = (origin ? origin.delta : 0) + delta;
  if (total === 0) return base;
  const shifted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base)) {
    if (Array.isArray(value)) {
      let list: unknown[] | undefined;
      Object.defineProperty(shifted, key, {
        enumerable: true,
        get: () => (list ??= value.map((item) => shiftValue(item, total))),
      });
    } else {
      shifted[key] = shiftValue(value, total);
    }
  }
  const result = shifted as unknown as LetterSyntax;
  ORIGINS.set(result, { letter: base, delta: total });
  return result;
}

/** The parsed letter a shifted letter comes from, and by how much it moved (itself and 0 when not shifted). */
export function letterOrigin(letter: LetterSyntax): { letter: LetterSyntax; delta: number } {
  return ORIGINS.get(letter) ?? { letter, delta: 0 };
}

const ORIGINS = new WeakMap<LetterSyntax, { letter: LetterSyntax; delta: number }>();

/** A copy of a syntax value with every span moved by `delta`. */
function shiftValue(value: unknown, delta: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => shiftValue(item, delta));
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) copy[key] = shiftValue(field, delta);
  if (typeof copy['start'] === 'number' && typeof copy['end'] === 'number') {
    copy['start'] = (copy['start'] as number) + delta;
    copy['end'] = (copy['end'] as number) + delta;
  }
  return copy;
}
