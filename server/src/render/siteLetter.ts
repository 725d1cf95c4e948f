/**
 * A letter's page content on the site: heading, editorial date as written, the switch between the
 * corrected reading and the source as transmitted, the body's blocks (as the preview sets them),
 * the notes with links back to their markers, the entries it names, and how to cite and download it.
 */
import type { Span } from '../syntax/span';
import { blockKind } from '../reading/blocks';
import type { ReadLetter } from '../reading/letters';
import { escapeHtml } from './html';
import { lineStartOf, type SiteEdition, type SiteLetter } from './siteEdition';
import { citation } from './siteCitation';
import { CMIF_FILE, letterTeiName } from './sitePaths';
import { spanHtml, type SiteLinks } from './siteText';

/** The `<main>` of a letter's page. */
export function letterMain(
  edition: SiteEdition,
  entry: SiteLetter,
  links: SiteLinks,
  named: readonly { readonly page: string; readonly name: string }[],
  hasCmif: boolean,
): string {
  const { letter, text } = entry;
  const markers = new Map<number, number>();
  const render = (span: Span) => spanHtml(letter, text, span, links, markers);
  const parts = [
    '<main>',
    `<article class="letter" id="letter-${letter.number}">`,
    `<h1>${render(trimmed(text, letter.heading))}</h1>`,
  ];
  if (letter.editorialDate) parts.push(`<p class="editorial-date">${render(letter.editorialDate.span)}</p>`);
  if (letter.annotations.some((element) => element.kind === 'damage' && !element.uncertain))
    parts.push(
      '<p class="switch"><input type="checkbox" id="show-source"> <label for="show-source">Show the source as transmitted</label></p>',
    );
  const lines = bodyLines(text, letter);
  lines.forEach((span, index) => {
    const kind = blockKind(
      text.slice(span.start, span.end),
      index,
      lines.length,
      isDateline(letter, text, span),
    );
    parts.push(`<p class="${kind}">${render(span)}</p>`);
  });
  if (letter.notes.length > 0) {
    parts.push(
      '<section class="notes" aria-labelledby="notes-heading">',
      '<h2 id="notes-heading">Notes</h2>',
      '<ol>',
    );
    const seen = new Set<number>();
    for (const note of letter.notes) {
      const id = seen.has(note.number) ? '' : ` id="note-${note.number}"`;
      seen.add(note.number);
      const backs = Array.from(
        { length: markers.get(note.number) ?? 0 },
        (_, index) =>
          ` <a class="backlink" href="#marker-${note.number}-${index + 1}" aria-label="Back to marker ${note.number}">\u21a9</a>`,
      );
      parts.push(
        `<li class="note" value="${note.number}"${id}><span class="note-number">${note.number}.</span> ${render(noteText(text, note))}${backs.join('')}</li>`,
      );
    }
    parts.push('</ol>', '</section>');
  }
  parts.push('</article>');
  if (named.length > 0)
    parts.push(
      '<section class="named" aria-labelledby="named-heading">',
      '<h2 id="named-heading">Named in this letter</h2>',
      `<ul>${named.map(({ page, name }) => `<li><a href="${escapeHtml(page)}">${escapeHtml(name)}</a></li>`).join('')}</ul>`,
      '</section>',
    );
  parts.push(
    '<section class="cite" aria-labelledby="cite-heading">',
    '<h2 id="cite-heading">Cite and download</h2>',
    `<p class="citation">${citation(edition, entry)}</p>`,
    `<ul class="downloads"><li><a href="${letterTeiName(letter.number)}" download>This letter in TEI (XML)</a></li>${
      hasCmif ? `<li><a href="${CMIF_FILE}">The edition\u2019s letters in CMIF (XML)</a></li>` : ''
    }</ul>`,
    '</section>',
    '</main>',
  );
  return parts.join('\n');
}

/** A note's text after its number and period, without the white space around it. */
export function noteText(text: string, note: ReadLetter['notes'][number]): Span {
  return trimmed(text, note.textSpan);
}

/** The body's non-blank lines, without the white space around them: the blocks of the page. */
export function bodyLines(text: string, letter: ReadLetter): Span[] {
  return letter.bodyLines.map((line) => trimmed(text, line.span)).filter((span) => span.end > span.start);
}

function trimmed(text: string, span: Span): Span {
  const content = text.slice(span.start, span.end);
  const start = span.start + content.length - content.trimStart().length;
  return { start, end: Math.max(start, span.start + content.trimEnd().length) };
}

/** Whether the line of `span` (trimmed) is the one the letter's dateline starts. */
function isDateline(letter: ReadLetter, text: string, span: Span): boolean {
  const lineStart = lineStartOf(text, span.start);
  return (
    letter.datelineStart !== undefined && lineStart <= letter.datelineStart && letter.datelineStart < span.end
  );
}
