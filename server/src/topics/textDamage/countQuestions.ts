import { TextTable } from './textTable';
import { wordKey, unhyphenatedKey, type WordCounts } from './wordCounts';

/**
 * A distinct word of the text: its index in the pass's {@link TokenTable}, the same however often
 * the word occurs, so that a word met again is looked up once for every rule, not once per rule.
 */
export type Token = number;

/** What {@link EditionQuestions.recall} answers when no verdict is kept. */
export const NOT_KEPT: unique symbol = Symbol('not kept');

let slots = 0;

/**
 * A new place for a rule's verdicts on every token (see {@link TokenTable}): each rule that
 * remembers verdicts takes one when its module loads, so that a verdict is found by index, not by
 * the rule's name.
 */
export function verdictSlot(): number {
  return slots++;
}

/** How a verdict is kept (see {@link TokenTable}): in `values`, or as one of the two commonest. */
const IN_VALUES = 1;
const UNDEFINED = 2;
const FALSE = 3;
/** Set beside them when the verdict read the word table: its reading is in `readings`. */
const READ = 4;

/**
 * The tokens of a pass, one per distinct word (see {@link TextTable}), and the rules' verdicts on
 * them, by token and {@link verdictSlot}. Kept in flat arrays, not an object per token: a verdict
 * is asked for at every occurrence of a word, nearly a million times at 5 MB, and most verdicts
 * are "nothing found" (undefined, false), which a byte per verdict tells.
 */
export class TokenTable {
  private readonly texts = new TextTable();
  /** The rules that keep verdicts: every slot taken when the table is made. */
  private readonly stride = slots;
  /** Per token × stride + slot: 0 (no verdict) or how it is kept (see {@link IN_VALUES}). */
  private states = new Uint8Array(4096);
  private readonly values: unknown[] = [];
  private readonly readings = new Map<number, TableReading>();

  /** The token of `text` between `start` and `end`, whose `hashOf` is `hash`. */
  at(text: string, start: number, end: number, hash: number): Token {
    return this.texts.indexAt(text, start, end, hash);
  }

  /** The token of a whole string. */
  of(text: string): Token {
    return this.texts.indexOf(text);
  }

  textOf(token: Token): string {
    return this.texts.textOf(token);
  }

  /** Where the verdict of `rule` on `token` is kept. */
  private place(rule: number, token: Token): number {
    if (rule >= this.stride) throw new Error('a verdict slot was taken after the tokens were made');
    return token * this.stride + rule;
  }

  /** The verdict of `rule` on `token`, or {@link NOT_KEPT}. */
  verdict(rule: number, token: Token): unknown {
    const place = this.place(rule, token);
    const state = place < this.states.length ? (this.states[place] as number) : 0;
    switch (state & ~READ) {
      case 0:
        return NOT_KEPT;
      case UNDEFINED:
        return undefined;
      case FALSE:
        return false;
      default:
        return this.values[place];
    }
  }

  /** What the verdict of `rule` on `token` read of the word table, if anything. */
  reading(rule: number, token: Token): TableReading | undefined {
    const place = this.place(rule, token);
    return place < this.states.length && ((this.states[place] as number) & READ) !== 0
      ? this.readings.get(place)
      : undefined;
  }

  /** Keeps the verdict of `rule` on `token`, and what it read of the word table (undefined: nothing). */
  keep(rule: number, token: Token, value: unknown, reading: TableReading | undefined): void {
    const place = this.place(rule, token);
    if (place >= this.states.length) {
      const states = new Uint8Array(Math.max(this.states.length * 2, place + 1));
      states.set(this.states);
      this.states = states;
    }
    let state = value === undefined ? UNDEFINED : value === false ? FALSE : IN_VALUES;
    if (state === IN_VALUES) this.values[place] = value;
    if (reading) {
      state |= READ;
      this.readings.set(place, reading);
    }
    this.states[place] = state;
  }
}

/** The key prefixes of the counts the questions read (`word:so`, `unhyphenated:socalled`). */
const WORD_KEY = wordKey('');
const UNHYPHENATED_KEY = unhyphenatedKey('');

