import { shiftProblem, usesCrlf } from '../../analysis/letterProblems';
import type { Problem } from '../../analysis/problems';
import { letterOrigin } from '../../syntax/shift';
import type { LetterSyntax } from '../../syntax/tree';
import type { TopicContext } from '../topic';
import { englishDictionary, type SpellingCheck } from './englishDictionary';
import {
  compoundKey,
  editionWordTable,
  wordKey,
  type EditionWords,
  type EditionWordTable,
} from './editionWords';
import { knownWords, type KnownWords } from './knownWords';
import { textDamageProblems } from './textDamageCheck';
import { isWord, wordListsOf, type WordListFile } from './wordLists';

/** The counts a check looked up: the keys, or `all` when it read the table as a whole. */
interface Reads {
  readonly keys: Set<string>;
  all: boolean;
}

/** A count map that records every key asked of it, so that a cached result knows what it depends on. */
class RecordingCounts implements ReadonlyMap<string, number> {
  constructor(
    private readonly counts: ReadonlyMap<string, number>,
    private readonly keyOf: (entry: string) => string,
    private readonly reads: Reads,
  ) {}

  get size(): number {
    this.reads.all = true;
    return this.counts.size;
  }

  get(entry: string): number | undefined {
    this.reads.keys.add(this.keyOf(entry));
    return this.counts.get(entry);
  }

  has(entry: string): boolean {
    this.reads.keys.add(this.keyOf(entry));
    return this.counts.has(entry);
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    this.reads.all = true;
    this.counts.forEach((value, key) => callback(value, key, this));
  }

  entries(): MapIterator<[string, number]> {
    this.reads.all = true;
    return this.counts.entries();
  }

  keys(): MapIterator<string> {
    this.reads.all = true;
    return this.counts.keys();
  }

  values(): MapIterator<number> {
    this.reads.all = true;
    return this.counts.values();
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}

/** What a letter's text damage was computed from, besides its own text. */
interface Dependencies {
  readonly crlf: boolean;
  /** The dictionary (`null` while it loads): its arrival checks every letter again. */
  readonly dictionary: SpellingCheck | null;
  readonly known: KnownWords;
}

interface Entry extends Dependencies {
  /** The problems in the coordinates of the parsed letter (see {@link letterOrigin}). */
  readonly problems: readonly Problem[];
  /** The word table's revision up to which the entry is known to hold. */
  revision: number;
  readonly reads: Reads;
}

/** Per parsed letter: a letter the model drops frees its entry. */
const cache = new WeakMap<LetterSyntax, Entry>();

/**
 * Whether an entry still holds: the same dictionary, registers and word lists, and no count it
 * looked up changed since it was computed (or last found to hold). Then the entry moves on to
 * the table's revision, so the next look needs only the changes after it.
 */
function holds(entry: Entry, dependencies: Dependencies, table: EditionWordTable): boolean {
  if (
    entry.crlf !== dependencies.crlf ||
    entry.dictionary !== dependencies.dictionary ||
    entry.known !== dependencies.known
  )
    return false;
  if (entry.revision !== table.revision) {
    const changed = table.changedSince(entry.revision);
    if (!changed || (entry.reads.all && changed.size > 0)) return false;
    for (const key of changed) if (entry.reads.keys.has(key)) return false;
    entry.revision = table.revision;
  }
  return true;
}

/**
 * Text damage in a letter's body and notes, after its heading and editorial date, cached per
 * parsed letter: it is checked again only when its text changed or something it depends on did,
 * which {@link textDamageDependencies} names.
 */
function letterDamage(
  context: TopicContext,
  letter: LetterSyntax,
  dependencies: Dependencies,
  table: EditionWordTable,
): readonly Problem[] {
  const origin = letterOrigin(letter);
  let entry = cache.get(origin.letter);
  if (!entry || !holds(entry, dependencies, table)) {
    const reads: Reads = { keys: new Set(), all: false };
    const recorded: EditionWords = {
      words: new RecordingCounts(table.words, wordKey, reads),
      compounds: new RecordingCounts(table.compounds, compoundKey, reads),
    };
    const { model } = context;
    const found = textDamageProblems(
      model.text,
      { start: letter.body.start, end: letter.span.end },
      () => recorded,
      dependencies.known.words,
    );
    entry = {
      ...dependencies,
      problems: origin.delta === 0 ? found : found.map((one) => shiftProblem(one, -origin.delta)),
      revision: table.revision,
      reads,
    };
    cache.set(origin.letter, entry);
  }
  return origin.delta === 0 ? entry.problems : entry.problems.map((one) => shiftProblem(one, origin.delta));
}

/**
 * What the text damage of every letter depends on besides the letter's own text: the line break
 * of fixes, the dictionary (loaded or not), the edition's known words (registers and word
 * lists) and its word table. A per-letter cache outside this module keys on the first three by
 * identity and checks the table through {@link EditionWordTable.changedSince}.
 */
export function textDamageDependencies(context: TopicContext): Dependencies & { table: EditionWordTable } {
  return {
    crlf: usesCrlf(context.model.text),
    dictionary: englishDictionary(),
    known: knownWords(context.workspace),
    table: editionWordTable(context.workspace, context.model),
  };
}

/**
 * The last choice of a finding on one word: add the word to the edition's word list, an edit of
 * that file (the server writes no file itself); none when the edition has no list or the finding
 * is not on a word.
 */
function withAddToWords(problem: Problem, text: string, list: WordListFile | undefined): Problem {
  const word = text.slice(problem.span.start, problem.span.end);
  if (!list || !isWord(word)) return problem;
  const end = list.text.length;
  const separator = end === 0 || /[\r\n]$/u.test(list.text) ? '' : '\n';
  return {
    ...problem,
    fixes: [
      ...problem.fixes,
      {
        title: `Add ‘${word}’ to the edition's words`,
        uri: list.uri,
        replacements: [{ span: { start: end, end }, newText: `${separator}${word}\n` }],
        preferred: false,
      },
    ],
  };
}

/** Text damage (`text.*`) of every letter of a document, weighed against the whole edition. */
export function documentTextDamage(context: TopicContext): Problem[] {
  const { table, ...dependencies } = textDamageDependencies(context);
  const list = wordListsOf(context.workspace).listFor(context.model.uri);
  return context.model.letters
    .flatMap((letter) => letterDamage(context, letter, dependencies, table))
    .map((problem) => withAddToWords(problem, context.model.text, list));
}
