import { placeProblem, usesCrlf } from '../../analysis/letterProblems';
import type { LetterAnalysis } from '../../analysis/letterTable';
import type { Problem } from '../../analysis/problems';
import type { TopicContext } from '../topic';
import { englishDictionary, englishDictionaryLoading, type SpellingCheck } from './englishDictionary';
import { wordCountTable, type WordCountTable } from './wordCounts';
import { PassAnswers, TableReading } from './countQuestions';
import { knownWords, knownWordsChangeConcerns, type KnownWords } from './knownWords';
import { shapeDamage, textDamageProblems } from './textDamageCheck';
import { isWord, type WordListFile } from '../../analysis/wordLists';

/** What a letter's text damage was computed from, besides its own text. */
interface Dependencies {
  readonly crlf: boolean;
  /** The dictionary (`null` while it loads): its arrival checks every letter again. */
  readonly dictionary: SpellingCheck | null;
  readonly known: KnownWords;
}

interface Entry extends Omit<Dependencies, 'known'> {
  /** The known words the entry holds for: those it was checked against, or later ones that changed no word of the letter. */
  known: KnownWords;
  /** The problems, letter-relative (offsets from the letter's start). */
  readonly problems: readonly Problem[];
  /** Of them, the shape rules' (see {@link shapeDamage}): the same with or without the dictionary. */
  readonly shapes: readonly Problem[];
  /** The word table's revision up to which the entry is known to hold. */
  revision: number;
  /** What the check read of the word table (see {@link PassAnswers.recording}). */
  readonly reads: TableReading;
}

/** Beside each letter analysis: an analysis no document holds frees its entry. */
const cache = new WeakMap<LetterAnalysis, Entry>();

/**
 * Whether an entry of the letter `text` still holds: the same dictionary; the same known words
 * (registers and word lists), or others that changed no word of the letter; and every question it
 * asked of the word table answered as then, which is looked at only when a count it read changed
 * since it was computed (or last found to hold). Then the entry moves on to the known words and
 * the table's revision of now, so the next look needs only the changes after them.
 */
function holds(entry: Entry, dependencies: Dependencies, words: () => WordCountTable, text: string): boolean {
  if (entry.crlf !== dependencies.crlf || entry.dictionary !== dependencies.dictionary) return false;
  if (entry.known !== dependencies.known) {
    if (knownWordsChangeConcerns(entry.known, dependencies.known, text)) return false;
    entry.known = dependencies.known;
  }
  // An entry that asked nothing of the table does not depend on it (and need not count it).
  if (entry.reads.empty) return true;
  const table = words();
  if (entry.revision !== table.revision) {
    if (!entry.reads.stillAnswered(table, table.changedSince(entry.revision))) return false;
    entry.revision = table.revision;
  }
  return true;
}

/**
 * Text damage in a letter's body and notes, after its heading and editorial date, letter-relative
 * and cached beside the letter's analysis: it is checked again only when its text changed or
 * something it depends on did, which {@link textDamageDependencies} names.
 */
function letterDamage(
  analysis: LetterAnalysis,
  dependencies: Dependencies,
  words: () => WordCountTable,
  answers: PassAnswers,
): readonly Problem[] {
  let entry = cache.get(analysis);
  if (!entry || !holds(entry, dependencies, words, analysis.text)) {
    const reads = new TableReading();
    const { text, tree } = analysis;
    const range = { start: tree.body.start, end: tree.span.end };
    // The dictionary's arrival (over LSP, after the first diagnostics) leaves the shapes as they were.
    const shapes =
      entry && entry.known === dependencies.known && entry.crlf === dependencies.crlf
        ? entry.shapes
        : shapeDamage(text, range, dependencies.known.words);
    const problems = textDamageProblems(
      text,
      range,
      () => answers.recording(reads),
      dependencies.known.words,
      shapes,
      analysis.words.language,
    );
    entry = {
      ...dependencies,
      problems,
      shapes,
      revision: reads.empty ? 0 : words().revision,
      reads,
    };
    cache.set(analysis, entry);
  }
  return entry.problems;
}

/**
 * What the text damage of every letter depends on besides the letter's own text: the line break
 * of fixes, the dictionary (loaded or not), the edition's known words (registers and word
 * lists) and its word table. A per-letter cache outside this module keys on the first three by
 * identity and checks the table through {@link WordCountTable.changedSince}.
 */
export function textDamageDependencies(context: TopicContext): Dependencies & {
  /** The edition's word table, brought up to date on the first call only (most letters ask nothing of it). */
  words: () => WordCountTable;
} {
  let table: WordCountTable | undefined;
  return {
    crlf: usesCrlf(context.model.text),
    dictionary: englishDictionary(),
    known: knownWords(context.workspace),
    words: () => (table ??= wordCountTable(context.workspace, context.model)),
  };
}

