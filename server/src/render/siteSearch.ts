/**
 * The site's full-text search, prebuilt at export: a MiniSearch index with one document per letter
 * (its body lines and notes, in the reading text), written as `search-index.js` with the letters'
 * numbers, dates, the persons each names and the text of each block, from which the page takes the
 * snippet and tells a note's hit from the body's; `search.html` loads it without a server (it works
 * from `file:` too). A document per letter rather than per block keeps the index a third smaller. MiniSearch was chosen for this (docs/performance.md): MIT, no dependencies,
 * one small script for the browser, an index that serialises to plain JSON.
 */
import MiniSearch from 'minisearch';
import { letterHeading } from '../analysis/labels';
import { escapeHtml } from './html';
import { letterYear } from './siteDates';
import type { SiteEdition } from './siteEdition';
import { bodyLines, noteText } from './siteLetter';
import { sitePage } from './sitePage';
import { spanReading } from './siteText';

/** The options the index is built with; `site-search.js` loads it with the same. */
export const SEARCH_OPTIONS = { fields: ['text'], storeFields: [] as string[] };

/** What `search-index.js` assigns to `window.LETTERS_SEARCH`. */
export interface SearchData {
  /**
   * Per letter (the id in the index): number, heading, date as written, year (or null), indices
   * into `persons`, index of its first block in `blocks` (its blocks run to the next letter's first).
   */
  readonly letters: readonly (readonly [number, string, string, number | null, readonly number[], number])[];
  /** Persons that letters name: id and preferred name, by name. */
  readonly persons: readonly (readonly [string, string])[];
  /** Per block (a body line or a note), in letter order: letter index, note number or 0, text. */
  readonly blocks: readonly (readonly [number, number, string])[];
  /** The serialised MiniSearch index. */
  readonly index: unknown;
}

/** The search's data for an edition: the index over its blocks and what the results show. */
export function searchData(edition: SiteEdition): SearchData {
  const personEntries = edition.registers.find((register) => register.kind === 'person')?.entries ?? [];
  const named = personEntries.filter((entry) => entry.letters.length > 0);
  const personsOf = new Map<number, number[]>();
  named.forEach((entry, index) => {
    for (const { number } of entry.letters) personsOf.set(number, [...(personsOf.get(number) ?? []), index]);
  });
  const blocks: [number, number, string][] = [];
  const letters = edition.letters.map((entry, letterIndex) => {
    const { letter, text } = entry;
    const firstBlock = blocks.length;
    for (const line of bodyLines(text, letter))
      blocks.push([letterIndex, 0, spanReading(letter, text, line)]);
    for (const note of letter.notes)
      blocks.push([letterIndex, note.number, spanReading(letter, text, noteText(text, note))]);
    return [
      letter.number,
      letterHeading(letter.words, letter),
      entry.dateText?.trim() ?? '',
      letterYear(entry) ?? null,
      [...new Set(personsOf.get(letter.number) ?? [])],
      firstBlock,
    ] as const;
  });
  const index = new MiniSearch<{ id: number; text: string }>(SEARCH_OPTIONS);
  const texts: string[][] = letters.map(() => []);
  for (const [letterIndex, , text] of blocks) texts[letterIndex]?.push(text);
  index.addAll(texts.map((parts, id) => ({ id, text: parts.join('\n') })));
  return {
    letters,
    persons: named.map((entry) => [entry.id, entry.name] as const),
    blocks,
    index: index.toJSON(),
  };
}

/** `search-index.js`: the data as a script, so the page loads it from `file:` as well as over HTTP. */
export function searchIndexScript(data: SearchData): string {
  // `<` is escaped so that no text of a letter can close the script element it may be inlined in.
  return `window.LETTERS_SEARCH = ${JSON.stringify(data).replace(/</g, '\\u003c')};\n`;
}

/** `search.html`: the form (words, year, person) and the results the script writes. */
export function searchPage(edition: SiteEdition, data: SearchData): string {
  const years = [...new Set(data.letters.map((letter) => letter[3]).filter((year) => year !== null))].sort();
  const option = (value: string, label: string) =>
    `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
  const main = `<main>
<h1>Search the letters</h1>
<form class="search" role="search" action="search.html">
<p><label for="q">Words</label> <input type="search" id="q" name="q"></p>
<p><label for="year">Year</label> <select id="year" name="year">${option('', 'Any year')}${years.map((year) => option(String(year), String(year))).join('')}</select>
<label for="person">Person</label> <select id="person" name="person">${option('', 'Anyone')}${data.persons.map(([id, name]) => option(id, name)).join('')}</select></p>
<p><button type="submit">Search</button></p>
</form>
<p id="search-status" role="status" aria-live="polite">Type words to search the letters and their notes.</p>
<ol id="results" class="results"></ol>
<noscript><p>The search needs JavaScript; the letters are also listed <a href="dates.html">by date</a> and in the <a href="names.html">index of names</a>.</p></noscript>
</main>`;
  return sitePage(`Search \u00b7 ${edition.title}`, main, {
    siteTitle: edition.title,
    scripts: ['minisearch.js', 'search-index.js', 'search.js'],
  });
}