/**
 * What one check read of the word table: every question it asked with the answer it got, which
 * name the counts they read (`usedTwice(word)` reads {@link wordKey}, `hyphenated(token)`
 * {@link unhyphenatedKey}). A count it looked at may change (typing in a common word changes a
 * count every letter looked at) without changing an answer (the word is still used twice): the
 * check holds while every answer does, which {@link TableReading.stillAnswered} tells far more
 * cheaply than checking the letter again. Kept as plain answers, not closures: every letter of
 * the edition keeps one, hundreds of questions each. Its maps are made on the first answer of
 * their kind: a reading is made for every verdict a rule remembers, and most read nothing (the
 * dictionary decided them), so that empty maps made ahead were most of the garbage of checking an
 * edition.
 */
export class TableReading {
  /** `usedTwice(word)`'s answers by word. */
  private twice: Map<string, boolean> | undefined;
  /** `hyphenated(token)`'s answers by token. */
  private hyphenated: Map<string, string | undefined> | undefined;
  /** `ownWord(token, parts)`'s answers by the token and its parts, space-separated. */
  private own: Map<string, boolean> | undefined;

  /** Whether the check read nothing of the table. */
  get empty(): boolean {
    return !this.twice && !this.hyphenated && !this.own;
  }

  /** Whether the check read the count of `key`. */
  read(key: string): boolean {
    if (key.startsWith(WORD_KEY)) {
      const word = key.slice(WORD_KEY.length);
      return (
        this.twice?.has(word) === true ||
        [...(this.own?.keys() ?? [])].some((words) => words.split(' ').includes(word))
      );
    }
    if (key.startsWith(UNHYPHENATED_KEY))
      return this.hyphenated?.has(key.slice(UNHYPHENATED_KEY.length)) === true;
    return false;
  }

  /** Records the answer of `usedTwice(word)`. */
  noteTwice(word: string, answer: boolean): void {
    const twice = (this.twice ??= new Map());
    if (!twice.has(word)) twice.set(word, answer);
  }

  /** Records the answer of `hyphenated(token)`. */
  noteHyphenated(token: string, answer: string | undefined): void {
    const hyphenated = (this.hyphenated ??= new Map());
    if (!hyphenated.has(token)) hyphenated.set(token, answer);
  }

  /** Records the answer of `ownWord(token, parts)`. */
  noteOwn(token: string, parts: readonly string[], answer: boolean): void {
    this.noteOwnKey([token, ...parts].join(' '), answer);
  }

  /** Adds what another reading read (a remembered verdict's) to this one. */
  absorb(other: TableReading): void {
    for (const [word, answer] of other.twice ?? []) this.noteTwice(word, answer);
    for (const [token, answer] of other.hyphenated ?? []) this.noteHyphenated(token, answer);
    for (const [key, answer] of other.own ?? []) this.noteOwnKey(key, answer);
  }

  private noteOwnKey(key: string, answer: boolean): void {
    const own = (this.own ??= new Map());
    if (!own.has(key)) own.set(key, answer);
  }

  /**
   * Whether `table` answers as then every question that read one of the counts `changed` (every
   * question when `changed` is undefined: the table's log no longer tells what changed).
   */
  stillAnswered(table: WordCounts, changed: Iterable<string> | undefined): boolean {
    let questions: EditionQuestions | undefined;
    const ask = () => (questions ??= questionsOf(table));
    const twiceHolds = (word: string, answer: boolean) => ask().usedTwice(word) === answer;
    const hyphenatedHolds = (token: string, answer: string | undefined) => ask().hyphenated(token) === answer;
    const ownHolds = (key: string, answer: boolean) => {
      const [token = '', ...parts] = key.split(' ');
      return ask().ownWord(token, parts) === answer;
    };
    if (!changed)
      return (
        [...(this.twice ?? [])].every(([word, answer]) => twiceHolds(word, answer)) &&
        [...(this.hyphenated ?? [])].every(([token, answer]) => hyphenatedHolds(token, answer)) &&
        [...(this.own ?? [])].every(([key, answer]) => ownHolds(key, answer))
      );
    for (const key of changed) {
      if (key.startsWith(WORD_KEY)) {
        const word = key.slice(WORD_KEY.length);
        const answer = this.twice?.get(word);
        if (answer !== undefined && !twiceHolds(word, answer)) return false;
        // Few tokens are asked this (a repeated token with a split), so each is looked at.
        for (const [words, own] of this.own ?? [])
          if (words.split(' ').includes(word) && !ownHolds(words, own)) return false;
      } else if (key.startsWith(UNHYPHENATED_KEY)) {
        const token = key.slice(UNHYPHENATED_KEY.length);
        if (this.hyphenated?.has(token) && !hyphenatedHolds(token, this.hyphenated.get(token))) return false;
      }
    }
    return true;
  }
}

