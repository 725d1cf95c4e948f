/**
 * Browsing by date: the letters by year and month of their editorial dates, each date shown as
 * the editors wrote it (`[24? May 1926]`, `[not before 6 August 1930]`), undated letters last.
 */
import { letterHeading } from '../analysis/labels';
import { monthName } from '../syntax/calendar';
import { escapeHtml } from './html';
import type { SiteEdition, SiteLetter } from './siteEdition';
import { sitePage } from './sitePage';
import { letterPageName } from './sitePaths';

/** The year of a letter's editorial date, if it has one with a year. */
export function letterYear(entry: SiteLetter): number | undefined {
  return entry.date?.date.year;
}

/** `dates.html`: years, months, letters. */
export function datesPage(edition: SiteEdition): string {
  const years = new Map<number | undefined, Map<number | undefined, SiteLetter[]>>();
  for (const entry of edition.letters) {
    const year = letterYear(entry);
    const month = year === undefined ? undefined : entry.date?.date.month;
    const months = years.get(year) ?? new Map<number | undefined, SiteLetter[]>();
    years.set(year, months);
    months.set(month, [...(months.get(month) ?? []), entry]);
  }
  const order = (a: number | undefined, b: number | undefined) => (a ?? Infinity) - (b ?? Infinity);
  const sections = [...years.keys()].sort(order).map((year) => {
    const months = years.get(year) as Map<number | undefined, SiteLetter[]>;
    const yearId = `year-${year ?? 'undated'}`;
    const parts = [`<section aria-labelledby="${yearId}">`, `<h2 id="${yearId}">${year ?? 'Undated'}</h2>`];
    for (const month of [...months.keys()].sort(order)) {
      if (year !== undefined)
        parts.push(
          `<h3 id="${yearId}-${month ?? 'no-month'}">${month === undefined ? 'Month not known' : monthName(edition.exported.words.language, month)} ${year}</h3>`,
        );
      parts.push(`<ul class="letters">\n${(months.get(month) ?? []).map(letterItem).join('\n')}\n</ul>`);
    }
    parts.push('</section>');
    return parts.join('\n');
  });
  return sitePage(
    `Letters by date \u00b7 ${edition.title}`,
    `<main>\n<h1>Letters by date</h1>\n${sections.join('\n')}\n</main>`,
    { siteTitle: edition.title },
  );
}

function letterItem(entry: SiteLetter): string {
  const date = entry.dateText
    ? ` <span class="date-as-written">${escapeHtml(entry.dateText.trim())}</span>`
    : '';
  return `<li><a href="${letterPageName(entry.letter.number)}">${escapeHtml(letterHeading(entry.letter.words, entry.letter))}</a>${date}</li>`;
}
