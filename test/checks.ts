/**
 * Check helpers in the style of rust-analyzer's `check_diagnostics` and `check_fix`: the fixture
 * carries its expectations inline, so a test is one call with one string.
 *
 * Under a line of the document, a line of carets marks the expected problem's range in that line
 * and names its code, optionally with the start of its message:
 *
 * ```
 * Text with a marker.3
 *                    ^ note.missing
 * ```
 *
 * Annotation lines are removed before the document is checked; every problem of the document must
 * be annotated (codes in `ignore` aside), and every annotation must be found.
 */
import assert from 'node:assert/strict';
import { DocumentModel } from '../server/src/analysis/model';
import type { Problem } from '../server/src/analysis/problems';
import { Edition } from '../server/src/analysis/edition';
import { documentProblems } from '../server/src/topics/diagnose';
import type { EditionWords } from '../server/src/syntax/vocabulary';
import { applyReplacements, fixture } from './fixture';

const ANNOTATION = /^( *)(\^+) ([a-z]+\.[A-Za-z]+)(?:: (.*))?$/;

/** Options of {@link checkDiagnostics}. */
export interface CheckOptions {
  /** Codes not to compare (for example `note.heading` hints in a fixture about something else). */
  readonly ignore?: readonly string[];
  /** Person registers of the workspace: file name → JSON text. */
  readonly registers?: Readonly<Record<string, string>>;
  /** The host is still reading the edition's other files (`Edition.filesRead` false). */
  readonly filesBeingRead?: boolean;
  /** The edition's words (another language, another heading word); English and `Letter` by default. */
  readonly words?: EditionWords;
}

interface Annotation {
  readonly line: number;
  readonly column: number;
  readonly length: number;
  readonly code: string;
  readonly message?: string;
}

/** Asserts that the problems of the annotated document are exactly those its caret lines name. */
export function checkDiagnostics(source: string, options: CheckOptions = {}): void {
  const { text, expected } = readAnnotations(source);
  const problems = problemsOf(text, options).filter((problem) => !options.ignore?.includes(problem.code));
  const model = new DocumentModel('file:///fixture.letters', 1, text);
  const actual = problems.map((problem) => annotationOf(model, problem));
  const key = (annotation: Annotation) =>
    `${annotation.line}:${annotation.column}+${annotation.length} ${annotation.code}`;
  const rendered = render(text, actual);
  assert.deepEqual(actual.map(key).sort(), expected.map(key).sort(), `found:\n${rendered}`);
  for (const wanted of expected) {
    if (wanted.message === undefined) continue;
    const found = problems[actual.findIndex((candidate) => key(candidate) === key(wanted))];
    assert.ok(
      found?.message.startsWith(wanted.message),
      `${key(wanted)}: message ${JSON.stringify(found?.message)} does not start with ${JSON.stringify(wanted.message)}`,
    );
  }
}

/**
 * Asserts that the fix titled `title` (the preferred fix when no title is given) of the problem at
 * the `{|}` cursor turns the document into `after`.
 */
export function checkFix(before: string, after: string, title?: string, options: CheckOptions = {}): void {
  const { text, cursors } = fixture(before);
  assert.equal(cursors.length, 1, 'the fixture marks the problem with one {|} cursor');
  const at = cursors[0] as number;
  const problems = problemsOf(text, options).filter(
    (problem) => problem.span.start <= at && at <= problem.span.end,
  );
  const fixes = problems.flatMap((problem) => problem.fixes);
  const fix =
    title === undefined ? fixes.find((one) => one.preferred) : fixes.find((one) => one.title === title);
  assert.ok(
    fix,
    `no ${title === undefined ? 'preferred fix' : `fix "${title}"`} at the cursor; fixes there: ${JSON.stringify(fixes.map((one) => one.title))}`,
  );
  assert.equal(fix.uri, undefined, 'the fix edits the document itself');
  assert.equal(applyReplacements(text, fix.replacements), after);
}

function problemsOf(text: string, options: CheckOptions): Problem[] {
  const workspace = new Edition();
  workspace.filesRead = options.filesBeingRead !== true;
  for (const [name, register] of Object.entries(options.registers ?? {}))
    workspace.registers.set(`file:///${name}`, register);
  if (options.words) workspace.useWords(options.words);
  const model = workspace.set('file:///fixture.letters', 1, text);
  return documentProblems(model, workspace);
}

function readAnnotations(source: string): { text: string; expected: Annotation[] } {
  const kept: string[] = [];
  const expected: Annotation[] = [];
  for (const line of source.split('\n')) {
    const match = ANNOTATION.exec(line);
    if (!match) {
      kept.push(line);
      continue;
    }
    if (kept.length === 0) throw new Error(`annotation before any line of text: ${line}`);
    const [, indent = '', carets = '', code = '', message] = match;
    expected.push({
      line: kept.length - 1,
      column: indent.length,
      length: carets.length,
      code,
      ...(message !== undefined ? { message } : {}),
    });
  }
  return { text: kept.join('\n'), expected };
}

/** A problem as an annotation of the line it starts on; a range over several lines runs to that line's end. */
function annotationOf(model: DocumentModel, problem: Problem): Annotation {
  const start = model.lineIndex.positionAt(problem.span.start);
  const end = model.lineIndex.positionAt(problem.span.end);
  const lineLength = model.text.split('\n')[start.line]?.length ?? 0;
  const endColumn = end.line === start.line ? end.character : lineLength;
  return {
    line: start.line,
    column: start.character,
    length: Math.max(1, endColumn - start.character),
    code: problem.code,
  };
}

/** The document with the found problems written under their lines, for the failure message. */
function render(text: string, annotations: readonly Annotation[]): string {
  return text
    .split('\n')
    .flatMap((line, index) => [
      line,
      ...annotations
        .filter((annotation) => annotation.line === index)
        .map(
          (annotation) =>
            `${' '.repeat(annotation.column)}${'^'.repeat(annotation.length)} ${annotation.code}`,
        ),
    ])
    .join('\n');
}