/**
 * Whether a document's text damage, as last checked, may read otherwise against the edition's
 * word table as it is now: a letter not checked yet, or one whose questions to the table get
 * other answers. An edit elsewhere changes counts every letter may have read, rarely an answer,
 * so the other files need not be checked and published again. False while the dictionary loads
 * (its arrival checks every letter).
 */
export function textDamageStale(context: TopicContext): boolean {
  if (englishDictionaryLoading()) return false;
  const { words, ...dependencies } = textDamageDependencies(context);
  return context.model.letterAnalyses.some((analysis) => {
    const entry = cache.get(analysis);
    return !entry || !holds(entry, dependencies, words, analysis.text);
  });
}

/**
 * The answers of the edition's word table in its present state (its revision, the dictionary, the
 * known words), shared by the passes of every document: the verdicts on a token hold for any
 * letter of the edition while the state holds, and an edition repeats its words from file to
 * file. Each document's pass keeping its own, as before, made every file's verdicts again and left
 * them as garbage (most of the heap's growth while an edition of many files was checked). A newer
 * state replaces them; what they keep is a verdict and what it read for each word of the edition.
 */
const passes = new WeakMap<
  WordCountTable,
  { revision: number; dependencies: Dependencies; answers: PassAnswers }
>();

function editionAnswers(table: WordCountTable, dependencies: Dependencies): PassAnswers {
  const kept = passes.get(table);
  if (
    kept?.revision === table.revision &&
    kept.dependencies.dictionary === dependencies.dictionary &&
    kept.dependencies.known === dependencies.known
  )
    return kept.answers;
  const answers = new PassAnswers(() => table);
  passes.set(table, { revision: table.revision, dependencies, answers });
  return answers;
}

/** Per document version, how far {@link prepareTextDamage} got, and in which state of the table. */
const prepared = new WeakMap<
  TopicContext['model'],
  { index: number; revision: number; dependencies: Dependencies }
>();

/**
 * Checks the letters of a document whose text damage is not cached yet, one after another, until
 * `deadline` (a `performance.now()` time), one at least; true when every letter is checked.
 * Nothing while the dictionary loads, since the check waits for it.
 */
export function prepareTextDamage(context: TopicContext, deadline: number): boolean {
  if (englishDictionaryLoading()) return true;
  const { words, ...dependencies } = textDamageDependencies(context);
  const analyses = context.model.letterAnalyses;
  const table = words();
  const revision = table.revision;
  const before = prepared.get(context.model);
  const same =
    before?.revision === revision &&
    before.dependencies.dictionary === dependencies.dictionary &&
    before.dependencies.known === dependencies.known &&
    before.dependencies.crlf === dependencies.crlf;
  const answers = editionAnswers(table, dependencies);
  // Letters checked against other dependencies are looked at again (a cached one costs little).
  let index = same ? before.index : 0;
  // One letter at least per call, so that a caller looping until done always gets there.
  while (index < analyses.length) {
    letterDamage(analyses[index++] as LetterAnalysis, dependencies, words, answers);
    if (performance.now() >= deadline) break;
  }
  prepared.set(context.model, { index, revision, dependencies });
  return index >= analyses.length;
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

/**
 * Text damage (`text.*`) of every letter of a document, weighed against the whole edition. None
 * while the dictionary is loading: the first diagnostics of a session do not wait for the most
 * costly check, and its findings come at once, complete, when the dictionary is ready (the
 * server then publishes every document again), instead of in two waves each checking every letter.
 */
export function documentTextDamage(context: TopicContext): Problem[] {
  return lettersTextDamage(context, context.model.letterAnalyses.keys());
}

/** {@link documentTextDamage} of one letter (its index in `model.letters`), for a reader of one letter. */
export function letterTextDamage(context: TopicContext, index: number): Problem[] {
  return lettersTextDamage(context, [index]);
}

function lettersTextDamage(context: TopicContext, indices: Iterable<number>): Problem[] {
  if (englishDictionaryLoading()) return [];
  const { words, ...dependencies } = textDamageDependencies(context);
  const { model } = context;
  const list = context.workspace.wordLists.listFor(model.uri);
  // One state of the table: the letters share the verdicts on the words they have in common.
  const answers = editionAnswers(words(), dependencies);
  return [...indices].flatMap((index) => {
    const analysis = model.letterAnalyses[index];
    if (!analysis) return [];
    const start = model.letters[index]?.span.start ?? 0;
    return letterDamage(analysis, dependencies, words, answers).map((problem) =>
      withAddToWords(placeProblem(problem, start), model.text, list),
    );
  });
}
