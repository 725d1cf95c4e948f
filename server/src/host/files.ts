import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Folders never searched for edition files. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.vscode-test', 'dist', 'out']);

/** Upper bound on files listed, so a huge folder cannot stall the server. */
const MAX_FILES = 20_000;

/**
 * Lists the files under `folder` (recursively) whose names end with one of `suffixes` (a suffix
 * starting with `/` is a whole name).
 * Unreadable folders are skipped, never thrown.
 */
export async function findFiles(folder: string, suffixes: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length > 0 && found.length < MAX_FILES) {
    const current = pending.pop() as string;
    let entries;
    try {
      entries = await fs.readdir(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) pending.push(full);
      } else if (entry.isFile() && suffixes.some((suffix) => `/${entry.name}`.endsWith(suffix))) {
        found.push(full);
      }
    }
  }
  return found.sort();
}

/** Reads a text file as UTF-8; undefined when it cannot be read. */
export async function readText(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The `file:` URI of a path, as LSP clients write it. */
export function fileUri(file: string): string {
  return pathToFileURL(path.resolve(file)).toString();
}
