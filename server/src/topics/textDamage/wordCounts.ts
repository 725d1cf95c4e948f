import type { LetterAnalysis } from '../../analysis/letterTable';
import type { DocumentModel } from '../../analysis/model';
import type { Edition } from '../../analysis/edition';
import { codePointAt, letterWidth } from './characters';
import { hashStep, TextTable } from './textTable';

/** How often each lower-cased word, and each hyphenated compound, occurs in an edition. */
export interface WordCounts {
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
export interface WordCountTable extends WordCounts {
  /** Raised by every update that changes a count. */
  readonly revision: number;
  /**
   * The keys whose counts changed after `revision` (see {@link wordKey} and
   * {@link unhyphenatedKey}); undefined when that revision is too old to tell, which a caller must
   * read as "anything may have changed".
   */
  changedSince(revision: number): ReadonlySet<string> | undefined;
}

/** The key of a word's count in {@link WordCountTable.changedSince}. */
export const wordKey = (word: string) => `word:${word}`;
/**
 * The key in {@link WordCountTable.changedSince} of the counts of the compounds with one hyphen
 * that are `token` without it (`so-called` for `socalled`): the rule asks them all at once.
 */
export const unhyphenatedKey = (token: string) => `unhyphenated:${token}`;

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

const HYPHEN = 0x2d;

/**
 * Counts the tokens of `text` as the edition's word table takes them (`\p{L}+(?:-\p{L}+)*`:
 * letters, with hyphens between letters), each by its index in `table`: `counts[index]` goes up by
 * `times` per occurrence, with no string cut out for a token met before.
 */
export function countTokens(text: string, table: TextTable, counts: number[], times = 1): void {
  const end = text.length;
  let at = 0;
  while (at < end) {
    let width = letterWidth(text, at, end);
    if (width === 0) {
      at += codePointAt(text, at, { start: 0, end }) > 0xffff ? 2 : 1;
      continue;
    }
    const start = at;
    let hash = 0;
    for (;;) {
      hash = hashStep(hash, text.charCodeAt(at));
      if (width === 2) hash = hashStep(hash, text.charCodeAt(at + 1));
      at += width;
      width = letterWidth(text, at, end);
      if (width > 0) continue;
      // A hyphen joins the letters after it to the token.
      if (text.charCodeAt(at) !== HYPHEN) break;
      width = letterWidth(text, at + 1, end);
      if (width === 0) break;
      hash = hashStep(hash, HYPHEN);
      at++;
    }
    const index = table.indexAt(text, start, at, hash);
    counts[index] = (counts[index] ?? 0) + times;
  }
}

/**
 * Tokens as written (words and hyphenated compounds, see {@link countTokens}) counted up and down
 * over the texts of one update, each distinct token cut out as a string once, however many
 * letters write it.
 */
class Tally {
  private readonly table = new TextTable();
  private readonly counts: number[] = [];

  /** Adds `times` (negative to take them away) to the count of each token of `text`. */
  add(text: string, times: number): void {
    countTokens(text, this.table, this.counts, times);
  }

