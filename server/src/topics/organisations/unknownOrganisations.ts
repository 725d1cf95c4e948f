import type { DocumentModel } from '../../analysis/model';
import type { Fix, Problem } from '../../analysis/problems';
import { fileName, type WorkspaceIndex } from '../../analysis/workspace';
import type { RegisterFile } from '../registers/registerFile';
import { registersOf } from '../registers/workspaceRegisters';

/**
 * An abbreviation in capitals standing on its own (`NKID`, `OGPU`): two to six capital letters
 * between non-letters, possibly possessive (`NKID's`). Longer capital words are more often
 * shouted prose than names.
 */
const ABBREVIATION = /(?<![\p{L}\p{N}'’.-])\p{Lu}{2,6}(?=['’]s(?![\p{L}\p{N}])|[^\p{L}\p{N}'’-]|$)/gu;
/** Roman numerals (`XIV Congress`, `II International`) are numbers, not names. */
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** A word in capitals next to the abbreviation: a heading or shouted text, where capitals say nothing. */
const CAPITALS_AROUND = /\p{Lu}{2,}[ \t\u00A0]*$|^[ \t\u00A0]*\p{Lu}{2,}/u;

/**
 * `organisation.unknown`: an abbreviation in capitals that no register of any kind (persons
 * included) knows, with a fix adding a stub entry to the organisations register nearest the
 * document. Quiet when the workspace keeps no organisations register.
 */
export function unknownOrganisations(model: DocumentModel, workspace: WorkspaceIndex): Problem[] {
  const registers = registersOf(workspace);
  const organisations = registers.kinds.find((index) => index.kind.name === 'organisations');
  const files = organisations?.files().filter((file) => file.entriesArray) ?? [];
  if (!organisations || files.length === 0) return [];
  const known = new Set(workspace.persons.names.keys());
  for (const index of registers.kinds)
    for (const entry of index.entries) for (const claim of entry.claims) known.add(claim.name);
  const register = nearest(model.uri, files);
  const problems: Problem[] = [];
  for (const found of model.text.matchAll(ABBREVIATION)) {
    const name = found[0];
    const start = found.index;
    const end = start + name.length;
    if (ROMAN.test(name) || known.has(name)) continue;
    const lineStart = model.text.lastIndexOf('\n', start) + 1;
    const lineEnd = model.text.indexOf('\n', end);
    const before = model.text.slice(lineStart, start);
    const after = model.text.slice(end, lineEnd < 0 ? undefined : lineEnd);
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
