/**
 * The citation line of a letter, from `edition.json`: `Letter 12, [26 May 1926], in <title>, ed.
 * <editors>, <address>, accessed <date>.` The address is the letter's page under `siteUrl`; without
 * one, and for the date of access, the page's script writes in what the reader's browser knows
 * (the printed fallback is the page's file name and no date).
 */
import { letterHeading } from '../analysis/labels';
import { escapeHtml } from './html';
import type { SiteEdition, SiteLetter } from './siteEdition';
import { letterPageName } from './sitePaths';

/** The citation of a letter as HTML (escaped text with the address and the access date marked). */
export function citation(edition: SiteEdition, entry: SiteLetter): string {
  const { metadata, title } = edition;
  const page = letterPageName(entry.letter.number);
  const address = metadata.siteUrl ? `${metadata.siteUrl}${page}` : undefined;
  const parts = [letterHeading(entry.letter.words, entry.letter)];
  if (entry.dateText) parts.push(entry.dateText.trim());
  const editors = metadata.editors.map((editor) => editor.name);
  const head = `${parts.map(escapeHtml).join(', ')}, in <cite>${escapeHtml(title)}</cite>`;
  const by = editors.length > 0 ? `, ed. ${escapeHtml(editors.join(', '))}` : '';
  const where = address
    ? `, <a class="cite-url" href="${escapeHtml(address)}">${escapeHtml(address)}</a>`
    : `, <span class="cite-url" data-page="${page}">${page}</span>`;
  return `${head}${by}${where}<span class="cite-accessed"></span>.`;
}