/**
 * The answers of a word table to the letters checked against one state of it (one revision of the
 * table, one dictionary, one set of known words; the text-damage check shares them among every
 * document of the edition): the answers are read on the first question, since most letters ask
 * none, and the verdicts the rules remember on a token are kept for every letter after.
 */
export class PassAnswers {
  private asked: EditionQuestions | undefined;
  /** Every distinct word the rules asked about in the pass, with their verdicts. */
  readonly tokens = new TokenTable();

  constructor(private readonly table: () => WordCounts) {}

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
}

class RecordingQuestions implements EditionQuestions {
  /** The readings of recalled verdicts already added to {@link reading}. */
  private readonly absorbed = new Set<TableReading>();

  constructor(
    private readonly pass: PassAnswers,
    private readonly reading: TableReading,
  ) {}

  usedTwice(word: string): boolean {
    const answer = this.pass.answers().usedTwice(word);
    this.reading.noteTwice(word, answer);
    return answer;
  }

  hyphenated(token: string): string | undefined {
    const answer = this.pass.answers().hyphenated(token);
    this.reading.noteHyphenated(token, answer);
    return answer;
  }

  ownWord(token: string, parts: readonly string[]): boolean {
    const answer = this.pass.answers().ownWord(token, parts);
    this.reading.noteOwn(token, parts, answer);
    return answer;
  }

  get tokens(): TokenTable {
    return this.pass.tokens;
  }

  recall(rule: number, token: Token): unknown {
    const tokens = this.pass.tokens;
    const value = tokens.verdict(rule, token);
    if (value === NOT_KEPT) return value;
    const reading = tokens.reading(rule, token);
    // A token recurs thousands of times in an edition: its verdict's reading is added once.
    if (reading && !this.absorbed.has(reading)) {
      this.absorbed.add(reading);
      this.reading.absorb(reading);
    }
    return value;
  }

  remember<T>(rule: number, token: Token, verdict: (edition: EditionQuestions) => T): T {
    const reading = new TableReading();
    const value = verdict(new RecordingQuestions(this.pass, reading));
    const read = reading.empty ? undefined : reading;
    this.pass.tokens.keep(rule, token, value, read);
    if (read) this.reading.absorb(read);
    return value;
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
   * Whether the edition writes `token` more than once, and more often than each of `parts`
   * (lower-case words, at least one) on its own: then the token is a word of the edition
   * (`transferor` fourteen times beside `transfer` six), not those words run together
   * (`tradeunions` three times beside `unions` sixteen).
   */
  ownWord(token: string, parts: readonly string[]): boolean;
  /**
   * The tokens of the words of the text: the pass's when these answers keep verdicts, so that a
   * verdict on a word is kept on its token for every letter of the pass.
   */
  readonly tokens: TokenTable;
  /**
   * The verdict {@link remember} kept on `token` under `rule` (its {@link verdictSlot}), if these
   * answers keep verdicts and one was reached ({@link NOT_KEPT} otherwise): the counts it read
   * count as read here.
   */
  recall(rule: number, token: Token): unknown;
  /**
   * What `verdict` says of `token` under `rule`, asking the edition only through the questions it
   * is given: a pure function of the token, the dictionary and these answers, which the answers of
   * one table may therefore keep for every letter that meets the token (see {@link recall}).
   */
  remember<T>(rule: number, token: Token, verdict: (edition: EditionQuestions) => T): T;
}

/** The answers of a word table. */
export function questionsOf(table: WordCounts): EditionQuestions {
  const count = (word: string): number => table.words.get(word) ?? 0;
  const questions: EditionQuestions = {
    usedTwice: (word) => count(word) >= 2,
    ownWord: (token, parts) => {
      const times = count(token);
      return times >= 2 && parts.length > 0 && parts.every((part) => times > count(part));
    },
    hyphenated: (token) => {
      for (let at = 1; at < token.length; at++) {
        const compound = `${token.slice(0, at)}-${token.slice(at)}`;
        if (table.compounds.has(compound)) return compound;
      }
      return undefined;
    },
    tokens: new TokenTable(),
    recall: () => NOT_KEPT,
    remember: (_rule, _token, verdict) => verdict(questions),
  };
  return questions;
}
