/**
 * The title of the edition's website: `edition.json`'s title in the first workspace folder, as
 * `letters-export --format html` reads it, else the folder's name.
 */
import * as path from 'node:path';
import { fileUri, readText } from '../host/files';
import { parseEditionFile } from '../analysis/editionFile';

/** The site title for a workspace with these folders (paths); `Letters` without any. */
export async function siteTitle(folders: readonly string[]): Promise<string> {
  const folder = folders[0];
  if (folder === undefined) return 'Letters';
  const file = path.join(folder, 'edition.json');
  const text = await readText(file);
  const title = text === undefined ? undefined : parseEditionFile(fileUri(file), text).metadata.title;
  return title ?? path.basename(folder);
}
