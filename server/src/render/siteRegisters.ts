/**
 * The register pages of the site: one page per person, place, organisation and term (what the
 * register says of it, and every letter that names it with the passage), and the index of names
 * that leads to them.
 */
import { letterHeading } from '../analysis/labels';
import type { EditionWords } from '../syntax/vocabulary';
import { escapeHtml } from './html';
import type { SiteEdition, SiteEntry } from './siteEdition';
import { sitePage } from './sitePage';
import { entryPageName, letterPageName } from './sitePaths';

/** The heading of an entry's kind on its page (`Person`). */
const KIND_LABEL: Readonly<Record<SiteEntry['kind'], string>> = {
  person: 'Person',
  place: 'Place',
  organisation: 'Organisation',
  term: 'Term',
};

/** The pages of every register entry and `names.html`, added to `files`. */
export function registerPages(edition: SiteEdition, files: Map<string, string>): void {
  const options = { siteTitle: edition.title };
  const dates = new Map(edition.letters.map(({ letter, dateText }) => [letter.number, dateText?.trim()]));
  for (const register of edition.registers)
    for (const entry of register.entries)
      files.set(
        entryPageName(entry.kind, entry.id),
        sitePage(
          `${entry.name} \u00b7 ${edition.title}`,
          entryMain(entry, dates, edition.exported.words),
          options,
        ),
      );
  const sections = edition.registers
    .filter((register) => register.entries.length > 0)
    .map((register) => {
      const items = register.entries.map(
        (entry) =>
          `<li><a href="${entryPageName(entry.kind, entry.id)}">${escapeHtml(entry.name)}</a> <span class="count">(${lettersCount(entry)})</span></li>`,
      );
      return `<section aria-labelledby="names-${register.kind}">\n<h2 id="names-${register.kind}">${register.heading}</h2>\n<ul class="names">\n${items.join('\n')}\n</ul>\n</section>`;
    });
  files.set(
    'names.html',
    sitePage(
      `Index of names \u00b7 ${edition.title}`,
      `<main>\n<h1>Index of names</h1>\n${sections.join('\n') || '<p>The edition has no registers.</p>'}\n</main>`,
      options,
    ),
  );
}

function lettersCount(entry: SiteEntry): string {
  const count = entry.letters.length;
  return count === 1 ? '1 letter' : `${count} letters`;
}

/** An entry's page; `dates` gives each letter's editorial date as written. */
function entryMain(
  entry: SiteEntry,
  dates: ReadonlyMap<number, string | undefined>,
  words: EditionWords,
): string {
  const facts: string[] = [];
  if (entry.dates)
    facts.push(`<dt>${entry.kind === 'person' ? 'Life' : 'Dates'}</dt><dd>${escapeHtml(entry.dates)}</dd>`);
  if (entry.otherNames.length > 0)
    facts.push(`<dt>Other names</dt><dd>${entry.otherNames.map(escapeHtml).join('; ')}</dd>`);
  const authority = Object.entries(entry.authority);
  if (authority.length > 0)
    facts.push(
      `<dt>Authority files</dt><dd><ul class="authority">${authority
        .map(
          ([label, url]) =>
            `<li><a href="${escapeHtml(url)}" rel="external">${escapeHtml(label)}: ${escapeHtml(url)}</a></li>`,
        )
        .join('')}</ul></dd>`,
    );
  const letters = entry.letters.map(({ number, passages }) => {
    const quoted = passages
      .map(
        (passage) =>
          `<li>${escapeHtml(passage.before)}<mark>${escapeHtml(passage.name)}</mark>${escapeHtml(passage.after)}</li>`,
      )
      .join('');
    const date = dates.get(number);
    const written = date ? ` <span class="date-as-written">${escapeHtml(date)}</span>` : '';
    return `<li><a href="${letterPageName(number)}">${escapeHtml(letterHeading(words, { number }))}</a>${written}<ul class="passages">${quoted}</ul></li>`;
  });
  return [
    '<main>',
    `<p class="kind">${KIND_LABEL[entry.kind]}</p>`,
    `<h1>${escapeHtml(entry.name)}</h1>`,
    entry.description ? `<p class="description">${escapeHtml(entry.description)}</p>` : '',
    facts.length > 0 ? `<dl class="facts">${facts.join('')}</dl>` : '',
    '<section aria-labelledby="letters-heading">',
    `<h2 id="letters-heading">Letters naming ${escapeHtml(entry.name)}</h2>`,
    letters.length > 0 ? `<ol class="naming">\n${letters.join('\n')}\n</ol>` : '<p>No letter names it.</p>',
    '</section>',
    '</main>',
  ]
    .filter((part) => part !== '')
    .join('\n');
}
