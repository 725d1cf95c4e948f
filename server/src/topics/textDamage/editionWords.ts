import type { LetterAnalysis } from '../../analysis/letterTable';
import type { DocumentModel } from '../../analysis/model';

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

/** The counts of one letter analysis: its text is the same wherever the letter stands. */
const letterTables = new WeakMap<LetterAnalysis, Table>();

/** Per document, its table as the sum of its letters' (and its preamble's) counts, and how many times each letter is in it. */
const documentTables = new Map<
  string,
  { model: DocumentModel; letters: Map<LetterAnalysis, number>; table: Table }
>();

function letterTable(analysis: LetterAnalysis): Table {
  let table = letterTables.get(analysis);
  if (!table) {
    table = { words: new Map(), compounds: new Map() };
    tally(table, analysis.text, 1);
    letterTables.set(analysis, table);
  }
  return table;
}

/**
 * The word-frequency table of a document. Kept as the sum of its letters' counts, so an edit
 * recounts only the letters it read again: the letters an edit moved keep their counts. (A letter
 * written twice is one analysis, counted twice.)
 */
export function documentWords(model: DocumentModel): EditionWords {
  const previous = documentTables.get(model.uri);
  if (previous?.model === model) return previous.table;
  const letters = new Map<LetterAnalysis, number>();
  for (const analysis of model.letterAnalyses) letters.set(analysis, (letters.get(analysis) ?? 0) + 1);
  const table: Table = previous?.table ?? { words: new Map(), compounds: new Map() };
  if (previous) {
    tally(table, previous.model.textOf(previous.model.syntax.preamble), -1);
    for (const [analysis, times] of previous.letters)
      if (letters.get(analysis) !== times)
        merge(table, letterTable(analysis), (letters.get(analysis) ?? 0) - times);
  }
  for (const [analysis, times] of letters)
    if (!previous?.letters.has(analysis)) merge(table, letterTable(analysis), times);
  tally(table, model.textOf(model.syntax.preamble), 1);
  documentTables.set(model.uri, { model, letters, table });
  return table;
}
