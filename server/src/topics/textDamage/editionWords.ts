import type { LetterAnalysis } from '../../analysis/letterTable';
import type { DocumentModel } from '../../analysis/model';

/** How often each lower-cased word, and each hyphenated compound, occurs in a document. */
export interface EditionWords {
  /** Occurrences of a word, counting the parts of hyphenated compounds too. */
  readonly words: ReadonlyMap<string, number>;
  /** Occurrences of a hyphenated compound (`so-called`). */
  readonly compounds: ReadonlyMap<string, number>;
  /**
   * Of a document's kept table: replaced by a new object whenever an answer of
   * {@link EditionQuestions} may have changed (`thresholds`: a word's count crossing two, a compound
   * appearing or vanishing; `counts`: any count), so that answers need asking again only then.
   */
  readonly versions?: WordTableVersions;
}

/** See {@link EditionWords.versions}. */
export interface WordTableVersions {
  thresholds: object;
  counts: object;
}

interface Table {
  readonly words: Map<string, number>;
  readonly compounds: Map<string, number>;
  readonly versions?: WordTableVersions;
}

/** Changes a count; `threshold` is the count whose crossing changes an answer (two uses of a word, one of a compound). */
function add(
  map: Map<string, number>,
  key: string,
  by: number,
  versions?: WordTableVersions,
  threshold = 0,
): void {
  const before = map.get(key) ?? 0;
  const count = before + by;
  if (count > 0) map.set(key, count);
  else map.delete(key);
  if (versions && by !== 0) {
    versions.counts = {};
    if (before >= threshold !== count >= threshold) versions.thresholds = {};
  }
}

/** Adds (`by` = 1) or removes (`by` = -1) the words of `text` to or from `table`. */
function tally(table: Table, text: string, by: number): void {
  for (const [token] of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
    const lower = token.toLowerCase();
    const parts = lower.split('-');
    if (parts.length > 1) add(table.compounds, lower, by, table.versions, 1);
    for (const part of parts) add(table.words, part, by, table.versions, 2);
  }
}

/** Adds (`by` = 1) or removes (`by` = -1) the counts of `part` to or from `table`. */
function merge(table: Table, part: Table, by: number): void {
  for (const [word, count] of part.words) add(table.words, word, by * count, table.versions, 2);
  for (const [compound, count] of part.compounds)
    add(table.compounds, compound, by * count, table.versions, 1);
}

/**
 * What the rule of words run together asks of the edition's words. The answers change only when
 * the rule's outcome may (a count crossing two, the order of two splits), so that a letter checked
 * against one version of the document stays checked while edits elsewhere change counts.
 */
export interface EditionQuestions {
  /** Whether the edition uses a word more than once. */
  usedTwice(word: string): boolean;
  /** Of the splits of one token, the index of the one whose rarest part the edition uses most (the first of equals). */
  mostUsed(splits: readonly (readonly string[])[]): number;
  /** Whether the edition writes a hyphenated compound. */
  writes(compound: string): boolean;
}

/** The answers of a word table. */
export function questionsOf(table: EditionWords): EditionQuestions {
  const count = (word: string): number => table.words.get(word) ?? 0;
  return {
    usedTwice: (word) => count(word) >= 2,
    mostUsed: (splits) => {
      let best = 0;
      let bestRarest = -1;
      splits.forEach((parts, index) => {
        const rarest = Math.min(...parts.map(count));
        if (rarest > bestRarest) [best, bestRarest] = [index, rarest];
      });
      return best;
    },
    writes: (compound) => table.compounds.has(compound),
  };
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
  const table: Table = previous?.table ?? {
    words: new Map(),
    compounds: new Map(),
    versions: { thresholds: {}, counts: {} },
  };
  const preamble = model.textOf(model.syntax.preamble);
  const previousPreamble = previous?.model.textOf(previous.model.syntax.preamble);
  if (preamble !== previousPreamble) {
    if (previousPreamble !== undefined) tally(table, previousPreamble, -1);
    tally(table, preamble, 1);
  }
  if (previous) {
    for (const [analysis, times] of previous.letters)
      if (letters.get(analysis) !== times)
        merge(table, letterTable(analysis), (letters.get(analysis) ?? 0) - times);
  }
  for (const [analysis, times] of letters)
    if (!previous?.letters.has(analysis)) merge(table, letterTable(analysis), times);
  documentTables.set(model.uri, { model, letters, table });
  return table;
}
