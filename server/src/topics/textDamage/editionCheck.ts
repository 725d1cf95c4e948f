import { placeProblem, usesCrlf } from '../../analysis/letterProblems';
import type { LetterAnalysis } from '../../analysis/letterTable';
import type { Problem } from '../../analysis/problems';
import type { TopicContext } from '../topic';
import { englishDictionary, type SpellingCheck } from './englishDictionary';
import { editionWordTable, PassAnswers, type EditionWordTable } from './editionWords';
import { knownWords, type KnownWords } from './knownWords';
import { shapeDamage, textDamageProblems } from './textDamageCheck';
import { isWord, wordListsOf, type WordListFile } from './wordLists';

/** The counts a check read (see {@link PassAnswers.recording}). */
type Reads = Set<string>;

/** What a letter's text damage was computed from, besides its own text. */
interface Dependencies {
  readonly crlf: boolean;
  /** The dictionary (`null` while it loads): its arrival checks every letter again. */
  readonly dictionary: SpellingCheck | null;
  readonly known: KnownWords;
}

interface Entry extends Dependencies {
  /** The problems, letter-relative (offsets from the letter's start). */
  readonly problems: readonly Problem[];
  /** Of them, the shape rules' (see {@link shapeDamage}): the same with or without the dictionary. */
  readonly shapes: readonly Problem[];
  /** The word table's revision up to which the entry is known to hold. */
  revision: number;
  readonly reads: Reads;
}

/** Beside each letter analysis: an analysis no document holds frees its entry. */
const cache = new WeakMap<LetterAnalysis, Entry>();

/**
 * Whether an entry still holds: the same dictionary, registers and word lists, and no count it
 * looked up changed since it was computed (or last found to hold). Then the entry moves on to
 * the table's revision, so the next look needs only the changes after it.
 */
function holds(entry: Entry, dependencies: Dependencies, words: () => EditionWordTable): boolean {
  if (
    entry.crlf !== dependencies.crlf ||
    entry.dictionary !== dependencies.dictionary ||
    entry.known !== dependencies.known
  )
    return false;
  // An entry that asked nothing of the table does not depend on it (and need not count it).
  if (entry.reads.size === 0) return true;
  const table = words();
  if (entry.revision !== table.revision) {
    const changed = table.changedSince(entry.revision);
    if (!changed) return false;
    for (const key of changed) if (entry.reads.has(key)) return false;
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
  words: () => EditionWordTable,
  answers: PassAnswers,
): readonly Problem[] {
  let entry = cache.get(analysis);
  if (!entry || !holds(entry, dependencies, words)) {
    const reads: Reads = new Set();
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
    );
    entry = { ...dependencies, problems, shapes, revision: reads.size > 0 ? words().revision : 0, reads };
    cache.set(analysis, entry);
  }
  return entry.problems;
}

/**
 * What the text damage of every letter depends on besides the letter's own text: the line break
 * of fixes, the dictionary (loaded or not), the edition's known words (registers and word
 * lists) and its word table. A per-letter cache outside this module keys on the first three by
 * identity and checks the table through {@link EditionWordTable.changedSince}.
 */
export function textDamageDependencies(context: TopicContext): Dependencies & {
  /** The edition's word table, brought up to date on the first call only (most letters ask nothing of it). */
  words: () => EditionWordTable;
} {
  let table: EditionWordTable | undefined;
  return {
    crlf: usesCrlf(context.model.text),
    dictionary: englishDictionary(),
    known: knownWords(context.workspace),
    words: () => (table ??= editionWordTable(context.workspace, context.model)),
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
  const { words, ...dependencies } = textDamageDependencies(context);
  const { model } = context;
  const list = wordListsOf(context.workspace).listFor(model.uri);
  // One pass, one state of the table: the letters share the verdicts on the words they have in common.
  const answers = new PassAnswers(words);
  return model.letterAnalyses.flatMap((analysis, index) => {
    const start = model.letters[index]?.span.start ?? 0;
    return letterDamage(analysis, dependencies, words, answers).map((problem) =>
      withAddToWords(placeProblem(problem, start), model.text, list),
    );
  });
}
