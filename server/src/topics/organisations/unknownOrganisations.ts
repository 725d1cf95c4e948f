import { placeProblem } from '../../analysis/letterProblems';
import type { LetterAnalysis } from '../../analysis/letterTable';
import type { DocumentModel } from '../../analysis/model';
import type { Problem } from '../../analysis/problems';
import type { Edition } from '../../analysis/edition';
import { ORGANISATIONS } from '../../analysis/registers/kinds/organisations';
import { nearestRegister, stubEntryFix } from '../registers/stubEntry';
import type { RegisterFile } from '../../analysis/registers/registerFile';
import type { RegisterIndex } from '../../analysis/registers/registerIndex';

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
  const registers = workspace.registers;
  const sources = registers.kinds.flatMap((index) => [index.names, index.entries]);
  const previous = knownNames.get(workspace);
  if (previous && previous.sources.every((source, index) => source === sources[index])) return previous.names;
  const names = new Set<string>();
  for (const index of registers.kinds) {
    for (const name of index.names.keys()) names.add(name);
    for (const entry of index.entries) for (const claim of entry.claims) names.add(claim.name);
  }
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
  const registers = workspace.registers;
  const organisations = registers.index(ORGANISATIONS);
  const files = organisations?.files() ?? [];
  const register = nearestRegister(model.uri, files);
  if (!organisations || !register) return [];
  const names = namesKnown(workspace);
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
