import { effectiveSeverity } from '../analysis/codes';
import type { DocumentModel } from '../analysis/model';
import type { Problem } from '../analysis/problems';
import type { Severity } from '../analysis/codes';
import type { LettersSettings } from '../analysis/settings';
import type { Span } from '../syntax/span';
import { surnameOf } from '../analysis/registers/kinds/personRecognizer';
import type { EntryMention } from '../analysis/registers/kind';
import type { WorkspaceRegisters } from '../analysis/registers/workspaceRegisters';
import type { LetterSyntax } from '../syntax/tree';
import { letterHeading, letterTitle, summary } from '../analysis/labels';
import { inEditionOrder } from '../analysis/editionOrder';
import { toPosition, toRange } from './ranges';
import type { LetterAt, LetterListing, LetterSummary, NewLetter } from '../../../protocol/letters';

/** A problem as the user sees it: where it is and at which severity (never `off`). */
export interface ShownProblem {
  readonly span: Span;
  readonly severity: Exclude<Severity, 'off'>;
}

/** Looks up the problems last published for a document. */
export type ShownProblemsOf = (uri: string) => readonly ShownProblem[];

/** The problems the user sees, at the severities the settings give them. */
export function shownProblems(problems: readonly Problem[], settings: LettersSettings): ShownProblem[] {
  const shown: ShownProblem[] = [];
  for (const problem of problems) {
    const severity = effectiveSeverity(problem, settings.diagnostics);
    if (severity !== 'off') shown.push({ span: problem.span, severity });
  }
  return shown;
}

/** Summarises a letter, counting the shown problems (hints aside) that start inside it. */
export function summarize(
  model: DocumentModel,
  letter: LetterSyntax,
  shown: readonly ShownProblem[],
): LetterSummary {
  const problems = shown.filter(({ span, severity }) => {
    if (severity === 'hint') return false;
    return (
      span.start >= letter.span.start && (span.start < letter.span.end || span.start === model.text.length)
    );
  }).length;
  return {
    uri: model.uri,
    number: letter.number,
    date: letter.editorialDate?.text.trim() || undefined,
    label: letterTitle(model.words, letter),
    heading: letterHeading(model.words, letter),
    range: toRange(model, letter.span),
    selectionRange: toRange(model, letter.heading),
    problems,
  };
}

/** The letters of the workspace in reading order (documents in edition order, letters in text order). */
export function workspaceLetters(
  documents: readonly DocumentModel[],
  problemsOf: ShownProblemsOf,
  registers: WorkspaceRegisters,
): LetterListing[] {
  return inEditionOrder(documents).flatMap((model) => {
    const diagnostics = problemsOf(model.uri);
    const mentions = registers
      .mentions(model, ({ mention }) => mention.kind === 'persons')
      .map(({ mention, entry }) => ({ mention, name: entry.name }));
    return model.letters.map((letter) => ({
      ...summarize(model, letter, diagnostics),
      persons: personsNamed(mentions, letter),
    }));
  });
}

/** The persons mentioned between a letter's heading and its first note, once each. */
function personsNamed(
  mentions: readonly { readonly mention: EntryMention; readonly name: string }[],
  letter: LetterSyntax,
): string[] {
  const written = new Map<string, Set<string>>();
  for (const { mention, name } of mentions) {
    if (mention.span.start < letter.heading.end || mention.span.end > letter.body.end) continue;
    const forms = written.get(name) ?? new Set<string>();
    forms.add(mention.name);
    written.set(name, forms);
  }
  return [...written].map(([name, forms]) => {
    const surname = surnameOf(name);
    const others = [...forms].filter((form) => form !== surname);
    return others.length > 0 ? `${surname} (${others.join(', ')})` : surname;
  });
}

/** The letter at `offset` with its notes; null in the text before the first letter. */
export function letterAt(
  model: DocumentModel,
  offset: number,
  shown: readonly ShownProblem[],
): LetterAt | null {
  const letter = model.letterAt(offset);
  if (!letter) return null;
  return {
    letter: summarize(model, letter, shown),
    notes: letter.notes.map((note) => ({
      number: note.number,
      summary: summary(model.textOf(note.textSpan)),
      range: toRange(model, note.span),
      selectionRange: toRange(model, note.numberSpan),
    })),
  };
}

/**
 * The letter after (or before) the one at `offset`, in the workspace's reading order, so moving
 * crosses from one file to the next. From the text before a document's first letter, `next` is
 * that first letter. Null at either end of the edition.
 */
export function adjacentLetter(
  documents: readonly DocumentModel[],
  model: DocumentModel,
  offset: number,
  direction: 'next' | 'previous',
  problemsOf: ShownProblemsOf,
): LetterSummary | null {
  const sequence = inEditionOrder(documents).flatMap((document) =>
    document.letters.map((letter) => ({ model: document.uri === model.uri ? model : document, letter })),
  );
  const current = model.letterAt(offset);
  // Index of the current letter, or of the gap before the first letter of this document.
  let index = sequence.findIndex((placed) => placed.model.uri === model.uri && placed.letter === current);
  if (index === -1) {
    index = sequence.findIndex((placed) => placed.model.uri === model.uri);
    if (index === -1) return null;
    if (direction === 'next') index -= 1;
  }
  const target = sequence[direction === 'next' ? index + 1 : index - 1];
  return target ? summarize(target.model, target.letter, problemsOf(target.model.uri)) : null;
}

/**
 * A new letter after the one at `offset`, numbered one more than it, with placeholders for the
 * editorial date, the text and its first note; the note gap is the NO-BREAK SPACEs the edition
 * uses. Before the first letter, the new letter goes in front of it with the number before its.
 */
export function newLetter(model: DocumentModel, offset: number): NewLetter {
  const current = model.letterAt(offset);
  const first = model.letters[0];
  const number = current ? current.number + 1 : Math.max(1, (first?.number ?? 2) - 1);
  const at = current ? current.span.end : (first?.span.start ?? model.text.length);
  const tail = /(?:\r?\n)*$/.exec(model.text.slice(Math.max(0, at - 4), at))?.[0] ?? '';
  const lineBreaks = tail.split('\n').length - 1;
  const before = at === 0 ? '' : '\n'.repeat(Math.max(0, 2 - lineBreaks));
  const after = at < model.text.length ? '\n\n' : '\n';
  const snippet =
    `${before}${snippetText(model.words.headingWord)} \${1:${number}}\n\n[\${2:day month year}]\n\n\${3:text}\n\n` +
    `1.\u00A0\u00A0 \${4:note}${after}`;
  return { position: toPosition(model, at), snippet };
}

/** Text as a snippet writes it: `$`, `}` and `\\` escaped. */
function snippetText(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}
