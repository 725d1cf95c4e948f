import { wordKey, unhyphenatedKey, type WordCounts } from './wordCounts';

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
  stillAnswered(table: WordCounts, changed: Iterable<string> | undefined): boolean {
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
export function questionsOf(table: WordCounts): EditionQuestions {
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
