import type { Span } from '../syntax/span';
import type { EditionWords } from '../syntax/vocabulary';
import type { LetterSyntax } from '../syntax/tree';
import type { LetterAnalysis } from './letterTable';
import type { DocumentModel } from './model';
import type { Problem } from './problems';

/** A text and its spans: what a check of one letter reads (the letter's own text). */
export interface LetterText {
  readonly text: string;
  /** The edition's words the letter was read with (its language, for what a check writes out). */
  readonly words: EditionWords;
  textOf(range: Span): string;
}

/**
 * A fact of the whole document that a check of one letter may depend on (whether the document
 * uses a word twice): the answer to `question` in `document`. A check reads it through
 * {@link LetterInput.ask}, so that its cached problems are reused only while every answer it read
 * is still the same.
 */
export interface DocumentFact<Question, Answer> {
  answer(document: DocumentModel, question: Question): Answer;
  /**
   * A value (compared with `Object.is`) that stays the same in a document while no answer can
   * change: answers read at the same version are not asked again. Without it, every answer is.
   */
  version?(document: DocumentModel): unknown;
}

/** What a check of one letter is given. */
export interface LetterInput {
  /** The letter's own text: every offset of `letter`, and of the problems returned, counts from its start. */
  readonly model: LetterText;
  readonly letter: LetterSyntax;
  /** The document's line break, for fixes that insert lines. */
  readonly lineBreak: '\n' | '\r\n';
  /** The answer of a fact of the document the letter is in, recorded as a dependency of the problems. */
  ask<Question, Answer>(fact: DocumentFact<Question, Answer>, question: Question): Answer;
}

/**
 * A check of one letter on its own: its problems depend only on the letter's text, the document's
 * line break and the document facts it asks, so they are computed once per letter analysis and
 * reused wherever the letter stands (see {@link letterProblems}).
 */
export type LetterCheck = (input: LetterInput) => Problem[];

/** The questions a check asked of one document fact, their answers, and the fact's version they held at. */
interface Readings {
  readonly fact: DocumentFact<unknown, unknown>;
  readonly questions: readonly unknown[];
  readonly answers: readonly unknown[];
  /** Moved on when the answers are found to hold at a later version. */
  version: unknown;
}

/** The problems of one analysis, letter-relative, and the document facts they depend on. */
interface Checked {
  readonly problems: readonly Problem[];
  readonly readings: readonly Readings[];
}

/**
 * Beside each letter analysis (the key of the one table, `letterTable.ts`), per list of checks, the
 * problems for each line-break style: `[LF, CRLF]`. An analysis no document holds frees its entry.
 */
const checkedBeside = new WeakMap<LetterAnalysis, Map<readonly LetterCheck[], [Checked?, Checked?]>>();

/** The problems of each list of letter-relative problems placed at a letter start, for the last start asked. */
const placedBeside = new WeakMap<readonly Problem[], { start: number; problems: readonly Problem[] }>();

/**
 * The problems `checks` find in the letters of `model`, in document offsets: each letter's are
 * computed only when its analysis has not been checked yet with this line-break style, or when a
 * document fact they depend on answers differently in `model`.
 */
export function letterProblems(model: DocumentModel, checks: readonly LetterCheck[]): Problem[] {
  const lineBreak = usesCrlf(model.text) ? '\r\n' : '\n';
  return model.letterAnalyses.flatMap((analysis, index) =>
    placeProblems(
      checkedProblems(model, analysis, checks, lineBreak),
      (model.letters[index] as LetterSyntax).span.start,
    ),
  );
}

function checkedProblems(
  model: DocumentModel,
  analysis: LetterAnalysis,
  checks: readonly LetterCheck[],
  lineBreak: '\n' | '\r\n',
): readonly Problem[] {
  let byChecks = checkedBeside.get(analysis);
  if (!byChecks) checkedBeside.set(analysis, (byChecks = new Map()));
  let byStyle = byChecks.get(checks);
  if (!byStyle) byChecks.set(checks, (byStyle = [undefined, undefined]));
  const style = lineBreak === '\r\n' ? 1 : 0;
  const kept = byStyle[style];
  if (kept && kept.readings.every((readings) => stillHold(model, readings))) return kept.problems;
  const checked = check(model, analysis, checks, lineBreak);
  byStyle[style] = checked;
  return checked.problems;
}

function check(
  model: DocumentModel,
  analysis: LetterAnalysis,
  checks: readonly LetterCheck[],
  lineBreak: '\n' | '\r\n',
): Checked {
  const asked = new Map<DocumentFact<unknown, unknown>, Map<unknown, unknown>>();
  const text = analysis.text;
  const input: LetterInput = {
    model: { text, words: analysis.words, textOf: (range) => text.slice(range.start, range.end) },
    letter: analysis.tree,
    lineBreak,
    ask<Question, Answer>(fact: DocumentFact<Question, Answer>, question: Question): Answer {
      const known = fact as DocumentFact<unknown, unknown>;
      let answers = asked.get(known);
      if (!answers) asked.set(known, (answers = new Map()));
      if (answers.has(question)) return answers.get(question) as Answer;
      const answer = fact.answer(model, question);
      answers.set(question, answer);
      return answer;
    },
  };
  const problems = checks.flatMap((one) => one(input));
  const readings = [...asked].map(([fact, answers]): Readings => ({
    fact,
    questions: [...answers.keys()],
    answers: [...answers.values()],
    version: fact.version?.(model),
  }));
  return { problems, readings };
}

/** Whether the answers read of a fact are still its answers in `model`. */
function stillHold(model: DocumentModel, readings: Readings): boolean {
  const version = readings.fact.version?.(model);
  if (version !== undefined && Object.is(version, readings.version)) return true;
  const holds = readings.questions.every((question, index) =>
    Object.is(readings.fact.answer(model, question), readings.answers[index]),
  );
  if (holds) readings.version = version;
  return holds;
}

function placeProblems(problems: readonly Problem[], start: number): readonly Problem[] {
  if (start === 0 || problems.length === 0) return problems;
  const placed = placedBeside.get(problems);
  if (placed?.start === start) return placed.problems;
  const moved = problems.map((problem) => placeProblem(problem, start));
  placedBeside.set(problems, { start, problems: moved });
  return moved;
}

/**
 * A letter-relative problem in document offsets, the letter starting at `start`. Places in other
 * documents stay as they are: related places with a `uri`, and fixes with a `uri` (a stub entry in
 * a register).
 */
export function placeProblem(problem: Problem, start: number): Problem {
  const at = (range: Span): Span => ({ start: range.start + start, end: range.end + start });
  return {
    ...problem,
    span: at(problem.span),
    related: problem.related.map((place) =>
      place.uri === undefined ? { ...place, span: at(place.span) } : place,
    ),
    fixes: problem.fixes.map((fix) =>
      fix.uri === undefined
        ? {
            ...fix,
            replacements: fix.replacements.map((replacement) => ({
              ...replacement,
              span: at(replacement.span),
            })),
          }
        : fix,
    ),
  };
}

/** Whether fixes should use CRLF: the rule the note fixes follow (the first 10,000 characters). */
export function usesCrlf(text: string): boolean {
  return /\r\n/.test(text.slice(0, 10_000));
}
