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
   * The keys whose counts changed after `revision` (see {@link wordKey} and
   * {@link unhyphenatedKey}); undefined when that revision is too old to tell, which a caller must
   * read as "anything may have changed".
   */
  changedSince(revision: number): ReadonlySet<string> | undefined;
}

/** The key of a word's count in {@link EditionWordTable.changedSince}. */
export const wordKey = (word: string) => `word:${word}`;
/**
 * The key in {@link EditionWordTable.changedSince} of the counts of the compounds with one hyphen
 * that are `token` without it (`so-called` for `socalled`): the rule asks them all at once.
 */
export const unhyphenatedKey = (token: string) => `unhyphenated:${token}`;

/** A verdict of {@link EditionQuestions.remember} and what it read of the table. */
interface Verdict {
  readonly value: unknown;
  readonly reading: TableReading;
}

/**
 * What one check read of the word table: the keys of the counts it looked at (see
 * {@link wordKey} and {@link unhyphenatedKey}) and every question it asked with the answer it got.
 * A count it looked at may change (typing in a common word changes a count every letter looked
 * at) without changing an answer (the word is still used twice): the check holds while every
 * answer does, which {@link stillAnswered} tells far more cheaply than checking the letter again.
 */
export class TableReading {
  readonly keys = new Set<string>();
  /** By question, whether a table's answers give the same answer. */
  private readonly answers = new Map<string, (questions: EditionQuestions) => boolean>();

  /** Records a question (`question` names it), the counts it read and how to tell its answer is unchanged. */
  note(question: string, keys: Iterable<string>, same: (questions: EditionQuestions) => boolean): void {
    for (const key of keys) this.keys.add(key);
    if (!this.answers.has(question)) this.answers.set(question, same);
  }

  /** Adds what another reading read (a remembered verdict's) to this one. */
  absorb(other: TableReading): void {
    for (const key of other.keys) this.keys.add(key);
    for (const [question, same] of other.answers)
      if (!this.answers.has(question)) this.answers.set(question, same);
  }

  /** Whether `table` answers every question read as it was answered then. */
  stillAnswered(table: EditionWords): boolean {
    const questions = questionsOf(table);
    for (const same of this.answers.values()) if (!same(questions)) return false;
    return true;
  }
}

/**
 * The answers of a word table to the letters of one pass (one state of the table, one dictionary,
 * one set of known words): the table is counted on the first question, since most letters ask
 * none, and the verdicts the rules remember on a token are kept for every letter after.
 */
export class PassAnswers {
  private asked: EditionQuestions | undefined;
  /** By rule, then by token. */
  private readonly verdicts = new Map<string, Map<string, Verdict>>();

  constructor(private readonly table: () => EditionWords) {}

  /**
   * The answers for one letter, which record what they read in `reading`, so that a cached result
   * knows which changes concern it. A verdict reused from another letter records what it read
   * when it was reached, as if this letter had asked it itself.
   */
  recording(reading: TableReading): EditionQuestions {
    return new RecordingQuestions(this, reading);
  }

  answers(): EditionQuestions {
    return (this.asked ??= questionsOf(this.table()));
  }

  verdictsOf(rule: string): Map<string, Verdict> {
    let ofRule = this.verdicts.get(rule);
    if (!ofRule) this.verdicts.set(rule, (ofRule = new Map()));
    return ofRule;
  }
}

class RecordingQuestions implements EditionQuestions {
  constructor(
    private readonly pass: PassAnswers,
    private readonly reading: TableReading,
  ) {}

  usedTwice(word: string): boolean {
    const answer = this.pass.answers().usedTwice(word);
    this.reading.note(`twice ${word}`, [wordKey(word)], (questions) => questions.usedTwice(word) === answer);
    return answer;
  }

  mostUsed(splits: readonly (readonly string[])[]): number {
    const answer = this.pass.answers().mostUsed(splits);
    const parts = splits.flat();
    this.reading.note(
      `most ${splits.map((split) => split.join(' ')).join('|')}`,
      parts.map(wordKey),
      (questions) => questions.mostUsed(splits) === answer,
    );
    return answer;
  }

  hyphenated(token: string): string | undefined {
    const answer = this.pass.answers().hyphenated(token);
    this.reading.note(
      `hyphenated ${token}`,
      [unhyphenatedKey(token)],
      (questions) => questions.hyphenated(token) === answer,
    );
    return answer;
  }

