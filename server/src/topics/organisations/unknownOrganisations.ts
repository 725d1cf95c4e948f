import { placeProblem } from '../../analysis/letterProblems';
import type { LetterAnalysis } from '../../analysis/letterTable';
import type { DocumentModel } from '../../analysis/model';
import type { Fix, Problem } from '../../analysis/problems';
import { fileName, type Edition } from '../../analysis/edition';
import type { RegisterFile } from '../../analysis/registers/registerFile';
import type { RegisterIndex } from '../../analysis/registers/registerIndex';
import { registersOf } from '../../analysis/registers/workspaceRegisters';

/**
 * An abbreviation in capitals standing on its own (`NKID`, `OGPU`): two to six capital letters
 * between non-letters, possibly possessive (`NKID's`). Longer capital words are more often
 * shouted prose than names.
 */
const ABBREVIATION = /(?<![\p{L}\p{N}'’.-])\p{Lu}{2,6}(?=['’]s(?![\p{L}\p{N}])|[^\p{L}\p{N}'’-]|$)/u;
/** Roman numerals (`XIV Congress`, `II International`) are numbers, not names. */
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** A word in capitals next to the abbreviation: a heading or shouted text, where capitals say nothing. */
const CAPITALS_AROUND = /\p{Lu}{2,}[ \t\u00A0]*$|^[ \t\u00A0]*\p{Lu}{2,}/u;

/** The names every register knows (persons included), rebuilt only when a register changes. */
const knownNames = new WeakMap<
  Edition,
  { readonly sources: readonly unknown[]; readonly names: ReadonlySet<string> }
>();

function namesKnown(workspace: Edition): ReadonlySet<string> {
  const registers = registersOf(workspace);
  const sources = [workspace.persons.names, ...registers.kinds.map((index) => index.entries)];
  const previous = knownNames.get(workspace);
  if (previous && previous.sources.every((source, index) => source === sources[index])) return previous.names;
  const names = new Set(workspace.persons.names.keys());
  for (const index of registers.kinds)
    for (const entry of index.entries) for (const claim of entry.claims) names.add(claim.name);
  knownNames.set(workspace, { sources, names });
  return names;
}

/** What a letter's findings were computed from besides its text, and the findings, letter-relative. */
interface LetterFindings {
  readonly names: ReadonlySet<string>;
  readonly register: RegisterFile | undefined;
  readonly problems: readonly Problem[];
}

/** Beside each letter analysis, so an edit scans only the letters it read again. */
const letterFindings = new WeakMap<LetterAnalysis, LetterFindings>();

/**
 * `organisation.unknown`: an abbreviation in capitals that no register of any kind (persons
 * included) knows, with a fix adding a stub entry to the organisations register nearest the
 * document. Quiet when the workspace keeps no organisations register. A letter that starts and
 * ends on a line boundary (every letter but one glued to its neighbour) is scanned in its own
 * text and its findings are kept beside its analysis: the rule reads no further than the line.
 */
export function unknownOrganisations(model: DocumentModel, workspace: Edition): Problem[] {
  const registers = registersOf(workspace);
  const organisations = registers.kinds.find((index) => index.kind.name === 'organisations');
  const files = organisations?.files().filter((file) => file.entriesArray) ?? [];
  if (!organisations || files.length === 0) return [];
  const names = namesKnown(workspace);
  const register = nearest(model.uri, files);
  const scan = (text: string, from: number, to: number) =>
    abbreviations(text, from, to, names, register, organisations);
  const { text } = model;
  const firstStart = model.letters[0]?.span.start ?? text.length;
  const problems = scan(text, 0, firstStart);
  model.letters.forEach((letter, index) => {
    const start = letter.span.start;
    const end = model.letters[index + 1]?.span.start ?? text.length;
    const analysis = model.letterAnalyses[index];
    const onLineBoundaries =
      (start === 0 || text[start - 1] === '\n') && (end === text.length || text[end - 1] === '\n');
    if (!analysis || analysis.text.length !== end - start || !onLineBoundaries) {
      problems.push(...scan(text, start, end));
      return;
    }
    let found = letterFindings.get(analysis);
    if (!found || found.names !== names || found.register !== register) {
      found = { names, register, problems: scan(analysis.text, 0, analysis.text.length) };
      letterFindings.set(analysis, found);
    }
    for (const problem of found.problems) problems.push(placeProblem(problem, start));
  });
  return problems;
}

/** The unknown abbreviations of `text` that start in `[from, to)`. */
function abbreviations(
  text: string,
  from: number,
  to: number,
  known: ReadonlySet<string>,
  register: RegisterFile | undefined,
  organisations: RegisterIndex,
): Problem[] {
  const problems: Problem[] = [];
  const pattern = new RegExp(ABBREVIATION.source, 'gu');
  pattern.lastIndex = from;
  for (let found = pattern.exec(text); found && found.index < to; found = pattern.exec(text)) {
    const name = found[0];
    const start = found.index;
    const end = start + name.length;
    if (ROMAN.test(name) || known.has(name)) continue;
    const lineStart = text.lastIndexOf('\n', start) + 1;
    const lineEnd = text.indexOf('\n', end);
    const before = text.slice(lineStart, start);
    const after = text.slice(end, lineEnd < 0 ? undefined : lineEnd);
    if (CAPITALS_AROUND.test(before) || CAPITALS_AROUND.test(after)) continue;
    const fix = register && stubEntryFix(register, name, (id) => organisations.entry(id) !== undefined);
    problems.push({
      code: 'organisation.unknown',
      span: { start, end },
      message: `"${name}" is an abbreviation in capitals that no register knows.`,
      related: [],
      fixes: fix ? [fix] : [],
    });
  }
  return problems;
}

/** The register in the document's folder or the closest folder above it; else the first one. */
function nearest(uri: string, files: readonly RegisterFile[]): RegisterFile | undefined {
  let best: RegisterFile | undefined;
  let bestLength = -1;
  for (const file of files) {
    const folder = file.uri.slice(0, file.uri.lastIndexOf('/') + 1);
    const length = uri.startsWith(folder) ? folder.length : 0;
    if (length > bestLength) {
      best = file;
      bestLength = length;
    }
  }
  return best;
}

/** A fix appending `{ "id": "xyzk", "name": "XYZK" }` to the register's array of entries. */
function stubEntryFix(register: RegisterFile, name: string, taken: (id: string) => boolean): Fix | undefined {
  const array = register.entriesArray;
  if (!array) return undefined;
  const base = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  let id = base;
  for (let counter = 2; taken(id); counter++) id = `${base}-${counter}`;
  const entry = `{ "id": ${JSON.stringify(id)}, "name": ${JSON.stringify(name)} }`;
  const closing = array.end - 1;
  const lineStart = register.text.lastIndexOf('\n', array.start) + 1;
  const baseIndent = /^[ \t]*/.exec(register.text.slice(lineStart))?.[0] ?? '';
  const lastContent = register.text.slice(array.start + 1, closing).trimEnd();
  const at = array.start + 1 + lastContent.length;
  const replacement =
    lastContent.length === 0
      ? {
          span: { start: array.start + 1, end: closing },
          newText: `\n${baseIndent}  ${entry}\n${baseIndent}`,
        }
      : { span: { start: at, end: at }, newText: `,\n${baseIndent}  ${entry}` };
  return {
    title: `Add "${name}" to ${fileName(register.uri)}`,
    uri: register.uri,
    replacements: [replacement],
    preferred: true,
  };
}
