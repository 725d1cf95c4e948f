import type { DocumentModel } from '../../analysis/model';
import { letterOrigin } from '../../syntax/shift';
import type { LetterSyntax } from '../../syntax/tree';

/** How often each lower-cased word, and each hyphenated compound, occurs in a document. */
export interface EditionWords {
  /** Occurrences of a word, counting the parts of hyphenated compounds too. */
  readonly words: ReadonlyMap<string, number>;
  /** Occurrences of a hyphenated compound (`so-called`). */
  readonly compounds: ReadonlyMap<string, number>;
}

interface Table {
  readonly words: Map<string, number>;
  readonly compounds: Map<string, number>;
}

function add(map: Map<string, number>, key: string, by: number): void {
  const count = (map.get(key) ?? 0) + by;
  if (count > 0) map.set(key, count);
  else map.delete(key);
}

/** Adds (`by` = 1) or removes (`by` = -1) the words of `text` to or from `table`. */
function tally(table: Table, text: string, by: number): void {
  for (const [token] of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
    const lower = token.toLowerCase();
    const parts = lower.split('-');
    if (parts.length > 1) add(table.compounds, lower, by);
    for (const part of parts) add(table.words, part, by);
  }
}

/** Adds (`by` = 1) or removes (`by` = -1) the counts of `part` to or from `table`. */
function merge(table: Table, part: Table, by: number): void {
  for (const [word, count] of part.words) add(table.words, word, by * count);
  for (const [compound, count] of part.compounds) add(table.compounds, compound, by * count);
}

/** The word-frequency table of a text, counted afresh. */
export function editionWords(text: string): EditionWords {
  const table: Table = { words: new Map(), compounds: new Map() };
  tally(table, text, 1);
  return table;
}

/** The counts of one parsed letter: its text is the same wherever an edit moves it. */
const letterTables = new WeakMap<LetterSyntax, Table>();

/** Per document, its table as the sum of its letters' (and its preamble's) counts, and those letters. */
const documentTables = new Map<string, { model: DocumentModel; letters: Set<LetterSyntax>; table: Table }>();

function letterTable(model: DocumentModel, letter: LetterSyntax): { origin: LetterSyntax; table: Table } {
  const origin = letterOrigin(letter).letter;
  let table = letterTables.get(origin);
  if (!table) {
    table = { words: new Map(), compounds: new Map() };
    tally(table, model.textOf(letter.span), 1);
    letterTables.set(origin, table);
  }
  return { origin, table };
}

/**
 * The word-frequency table of a document. Kept as the sum of its letters' counts, so an edit
 * recounts only the letters it parsed again: the letters an edit moved keep their counts.
 */
export function documentWords(model: DocumentModel): EditionWords {
  const previous = documentTables.get(model.uri);
  if (previous?.model === model) return previous.table;
  const letters = new Map(
    model.letters.map((letter) => {
      const { origin, table } = letterTable(model, letter);
      return [origin, table] as const;
    }),
  );
  const table: Table = previous?.table ?? { words: new Map(), compounds: new Map() };
  if (previous) {
    tally(table, previous.model.textOf(previous.model.syntax.preamble), -1);
    for (const origin of previous.letters)
      if (!letters.has(origin)) merge(table, letterTables.get(origin) as Table, -1);
  }
  for (const [origin, counts] of letters) if (!previous?.letters.has(origin)) merge(table, counts, 1);
  tally(table, model.textOf(model.syntax.preamble), 1);
  documentTables.set(model.uri, { model, letters: new Set(letters.keys()), table });
  return table;
}
