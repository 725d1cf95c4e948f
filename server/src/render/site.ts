/**
 * The edition as a static website (no server, no external request): a page per letter (reading
 * and source text, notes, mentions linked, citation, TEI download), a page per register entry, the
 * index of names, browsing by date, the full-text search, the edition's CMIF file, the stylesheet
 * and the scripts.
 */
import { letterHeading, letterTitle } from '../analysis/labels';
import type { Edition } from '../analysis/edition';
import { exportCmif } from '../export/cmif';
import { cmifMetadata } from '../export/cmifMetadata';
import type { ReadEdition } from '../reading/edition';
import type { ReadLetter } from '../reading/letters';
import { exportTei } from '../export/tei';
import type { EditionMetadata } from '../analysis/editionFile';
import { escapeHtml } from './html';
import { siteScripts } from './siteAssets';
import { datesPage } from './siteDates';
import { siteEdition, type SiteEdition } from './siteEdition';
import { letterMain } from './siteLetter';
import { sitePage } from './sitePage';
import { CMIF_FILE, entryPageName, letterPageName, letterTeiName } from './sitePaths';
import { registerPages } from './siteRegisters';
import { searchData, searchIndexScript, searchPage } from './siteSearch';
import { SITE_STYLESHEET } from './siteStyle';
import type { SiteLinks } from './siteText';

/** The site's files, name → content, for a workspace with this metadata; `title` when it has none. */
export function siteFiles(workspace: Edition, metadata: EditionMetadata, title: string): Map<string, string> {
  return sitePages(siteEdition(workspace, metadata, metadata.title ?? title));
}

/** Every file of the site of an edition. */
export function sitePages(edition: SiteEdition): Map<string, string> {
  const files = new Map<string, string>();
  const cmif = cmifMetadata(edition.metadata, new Date().toISOString().slice(0, 10));
  if (cmif.metadata) files.set(CMIF_FILE, exportCmif(edition.exported, cmif.metadata));
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
    const { letter, text } = entry;
    const previous = edition.letters[index - 1]?.letter;
    const next = edition.letters[index + 1]?.letter;
    const navigation = `<nav aria-label="Letters" class="letters">${[
      previous
        ? `<a rel="prev" href="${letterPageName(previous.number)}">\u2190 ${escapeHtml(letterHeading(previous))}</a>`
        : '<span></span>',
      next
        ? `<a rel="next" href="${letterPageName(next.number)}">${escapeHtml(letterHeading(next))} \u2192</a>`
        : '<span></span>',
    ].join(' ')}</nav>\n`;
    const title = letterTitle({
      number: letter.number,
      editorialDate: entry.dateText ? { text: entry.dateText.replace(/^\[|\]$/g, '') } : undefined,
    });
    files.set(
      letterPageName(letter.number),
      sitePage(
        `${title} \u00b7 ${edition.title}`,
        letterMain(edition, entry, links, namedIn.get(letter.number) ?? [], cmif.metadata !== undefined),
        {
          siteTitle: edition.title,
          navigation,
        },
      ),
    );
    files.set(
      letterTeiName(letter.number),
      exportTei(letterOnly(edition.exported, text, letter), {
        title: `${letterHeading(letter)}, ${edition.title}`,
        source: edition.metadata.source?.bibl,
      }),
    );
  });
  registerPages(edition, files);
  files.set('dates.html', datesPage(edition));
  const data = searchData(edition);
  files.set('search-index.js', searchIndexScript(data));
  files.set('search.html', searchPage(edition, data));
  files.set('index.html', indexPage(edition, cmif.metadata !== undefined, cmif.missing ?? []));
  files.set('letters.css', SITE_STYLESHEET);
  for (const [name, content] of siteScripts()) files.set(name, content);
  return files;
}

/** The writers' view of one letter: its document reduced to it, the registers to what it names. */
function letterOnly(exported: ReadEdition, text: string, letter: ReadLetter): ReadEdition {
  const named = new Set(
    letter.annotations.flatMap((annotation) =>
      annotation.kind === 'mention' ? [`${annotation.register}:${annotation.entryId}`] : [],
    ),
  );
  return {
    documents: [{ text, letters: [letter] }],
    registers: exported.registers.map((register) => ({
      ...register,
      entries: register.entries.filter((entry) => named.has(`${register.name}:${entry.id}`)),
    })),
  };
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
      `<tr><td><a href="${letterPageName(letter.number)}">${escapeHtml(letterHeading(letter))}</a></td><td>${escapeHtml(dateText?.trim() ?? '')}</td></tr>`,
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