  remember<T>(rule: string, token: string, verdict: (edition: EditionQuestions) => T): T {
    const verdicts = this.pass.verdictsOf(rule);
    let known = verdicts.get(token);
    if (!known) {
      const reading = new TableReading();
      known = { value: verdict(new RecordingQuestions(this.pass, reading)), reading };
      verdicts.set(token, known);
    }
    this.reading.absorb(known.reading);
    return known.value as T;
  }
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

/** A word or hyphenated compound as the table counts it. */
const TOKEN = /\p{L}+(?:-\p{L}+)*/gu;

/**
 * The counts of the words of `text`, in one pass: each token is counted as written, then each
 * distinct token is lower-cased and split at its hyphens once, however often it occurs.
 */
function countsOf(text: string): Counts {
  const written = new Map<string, number>();
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text))
    written.set(match[0], (written.get(match[0]) ?? 0) + 1);
  const counts = emptyCounts();
  for (const [token, times] of written) {
    const lower = token.toLowerCase();
    if (!lower.includes('-')) {
      add(counts.words, lower, times);
      continue;
    }
    add(counts.compounds, lower, times);
    for (const part of lower.split('-')) add(counts.words, part, times);
  }
  return counts;
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
  /**
   * The compound with one hyphen that the edition writes and that `token` is without its hyphen
   * (`so-called` for `socalled`; of several, the one with the earliest hyphen), if any.
   */
  hyphenated(token: string): string | undefined;
  /**
   * What `verdict` says of `token` under `rule`, asking the edition only through the questions it
   * is given: a pure function of the token, the dictionary and these answers, which the answers of
   * one table may therefore compute once for every letter that meets the token.
   */
  remember<T>(rule: string, token: string, verdict: (edition: EditionQuestions) => T): T;
}

/** The answers of a word table. */
export function questionsOf(table: EditionWords): EditionQuestions {
  const count = (word: string): number => table.words.get(word) ?? 0;
  const questions: EditionQuestions = {
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
    hyphenated: (token) => {
      for (let at = 1; at < token.length; at++) {
        const compound = `${token.slice(0, at)}-${token.slice(at)}`;
        if (table.compounds.has(compound)) return compound;
      }
      return undefined;
    },
    remember: (_rule, _token, verdict) => verdict(questions),
  };
  return questions;
}

/** The word-frequency table of a text, counted afresh. */
export function editionWords(text: string): EditionWords {
  return countsOf(text);
}

/**
 * The counts of one letter analysis, counted again when asked: only the letters an update adds or
 * removes are asked (a letter's text is the same wherever it stands), and keeping every letter's
 * counts cost more memory than the edition's text (23 MB for 5 MB).
 */
function countsOfLetter(analysis: LetterAnalysis): Counts {
  return countsOf(analysis.text);
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
  return { model, letters, preamble: countsOf(model.textOf(model.syntax.preamble)) };
}

/**
 * The sum of the documents' counts, each document the sum of its letters' counts, so an edit
 * counts only the letters it parsed again, and the ones they replace: the letters an edit moved
 * keep their counts in the sum.
 */
class WordTable implements EditionWordTable {
  readonly words = new Map<string, number>();
  readonly compounds = new Map<string, number>();
  revision = 0;
  private readonly documents = new Map<string, DocumentPart>();
  private readonly log: { revision: number; changed: ReadonlySet<string> }[] = [];
  /** The counts before the update in progress, of every word and compound it touched. */
  private before = emptyCounts();

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
    this.before = emptyCounts();
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
    for (const [word, count] of this.before.words)
      if ((this.words.get(word) ?? 0) !== count) changed.add(wordKey(word));
    for (const [compound, count] of this.before.compounds) {
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

  private merge(part: Counts, by: number): void {
    for (const [word, count] of part.words) this.adjust(this.words, this.before.words, word, by * count);
    for (const [compound, count] of part.compounds)
      this.adjust(this.compounds, this.before.compounds, compound, by * count);
  }

  private adjust(map: Map<string, number>, before: Map<string, number>, entry: string, by: number): void {
    const count = map.get(entry) ?? 0;
    if (!before.has(entry)) before.set(entry, count);
    if (count + by > 0) map.set(entry, count + by);
    else map.delete(entry);
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
