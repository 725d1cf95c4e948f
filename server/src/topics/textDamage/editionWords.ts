import type { LetterAnalysis } from '../../analysis/letterTable';
import type { DocumentModel } from '../../analysis/model';
import type { WorkspaceIndex } from '../../analysis/workspace';

/** How often each lower-cased word, and each hyphenated compound, occurs in an edition. */
export interface EditionWords {
  /** Occurrences of a word, counting the parts of hyphenated compounds too. */
  readonly words: ReadonlyMap<string, number>;
  /** Occurrences of a hyphenated compound (`so-called`). */
  readonly compounds: ReadonlyMap<string, number>;
}

/**
 * The word table of every `.letters` file of a workspace, kept up to date over edits. Each change
 * of a count raises {@link revision} and is logged, so that a letter checked at an older revision
 * can tell whether a word it looked up changed since ({@link changedSince}).
 */
export interface EditionWordTable extends EditionWords {
  /** Raised by every update that changes a count. */
  readonly revision: number;
  /**
   * The keys whose counts changed after `revision` (`word:` or `compound:` and the lower-cased
   * text, see {@link wordKey} and {@link compoundKey}); undefined when that revision is too old to
   * tell, which a caller must read as "anything may have changed".
   */
  changedSince(revision: number): ReadonlySet<string> | undefined;
}

/** The key of a word's count in {@link EditionWordTable.changedSince}. */
export const wordKey = (word: string) => `word:${word}`;
/** The key of a compound's count in {@link EditionWordTable.changedSince}. */
export const compoundKey = (compound: string) => `compound:${compound}`;

/**
 * The answers of a word table that record the counts they read (by {@link wordKey} and
 * {@link compoundKey}), so that a cached result knows which changes concern it.
 */
export function recordingQuestions(table: () => EditionWords, reads: Set<string>): EditionQuestions {
  let asked: EditionQuestions | undefined;
  // The table is counted only when a question comes: most letters ask none.
  const answers = () => (asked ??= questionsOf(table()));
  return {
    usedTwice: (word) => (reads.add(wordKey(word)), answers().usedTwice(word)),
    mostUsed: (splits) => {
      for (const parts of splits) for (const part of parts) reads.add(wordKey(part));
      return answers().mostUsed(splits);
    },
    writes: (compound) => (reads.add(compoundKey(compound)), answers().writes(compound)),
  };
}

/** How many updates the change log keeps: a letter checked longer ago is checked again. */
const LOG_LENGTH = 200;

interface Counts {
  readonly words: Map<string, number>;
  readonly compounds: Map<string, number>;
}

const emptyCounts = (): Counts => ({ words: new Map(), compounds: new Map() });

function add(map: Map<string, number>, key: string, by: number): void {
  const count = (map.get(key) ?? 0) + by;
  if (count > 0) map.set(key, count);
  else map.delete(key);
}

/** Adds (`by` = 1) or removes (`by` = -1) the words of `text` to or from `counts`. */
function tally(counts: Counts, text: string, by: number): void {
  for (const [token] of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
    const lower = token.toLowerCase();
    const parts = lower.split('-');
    if (parts.length > 1) add(counts.compounds, lower, by);
    for (const part of parts) add(counts.words, part, by);
  }
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
  const counts = emptyCounts();
  tally(counts, text, 1);
  return counts;
}

/** The counts of one letter analysis: its text is the same wherever the letter stands. */
const letterCounts = new WeakMap<LetterAnalysis, Counts>();

function countsOfLetter(analysis: LetterAnalysis): Counts {
  let counts = letterCounts.get(analysis);
  if (!counts) {
    counts = emptyCounts();
    tally(counts, analysis.text, 1);
    letterCounts.set(analysis, counts);
  }
  return counts;
}

/** What the table holds of one document: its letters' counts and its preamble's. */
interface DocumentPart {
  readonly model: DocumentModel;
  /** Each letter analysis and how many times the document holds it (a letter written twice is one analysis). */
  readonly letters: ReadonlyMap<LetterAnalysis, number>;
  readonly preamble: Counts;
}

