/**
 * The site's scripts, shipped with every export (no CDN): `site.js` and `search.js` from `media/`,
 * and MiniSearch's browser build as `minisearch.js`. They are read from beside the bundle (the
 * build copies MiniSearch into `dist/minisearch/`; the extension ships `media/`) or, when run from
 * the sources, from the repository and its `node_modules`.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** The site's script files and where each is found, relative to a folder on the way up. */
const ASSETS: Readonly<Record<string, readonly string[]>> = {
  'site.js': ['media/site.js'],
  'search.js': ['media/site-search.js'],
  'minisearch.js': [
    'dist/minisearch/index.js',
    'minisearch/index.js',
    'node_modules/minisearch/dist/umd/index.js',
  ],
};

const cache = new Map<string, string>();

/** The site's scripts, name → content; throws naming the file when one is missing from the installation. */
export function siteScripts(): Map<string, string> {
  return new Map(Object.keys(ASSETS).map((name) => [name, asset(name)]));
}

function asset(name: string): string {
  const known = cache.get(name);
  if (known !== undefined) return known;
  for (let directory = __dirname; ; directory = path.dirname(directory)) {
    for (const relative of ASSETS[name] ?? []) {
      try {
        // A source map comment would point the reader's browser at a file the site does not have.
        const content = readFileSync(path.join(directory, relative), 'utf8').replace(
          /\n\/\/# sourceMappingURL=\S+\s*$/,
          '\n',
        );
        cache.set(name, content);
        return content;
      } catch {
        // Not in this folder: look further up.
      }
    }
    if (path.dirname(directory) === directory) break;
  }
  throw new Error(`The website's script ${name} is missing from this installation.`);
}
