/**
 * The words the session reads its edition with (`letters.headingWord`, `letters.language`, the
 * `headingWord` and `language` of the workspace's `edition.json`), and re-reading every document when they change.
 */
import * as path from 'node:path';
import { readText } from '../host/files';
import { resolveEditionWords, useEditionWords } from '../syntax/vocabulary';
import { parseEditionFile, type EditionMetadata } from '../analysis/editionFile';
import type { Session } from './session';

/** The metadata of the `edition.json` in the first workspace folder that has one. */
async function editionMetadata(folders: readonly string[]): Promise<EditionMetadata | undefined> {
  for (const folder of folders) {
    const file = path.join(folder, 'edition.json');
    const text = await readText(file);
    if (text !== undefined) return parseEditionFile(file, text).metadata;
  }
  return undefined;
}

/**
 * Applies the session's settings and `edition.json` to the parser. When the words change, every
 * model was parsed with the old ones: they are dropped and every document is parsed again.
 * Returns whether they changed (the caller then republishes).
 */
export async function applyEditionWords(session: Session): Promise<boolean> {
  const words = resolveEditionWords(session.settings, await editionMetadata(session.workspaceFolders));
  if (!useEditionWords(words)) return false;
  for (const model of session.workspace.all()) {
    session.models.delete(model.uri);
    session.workspace.delete(model.uri);
    session.workspace.set(model.uri, model.version, model.text);
  }
  for (const document of session.documents.all()) session.modelOf(document.uri);
  return true;
}