  /** Each token with what was added to its count, in the order first met. */
  forEach(each: (token: string, by: number) => void): void {
    for (let index = 0; index < this.table.size; index++)
      each(this.table.textOf(index), this.counts[index] as number);
  }
}

/**
 * Passes the counts of tokens as written on to the words and compounds they count for: each
 * distinct token is lower-cased and split at its hyphens once, however often it occurs.
 */
function foldTokens(
  tokens: Tally,
  addWord: (word: string, by: number) => void,
  addCompound: (compound: string, by: number) => void,
): void {
  tokens.forEach((token, by) => {
    if (by === 0) return;
    const lower = token.toLowerCase();
    if (!lower.includes('-')) {
      addWord(lower, by);
      return;
    }
    addCompound(lower, by);
    for (const part of lower.split('-')) addWord(part, by);
  });
}

/** The word-frequency table of a text, counted afresh. */
export function countWords(text: string): WordCounts {
  const tokens = new Tally();
  tokens.add(text, 1);
  const counts = emptyCounts();
  foldTokens(
    tokens,
    (word, by) => add(counts.words, word, by),
    (compound, by) => add(counts.compounds, compound, by),
  );
  return counts;
}

/** What the table holds of one document: its letters and its preamble (the model's). */
interface DocumentPart {
  readonly model: DocumentModel;
  /** Each letter analysis and how many times the document holds it (a letter written twice is one analysis). */
  readonly letters: ReadonlyMap<LetterAnalysis, number>;
}

function documentPart(model: DocumentModel): DocumentPart {
  const letters = new Map<LetterAnalysis, number>();
  for (const analysis of model.letterAnalyses) letters.set(analysis, (letters.get(analysis) ?? 0) + 1);
  return { model, letters };
}

const preambleOf = (model: DocumentModel) => model.textOf(model.syntax.preamble);

/**
 * The sum of the documents' counts, each document the sum of its letters' counts, so an edit
 * recounts only the letters it parsed again: the letters an edit moved keep their counts. An
 * update tallies the tokens of the letters that enter the table and of those that leave it in one
 * map, then lower-cases each distinct token once; a letter's counts are not kept, since counting
 * its text again when it leaves costs less than holding the counts of every letter.
 */
class WordTable implements WordCountTable {
  readonly words = new Map<string, number>();
  readonly compounds = new Map<string, number>();
  revision = 0;
  private readonly documents = new Map<string, DocumentPart>();
  private readonly log: { revision: number; changed: ReadonlySet<string> }[] = [];

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
    // The tokens entering the table (counted up) and leaving it (counted down).
    const tokens = new Tally();
    const current = new Set(models.map((model) => model.uri));
    for (const [uri, part] of this.documents)
      if (!current.has(uri)) {
        for (const [analysis, times] of part.letters) tokens.add(analysis.text, -times);
        tokens.add(preambleOf(part.model), -1);
        this.documents.delete(uri);
      }
    for (const model of models) {
      const previous = this.documents.get(model.uri);
      if (previous?.model === model) continue;
      const next = documentPart(model);
      if (previous) {
        tokens.add(preambleOf(previous.model), -1);
        for (const [analysis, times] of previous.letters) {
          const now = next.letters.get(analysis) ?? 0;
          if (now !== times) tokens.add(analysis.text, now - times);
        }
      }
      for (const [analysis, times] of next.letters)
        if (!previous?.letters.has(analysis)) tokens.add(analysis.text, times);
      tokens.add(preambleOf(model), 1);
      this.documents.set(model.uri, next);
    }
    // The counts before the update of every word and compound it touches.
    const before = emptyCounts();
    foldTokens(
      tokens,
      (word, by) => adjust(this.words, before.words, word, by),
      (compound, by) => adjust(this.compounds, before.compounds, compound, by),
    );
    const changed = new Set<string>();
    for (const [word, count] of before.words)
      if ((this.words.get(word) ?? 0) !== count) changed.add(wordKey(word));
    for (const [compound, count] of before.compounds) {
      const hyphen = compound.indexOf('-');
      // Only compounds of one hyphen are asked about (see EditionQuestions.hyphenated).
      if (compound.indexOf('-', hyphen + 1) < 0 && (this.compounds.get(compound) ?? 0) !== count)
        changed.add(unhyphenatedKey(compound.slice(0, hyphen) + compound.slice(hyphen + 1)));
    }
    if (changed.size === 0) return;
    this.revision++;
    this.log.push({ revision: this.revision, changed });
    if (this.log.length > LOG_LENGTH) this.log.shift();
  }
}

/**
 * Adds `by` to the count of `entry` in `map`, first noting in `before` the count it had. A count
 * never falls below zero on the way: what an update takes away was counted in by an earlier one.
 */
function adjust(map: Map<string, number>, before: Map<string, number>, entry: string, by: number): void {
  const count = map.get(entry) ?? 0;
  if (!before.has(entry)) before.set(entry, count);
  add(map, entry, by);
}

const tables = new WeakMap<Edition, WordTable>();

/**
 * The word table of the edition: every `.letters` file of the workspace (with `model` in place of
 * the workspace's version of its file, or added to them), so that an edition split into several
 * files weighs its words as the single file would.
 */
export function wordCountTable(workspace: Edition, model: DocumentModel): WordCountTable {
  let table = tables.get(workspace);
  if (!table) tables.set(workspace, (table = new WordTable()));
  const models = workspace.all().filter((other) => other.uri !== model.uri);
  table.update([...models, model]);
  return table;
}
