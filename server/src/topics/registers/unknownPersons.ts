import type { DocumentModel } from '../../analysis/model';
import type { Fix, Problem } from '../../analysis/problems';
import { type Edition, fileName } from '../../analysis/edition';
import type { RegisterFile } from '../../analysis/registers/kinds/persons';

/**
 * `person.unknown`: a name after a title (`Com. Xyz`) that no register knows, with a fix that adds
 * a stub entry to the register nearest the document. Quiet when the workspace has no register:
 * an edition that keeps no register should not hear about persons.
 */
export function personProblems(model: DocumentModel, workspace: Edition): Problem[] {
  const files = workspace.persons.files();
  if (files.length === 0) return [];
  const register = nearestRegister(model.uri, files);
  return workspace.persons.recognise(model).unknown.map((unknown) => {
    const fix = register ? stubEntryFix(register, unknown.name, workspace) : undefined;
    return {
      code: 'person.unknown',
      span: unknown.span,
      message: `"${unknown.name}" looks like a person but is in no person register.`,
      related: [],
      fixes: fix ? [fix] : [],
    };
  });
}

/** The register in the document's folder or the closest folder above it; else the first one. */
function nearestRegister(uri: string, files: readonly RegisterFile[]): RegisterFile | undefined {
  let best: RegisterFile | undefined;
  let bestLength = -1;
  for (const file of files) {
    if (!file.personsArray) continue;
    const folder = file.uri.slice(0, file.uri.lastIndexOf('/') + 1);
    const length = uri.startsWith(folder) ? folder.length : 0;
    if (length > bestLength) {
      best = file;
      bestLength = length;
    }
  }
  return best;
}

/** A fix inserting `{ "id": ..., "name": ..., "editionName": ... }` at the end of the register's persons. */
export function stubEntryFix(register: RegisterFile, name: string, workspace: Edition): Fix | undefined {
  const array = register.personsArray;
  if (!array) return undefined;
  const id = freeId(name, workspace);
  const closing = array.end - 1;
  const lineStart = register.text.lastIndexOf('\n', array.start) + 1;
  const baseIndent = /^[ \t]*/.exec(register.text.slice(lineStart))?.[0] ?? '';
  const indent = `${baseIndent}  `;
  const entry = `{ "id": ${JSON.stringify(id)}, "name": ${JSON.stringify(name)}, "editionName": ${JSON.stringify(name)} }`;
  const before = register.text.slice(array.start + 1, closing);
  const lastContent = before.trimEnd();
  const replacement =
    lastContent.length === 0
      ? { span: { start: array.start + 1, end: closing }, newText: `\n${indent}${entry}\n${baseIndent}` }
      : {
          span: { start: array.start + 1 + lastContent.length, end: array.start + 1 + lastContent.length },
          newText: `,\n${indent}${entry}`,
        };
  return {
    title: `Add "${name}" to ${fileName(register.uri)}`,
    uri: register.uri,
    replacements: [replacement],
    preferred: true,
  };
}

/** A lower-case id from a name (`Piłsudski` → `pilsudski`), made unique across the registers. */
function freeId(name: string, workspace: Edition): string {
  const base =
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/ł/g, 'l')
      .replace(/Ł/g, 'l')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^[^a-z]+|-+$/g, '') || 'person';
  let id = base;
  for (let counter = 2; workspace.persons.person(id); counter++) id = `${base}-${counter}`;
  return id;
}
