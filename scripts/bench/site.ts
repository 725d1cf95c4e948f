/**
 * The website's figures on a benchmark edition: the time to build the whole site in process (the
 * edition parsed, the sample's registers beside it, the dictionary loaded so that the corrections
 * are made), its files and bytes, the search index's size (raw and gzipped, as a server sends it)
 * and, with MiniSearch as the search page runs it, the index's load time and each query's time.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { Edition } from '../../server/src/analysis/edition';
import { siteFiles } from '../../server/src/export/siteFiles';
import { SEARCH_OPTIONS, type SearchData } from '../../server/src/render/siteSearch';
import { lettersEdition } from './edition';
import { loadEnglishDictionary } from '../../server/src/topics/textDamage/englishDictionary';

const SAMPLES = path.resolve(__dirname, '..', '..', 'samples');

/** The queries timed: a common word, a rare one (a note's), two words, a prefix. */
export const SITE_QUERIES = ['workers', 'Chalidze', 'trade unions', 'Zinov'];

/** What {@link siteFigures} measures. */
export interface SiteFigures {
  readonly buildMs: number;
  readonly files: number;
  readonly bytes: number;
  readonly letters: number;
  readonly indexBytes: number;
  readonly indexGzipBytes: number;
  readonly loadMs: number;
  /** Per query: its median time over runs (ms) and the letters found. */
  readonly queries: readonly { readonly query: string; readonly ms: number; readonly letters: number }[];
}

/** Builds the site of `text` (a `.letters` edition) with the sample's registers and measures it. */
export async function siteFigures(text: string, runs = 5): Promise<SiteFigures> {
  await loadEnglishDictionary();
  const started = performance.now();
  const workspace = new Edition();
  workspace.registers.set('file:///bench.persons.json', sampleFile('persons'));
  for (const kind of ['places', 'organisations', 'terms'])
    workspace.registers.set(`file:///bench.${kind}.json`, sampleFile(kind));
  workspace.set('file:///bench.letters', 0, text);
  const files = siteFiles(workspace, { editors: [] }, 'Benchmark');
  const buildMs = performance.now() - started;
  const script = files.get('search-index.js') ?? '';
  const loadStarted = performance.now();
  const data = JSON.parse(script.slice(script.indexOf('{'), script.lastIndexOf('}') + 1)) as SearchData;
  const index = MiniSearch.loadJS(data.index as Parameters<typeof MiniSearch.loadJS>[0], SEARCH_OPTIONS);
  const loadMs = performance.now() - loadStarted;
  const queries = SITE_QUERIES.map((query) => {
    const times: number[] = [];
    let letters = 0;
    for (let run = 0; run < runs; run++) {
      const queryStarted = performance.now();
      // As the page does (a document per letter), before it writes the results.
      const found = new Set<number>();
      for (const result of index.search(query, { prefix: true, fuzzy: 0.15, combineWith: 'AND' }))
        found.add(result.id as number);
      times.push(performance.now() - queryStarted);
      letters = found.size;
    }
    times.sort((a, b) => a - b);
    return { query, ms: times[Math.floor(times.length / 2)]!, letters };
  });
  return {
    buildMs,
    files: files.size,
    bytes: [...files.values()].reduce((sum, content) => sum + Buffer.byteLength(content), 0),
    letters: data.letters.length,
    indexBytes: Buffer.byteLength(script),
    indexGzipBytes: gzipSync(script).length,
    loadMs,
    queries,
  };
}

/** The table rows of the figures: measure, value. */
export function siteRows(figures: SiteFigures): [string, string][] {
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  return [
    [
      `HTML site (parse, registers, corrections, write; ${figures.letters} letters, ${figures.files} files, ${mb(figures.bytes)} MB)`,
      figures.buildMs.toFixed(0),
    ],
    ['search index (MB, gzipped)', `${mb(figures.indexBytes)} (${mb(figures.indexGzipBytes)})`],
    ['search index load (ms, Node)', figures.loadMs.toFixed(0)],
    ...figures.queries.map(({ query, ms, letters }): [string, string] => [
      `search "${query}" (ms, ${letters} letters)`,
      ms.toFixed(1),
    ]),
  ];
}

function sampleFile(kind: string): string {
  return readFileSync(path.join(SAMPLES, `stalin-molotov-1926.${kind}.json`), 'utf8');
}

/** Runs on its own: `tsx scripts/bench/site.ts [MB]` prints the figures of one size. */
if (require.main === module) {
  const size = Number(process.argv[2] ?? '5');
  void siteFigures(lettersEdition(size * 1024 * 1024)).then((figures) =>
    console.log(JSON.stringify({ size, ...figures }, null, 2)),
  );
}
