import type { LetterAnalysis } from '../../analysis/letterTable';
import type { DocumentModel } from '../../analysis/model';
import type { Edition } from '../../analysis/edition';

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
export interface Verdict {
  readonly value: unknown;
  readonly reading: TableReading;
}

/**
 * What one check read of the word table: the keys of the counts it looked at (see
 * {@link wordKey} and {@link unhyphenatedKey}) and every question it asked with the answer it got.
 * A count it looked at may change (typing in a common word changes a count every letter looked
 * at) without changing an answer (the word is still used twice): the check holds while every
 * answer does, which {@link TableReading.stillAnswered} tells far more cheaply than checking the
 * letter again.
 */
export class TableReading {
  /** Each question by its name, with the counts it read and how to tell its answer is unchanged. */
  private readonly asked = new Map<string, Asked>();
  /** The questions that read each count. */
  private readonly byKey = new Map<string, Asked[]>();

  /** Whether the check read nothing of the table. */
  get empty(): boolean {
    return this.asked.size === 0;
  }

  /** Whether the check read the count of `key`. */
  read(key: string): boolean {
    return this.byKey.has(key);
  }

  /** Records a question (`question` names it), the counts it read and how to tell its answer is unchanged. */
  note(question: string, keys: readonly string[], same: (questions: EditionQuestions) => boolean): void {
    if (this.asked.has(question)) return;
    const asked = { keys, same };
    this.asked.set(question, asked);
    for (const key of keys) {
      const questions = this.byKey.get(key);
      if (questions) questions.push(asked);
      else this.byKey.set(key, [asked]);
    }
  }

  /** Adds what another reading read (a remembered verdict's) to this one. */
  absorb(other: TableReading): void {
    for (const [question, { keys, same }] of other.asked) this.note(question, keys, same);
  }

  /**
   * Whether `table` answers as then every question that read one of the counts `changed` (every
   * question when `changed` is undefined: the table's log no longer tells what changed).
   */
  stillAnswered(table: EditionWords, changed: Iterable<string> | undefined): boolean {
    let questions: EditionQuestions | undefined;
    const holds = ({ same }: Asked) => same((questions ??= questionsOf(table)));
    if (!changed) return [...this.asked.values()].every(holds);
    for (const key of changed) if (!(this.byKey.get(key) ?? []).every(holds)) return false;
    return true;
  }
}

/** A question a check asked of the word table: the counts it read, and whether a table still gives its answer. */
interface Asked {
  readonly keys: readonly string[];
  readonly same: (questions: EditionQuestions) => boolean;
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

  hyphenated(token: string): string | undefined {
    const answer = this.pass.answers().hyphenated(token);
    this.reading.note(
      `hyphenated ${token}`,
      [unhyphenatedKey(token)],
      (questions) => questions.hyphenated(token) === answer,
    );
    return answer;
  }

  recall(rule: string, token: string): Verdict | undefined {
    const known = this.pass.verdictsOf(rule).get(token);
    if (known) this.reading.absorb(known.reading);
    return known;
  }

  remember<T>(rule: string, token: string, verdict: (edition: EditionQuestions) => T): T {
    const reading = new TableReading();
    const value = verdict(new RecordingQuestions(this.pass, reading));
    this.pass.verdictsOf(rule).set(token, { value, reading });
    this.reading.absorb(reading);
    return value;
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

/** Adds `times` (negative to take them away) to the count of each token of `text`, as written. */
function tallyTokens(tokens: Map<string, number>, text: string, times: number): void {
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text))
    tokens.set(match[0], (tokens.get(match[0]) ?? 0) + times);
}

/**
 * Passes the counts of tokens as written on to the words and compounds they count for: each
 * distinct token is lower-cased and split at its hyphens once, however often it occurs.
 */
function foldTokens(
  tokens: ReadonlyMap<string, number>,
  addWord: (word: string, by: number) => void,
  addCompound: (compound: string, by: number) => void,
): void {
  for (const [token, by] of tokens) {
    if (by === 0) continue;
    const lower = token.toLowerCase();
    if (!lower.includes('-')) {
      addWord(lower, by);
      continue;
    }
    addCompound(lower, by);
    for (const part of lower.split('-')) addWord(part, by);
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
  /**
   * The compound with one hyphen that the edition writes and that `token` is without its hyphen
   * (`so-called` for `socalled`; of several, the one with the earliest hyphen), if any.
   */
  hyphenated(token: string): string | undefined;
  /**
   * The verdict {@link remember} kept on `token` under `rule`, if these answers keep verdicts and
   * one was reached: the counts it read count as read here.
   */
  recall(rule: string, token: string): Verdict | undefined;
  /**
   * What `verdict` says of `token` under `rule`, asking the edition only through the questions it
   * is given: a pure function of the token, the dictionary and these answers, which the answers of
   * one table may therefore keep for every letter that meets the token (see {@link recall}).
   */
  remember<T>(rule: string, token: string, verdict: (edition: EditionQuestions) => T): T;
}

/** The answers of a word table. */
export function questionsOf(table: EditionWords): EditionQuestions {
  const count = (word: string): number => table.words.get(word) ?? 0;
  const questions: EditionQuestions = {
    usedTwice: (word) => count(word) >= 2,
    hyphenated: (token) => {
      for (let at = 1; at < token.length; at++) {
        const compound = `${token.slice(0, at)}-${token.slice(at)}`;
        if (table.compounds.has(compound)) return compound;
      }
      return undefined;
    },
    recall: () => undefined,
    remember: (_rule, _token, verdict) => verdict(questions),
  };
  return questions;
}

/** The word-frequency table of a text, counted afresh. */
export function editionWords(text: string): EditionWords {
  const tokens = new Map<string, number>();
  tallyTokens(tokens, text, 1);
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
class WordTable implements EditionWordTable {
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
    const tokens = new Map<string, number>();
    const current = new Set(models.map((model) => model.uri));
    for (const [uri, part] of this.documents)
      if (!current.has(uri)) {
        for (const [analysis, times] of part.letters) tallyTokens(tokens, analysis.text, -times);
        tallyTokens(tokens, preambleOf(part.model), -1);
        this.documents.delete(uri);
      }
    for (const model of models) {
      const previous = this.documents.get(model.uri);
      if (previous?.model === model) continue;
      const next = documentPart(model);
      if (previous) {
        tallyTokens(tokens, preambleOf(previous.model), -1);
        for (const [analysis, times] of previous.letters) {
          const now = next.letters.get(analysis) ?? 0;
          if (now !== times) tallyTokens(tokens, analysis.text, now - times);
        }
      }
      for (const [analysis, times] of next.letters)
        if (!previous?.letters.has(analysis)) tallyTokens(tokens, analysis.text, times);
      tallyTokens(tokens, preambleOf(model), 1);
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
export function editionWordTable(workspace: Edition, model: DocumentModel): EditionWordTable {
  let table = tables.get(workspace);
  if (!table) tables.set(workspace, (table = new WordTable()));
  const models = workspace.all().filter((other) => other.uri !== model.uri);
  table.update([...models, model]);
  return table;
}
