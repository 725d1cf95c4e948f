/**
 * The edition as a static website (no server, no external request): a page per letter (reading
 * and source text, notes, mentions linked, citation, TEI download), a page per register entry, the
 * index of names, browsing by date, the full-text search, the stylesheet and the scripts. The TEI
 * and CMIF files they link are the exporter's (`export/siteFiles.ts`).
 */
import { letterHeading, letterTitle } from '../analysis/labels';
import { escapeHtml } from './html';
import { siteScripts } from './siteAssets';
import { datesPage } from './siteDates';
import type { SiteEdition } from './siteEdition';
import { letterMain } from './siteLetter';
import { sitePage } from './sitePage';
import { CMIF_FILE, entryPageName, letterPageName } from './sitePaths';
import { registerPages } from './siteRegisters';
import { searchData, searchIndexScript, searchPage } from './siteSearch';
import { SITE_STYLESHEET } from './siteStyle';
import type { SiteLinks } from './siteText';

/** What the exporter adds to the pages: the edition's CMIF file, or the fields it lacks for one. */
export interface SiteDownloads {
  readonly cmif: boolean;
  readonly cmifMissing: readonly string[];
}

/**
 * The pages, scripts and stylesheet of the site of an edition; each letter's page links its TEI file
 * (`letter-N.tei.xml`) and, when `downloads.cmif`, the edition's CMIF file, which the exporter writes.
 */
export function sitePages(edition: SiteEdition, downloads: SiteDownloads): Map<string, string> {
  const files = new Map<string, string>();
  const links = siteLinks(edition);
  const namedIn = new Map<number, { page: string; name: string }[]>();
  for (const register of edition.registers)
    for (const entry of register.entries)
      for (const { number } of entry.letters)
        namedIn.set(number, [
          ...(namedIn.get(number) ?? []),
          { page: entryPageName(entry.kind, entry.id), name: entry.name },
        ]);
  edition.letters.forEach((entry, index) => {
    const { letter } = entry;
    const previous = edition.letters[index - 1]?.letter;
    const next = edition.letters[index + 1]?.letter;
    const navigation = `<nav aria-label="Letters" class="letters">${[
      previous
        ? `<a rel="prev" href="${letterPageName(previous.number)}">\u2190 ${escapeHtml(letterHeading(previous.words, previous))}</a>`
        : '<span></span>',
      next
        ? `<a rel="next" href="${letterPageName(next.number)}">${escapeHtml(letterHeading(next.words, next))} \u2192</a>`
        : '<span></span>',
    ].join(' ')}</nav>\n`;
    const title = letterTitle(letter.words, {
      number: letter.number,
      editorialDate: entry.dateText ? { text: entry.dateText.replace(/^\[|\]$/g, '') } : undefined,
    });
    files.set(
      letterPageName(letter.number),
      sitePage(
        `${title} \u00b7 ${edition.title}`,
        letterMain(edition, entry, links, namedIn.get(letter.number) ?? [], downloads.cmif),
        {
          siteTitle: edition.title,
          navigation,
        },
      ),
    );
  });
  registerPages(edition, files);
  files.set('dates.html', datesPage(edition));
  const data = searchData(edition);
  files.set('search-index.js', searchIndexScript(data));
  files.set('search.html', searchPage(edition, data));
  files.set('index.html', indexPage(edition, downloads.cmif, downloads.cmifMissing));
  files.set('letters.css', SITE_STYLESHEET);
  for (const [name, content] of siteScripts()) files.set(name, content);
  return files;
}

function siteLinks(edition: SiteEdition): SiteLinks {
  const letters = new Set(edition.letters.map(({ letter }) => letter.number));
  const entries = new Set(
    edition.registers.flatMap((register) => register.entries.map((entry) => `${entry.kind}:${entry.id}`)),
  );
  return {
    letterPage: (number) => (letters.has(number) ? letterPageName(number) : undefined),
    entryPage: (kind, id) => (entries.has(`${kind}:${id}`) ? entryPageName(kind, id) : undefined),
  };
}

function indexPage(edition: SiteEdition, hasCmif: boolean, cmifMissing: readonly string[]): string {
  const rows = edition.letters.map(
    ({ letter, dateText }) =>
      `<tr><td><a href="${letterPageName(letter.number)}">${escapeHtml(letterHeading(letter.words, letter))}</a></td><td>${escapeHtml(dateText?.trim() ?? '')}</td></tr>`,
  );
  const source = edition.metadata.source?.bibl;
  const downloads = hasCmif
    ? `<p>The letters' metadata in the Correspondence Metadata Interchange Format, for correspSearch: <a href="${CMIF_FILE}">${CMIF_FILE}</a>.</p>`
    : `<p class="muted">No CMIF file: edition.json lacks ${escapeHtml(cmifMissing.join(', '))}.</p>`;
  const main = `<main>
<h1>${escapeHtml(edition.title)}</h1>
${source ? `<p class="source">${escapeHtml(source)}</p>` : ''}
<form class="search" role="search" action="search.html"><label for="index-q">Search the letters</label> <input type="search" id="index-q" name="q"> <button type="submit">Search</button></form>
<p>Browse the letters <a href="dates.html">by date</a> or through the <a href="names.html">index of names</a>.</p>
${downloads}
<table>
<caption>Letters</caption>
<thead><tr><th scope="col">Letter</th><th scope="col">Date</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</main>`;
  return sitePage(edition.title, main, { siteTitle: edition.title });
}
