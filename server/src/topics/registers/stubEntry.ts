import { fileName } from '../../analysis/edition';
import type { Fix } from '../../analysis/problems';
import type { RegisterFile } from '../../analysis/registers/registerFile';

/**
 * The register in the document's folder or the closest folder above it, else the first one; only
 * registers with an array of entries to add to count.
 */
export function nearestRegister<F extends RegisterFile>(uri: string, files: readonly F[]): F | undefined {
  let best: F | undefined;
  let bestLength = -1;
  for (const file of files) {
    if (!file.entriesArray) continue;
    const folder = file.uri.slice(0, file.uri.lastIndexOf('/') + 1);
    const length = uri.startsWith(folder) ? folder.length : 0;
    if (length > bestLength) {
      best = file;
      bestLength = length;
    }
  }
  return best;
}

/**
 * A fix appending `{ "id": ..., "name": ... }` (and the kind's other stub members, such as a
 * person's `editionName`) to the register's array of entries; the id is made from the name and
 * unique among the ids `taken`.
 */
export function stubEntryFix(
  register: RegisterFile,
  name: string,
  taken: (id: string) => boolean,
): Fix | undefined {
  const array = register.entriesArray;
  if (!array) return undefined;
  const base = idOf(name) || register.kind.singular;
  let id = base;
  for (let counter = 2; taken(id); counter++) id = `${base}-${counter}`;
  const members = { id, name, ...register.kind.stubMembers?.(name) };
  const entry = `{ ${Object.entries(members)
    .map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`)
    .join(', ')} }`;
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

/** A lower-case id from a name (`Piłsudski` → `pilsudski`, `NKID` → `nkid`). */
function idOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[łŁ]/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+|-+$/g, '');
}
