/**
 * The one loader of an edition from the file system, for every host: the LSP session reads its
 * workspace folders through it, the command-line tools the files and folders they are given. What
 * a file is (letters, a register of some kind, a word list, `edition.json`) is the edition's
 * business (`Edition.kindOf`); this module only finds and reads.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LETTERS_SUFFIX, type Edition } from '../analysis/edition';
import { resolveEditionWords } from '../syntax/vocabulary';

/** Words the command line or the settings give over the metadata's (`--language`, `--heading-word`). */
export interface WordSettings {
  readonly language?: string;
  readonly headingWord?: string;
}
import { fileUri, findFiles, readText } from './files';

/** A file read into the edition: its path as given and its URI. */
export interface LoadedFile {
  readonly file: string;
  readonly uri: string;
}

/** A target that cannot be read: the command-line tools report it with exit code 2. */
export class UnreadableTarget extends Error {}

/** The side files of every kind (registers, word lists, `edition.json`) under `folders`, as URIs. */
export async function findSideFiles(edition: Edition, folders: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const folder of folders)
    for (const file of await findFiles(folder, edition.sideFileSuffixes)) found.push(fileUri(file));
  return found;
}

/** The `.letters` files under `folders`, as paths. */
export async function findLetters(folders: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const folder of folders) found.push(...(await findFiles(folder, [LETTERS_SUFFIX])));
  return found;
}

/** The text of a `file:` URI on disk; undefined for other URIs and files that cannot be read. */
export async function readUri(uri: string): Promise<string | undefined> {
  return uri.startsWith('file:') ? readText(fileURLToPath(uri)) : undefined;
}

/**
 * Reads what a set of files and folders brings into the edition: the `.letters` files given or
 * found in the folders given, and the side files in those folders or beside the files given. The
 * first target's folder is the edition's root (its `edition.json` is the metadata). The letters
 * are read in the words `words` name, else the metadata's (`language`, `headingWord`), else
 * English. Throws {@link UnreadableTarget} for a target that does not exist or a file that cannot
 * be read.
 */
export async function loadTargets(
  edition: Edition,
  targets: readonly string[],
  options: { readonly words?: WordSettings; readonly metadataFile?: string } = {},
): Promise<{ letters: LoadedFile[]; sideFiles: LoadedFile[] }> {
  const letters: string[] = [];
  const sideFiles: string[] = [];
  const isSideFile = (file: string) => edition.kindOf(file) !== undefined;
  for (const target of targets) {
    const stat = await fs.stat(target).catch(() => undefined);
    if (!stat) throw new UnreadableTarget(`cannot read ${target}: no such file or folder`);
    const folder = stat.isDirectory() ? target : path.dirname(target);
    edition.root ??= fileUri(folder).replace(/\/?$/, '/');
    if (stat.isDirectory()) {
      letters.push(...(await findLetters([target])));
      sideFiles.push(...(await findFiles(target, edition.sideFileSuffixes)));
    } else if (isSideFile(target)) {
      sideFiles.push(target);
    } else {
      letters.push(target);
      const siblings = await fs.readdir(folder).catch(() => [] as string[]);
      sideFiles.push(...siblings.map((name) => path.join(folder, name)).filter(isSideFile));
    }
  }
  const loadedSideFiles = await readAll(unique(sideFiles), (uri, text) => edition.setFile(uri, text));
  if (options.metadataFile !== undefined) await loadMetadataFile(edition, options.metadataFile);
  edition.useWords(resolveEditionWords(options.words ?? {}, edition.metadata()?.metadata));
  const loadedLetters = await readAll(unique(letters), (uri, text) => edition.set(uri, 0, text));
  return { letters: loadedLetters, sideFiles: loadedSideFiles };
}

/**
 * Reads a metadata file given by name (`letters-export --edition FILE`) as the edition's only
 * metadata, whatever the file is called.
 */
async function loadMetadataFile(edition: Edition, file: string): Promise<LoadedFile> {
  const text = await readText(file);
  if (text === undefined) throw new UnreadableTarget(`cannot read ${file}`);
  for (const uri of edition.metadataFiles.uris()) edition.delete(uri);
  const uri = fileUri(file);
  edition.setFile(uri, text, 'edition metadata');
  return { file, uri };
}

async function readAll(
  files: readonly string[],
  store: (uri: string, text: string) => unknown,
): Promise<LoadedFile[]> {
  const loaded: LoadedFile[] = [];
  for (const file of files) {
    const text = await readText(file);
    if (text === undefined) throw new UnreadableTarget(`cannot read ${file}`);
    const uri = fileUri(file);
    store(uri, text);
    loaded.push({ file, uri });
  }
  return loaded;
}

/** The paths without repeats (one file named twice, `a.letters` and `./a.letters`), in order. */
function unique(paths: readonly string[]): string[] {
  return [...new Map(paths.map((file) => [path.resolve(file), file])).values()];
}