function documentPart(model: DocumentModel): DocumentPart {
  const letters = new Map<LetterAnalysis, number>();
  for (const analysis of model.letterAnalyses) letters.set(analysis, (letters.get(analysis) ?? 0) + 1);
  const preamble = emptyCounts();
  tally(preamble, model.textOf(model.syntax.preamble), 1);
  return { model, letters, preamble };
}

/**
 * The sum of the documents' counts, each document the sum of its letters' counts, so an edit
 * recounts only the letters it parsed again: the letters an edit moved keep their counts.
 */
class WordTable implements EditionWordTable {
  readonly words = new Map<string, number>();
  readonly compounds = new Map<string, number>();
  revision = 0;
  private readonly documents = new Map<string, DocumentPart>();
  private readonly log: { revision: number; changed: ReadonlySet<string> }[] = [];
  /** The counts before the update in progress, of every key it touched. */
  private before = new Map<string, number>();

  changedSince(revision: number): ReadonlySet<string> | undefined {
    if (revision === this.revision) return new Set();
    const oldest = this.log[0];
    if (!oldest || oldest.revision > revision + 1) return undefined;
    const changed = new Set<string>();
    for (const entry of this.log)
      if (entry.revision > revision) for (const key of entry.changed) changed.add(key);
    return changed;
  }

  /** Brings the table to the documents given (by URI); logs the keys whose counts changed. */
  update(models: readonly DocumentModel[]): void {
    this.before = new Map();
    const current = new Map(models.map((model) => [model.uri, model] as const));
    for (const [uri, part] of this.documents)
      if (!current.has(uri)) {
        for (const [analysis, times] of part.letters) this.merge(countsOfLetter(analysis), -times);
        this.merge(part.preamble, -1);
        this.documents.delete(uri);
      }
    for (const model of models) {
      const previous = this.documents.get(model.uri);
      if (previous?.model === model) continue;
      const next = documentPart(model);
      if (previous) {
        this.merge(previous.preamble, -1);
        for (const [analysis, times] of previous.letters)
          if (next.letters.get(analysis) !== times)
            this.merge(countsOfLetter(analysis), (next.letters.get(analysis) ?? 0) - times);
      }
      for (const [analysis, times] of next.letters)
        if (!previous?.letters.has(analysis)) this.merge(countsOfLetter(analysis), times);
      this.merge(next.preamble, 1);
      this.documents.set(model.uri, next);
    }
    const changed = new Set<string>();
    for (const [key, count] of this.before) if (this.count(key) !== count) changed.add(key);
    if (changed.size === 0) return;
    this.revision++;
    this.log.push({ revision: this.revision, changed });
    if (this.log.length > LOG_LENGTH) this.log.shift();
  }

  private count(key: string): number {
    return key.startsWith('word:')
      ? (this.words.get(key.slice('word:'.length)) ?? 0)
      : (this.compounds.get(key.slice('compound:'.length)) ?? 0);
  }

  private merge(part: Counts, by: number): void {
    for (const [word, count] of part.words) this.adjust(this.words, wordKey(word), word, by * count);
    for (const [compound, count] of part.compounds)
      this.adjust(this.compounds, compoundKey(compound), compound, by * count);
  }

  private adjust(map: Map<string, number>, key: string, entry: string, by: number): void {
    if (!this.before.has(key)) this.before.set(key, map.get(entry) ?? 0);
    add(map, entry, by);
  }
}

const tables = new WeakMap<WorkspaceIndex, WordTable>();

/**
 * The word table of the edition: every `.letters` file of the workspace (with `model` in place of
 * the workspace's version of its file, or added to them), so that an edition split into several
 * files weighs its words as the single file would.
 */
export function editionWordTable(workspace: WorkspaceIndex, model: DocumentModel): EditionWordTable {
  let table = tables.get(workspace);
  if (!table) tables.set(workspace, (table = new WordTable()));
  const models = workspace.all().filter((other) => other.uri !== model.uri);
  table.update([...models, model]);
  return table;
}
