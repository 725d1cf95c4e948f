/**
 * The running text of a site letter from its one list of annotations: as HTML (mentions
 * linked to their register pages, markers to the notes, corrections with the source's form) and as
 * the plain reading text the search index holds. Both walk the same elements, so what a reader finds
 * is what the page shows.
 */
import { isoDate } from '../syntax/calendar';
import type { Span } from '../syntax/span';
import type { ReadLetter } from '../reading/letters';
import type { Annotation } from '../topics/annotation';
import { escapeHtml } from './html';

/** Where the site's pages are: the page of a register entry and of a letter, if the site has one. */
export interface SiteLinks {
  /** The file of an entry's page (`person-stalin.html`) by its register's word for one entry, undefined when the site has none. */
  entryPage(singular: string, id: string): string | undefined;
  /** The file of a letter's page, undefined when the edition has no such letter. */
  letterPage(number: number): string | undefined;
}

/** How one letter's text is being written. */
interface Run {
  readonly text: string;
  readonly inline: readonly Annotation[];
  readonly links: SiteLinks;
  /** How many markers of each note were written so far, for the markers' ids. */
  readonly markers: Map<number, number>;
}

/**
 * The HTML of a span of a letter: its text escaped, the inline elements wholly inside it marked up,
 * one inside another nested; an element overlapping one already open stays plain text, so nothing is
 * lost. Text damage with one certain correction shows the reading and keeps the source's form
 * beside it (`.corr` holds `.reading` and `.source`); an uncertain one is never applied.
 */
export function spanHtml(
  letter: ReadLetter,
  text: string,
  span: Span,
  links: SiteLinks,
  markers: Map<number, number>,
): string {
  let inline = marked.get(letter);
  if (!inline) {
    inline = withCitations(letter.annotations.filter((annotation) => marksUp(annotation, links)));
    marked.set(letter, inline);
  }
  return html({ text, inline, links, markers }, span, 0, false);
}

/** Each letter's annotations that the page marks up, found once per letter. */
const marked = new WeakMap<ReadLetter, readonly Annotation[]>();

/**
 * Whether the page writes an element for an annotation. One it writes as plain text (a defective
 * date, a mention of an entry without a page, an uncertain correction) is left out before nesting,
 * so that it never keeps an overlapping one, such as a correction, off the page; citations are
 * weighed after the others ({@link withCitations}).
 */
function marksUp(annotation: Annotation, links: SiteLinks): boolean {
  switch (annotation.kind) {
    case 'date':
      return !annotation.defective && !annotation.until && isoDate(annotation.date) !== undefined;
    case 'damage':
      return !annotation.uncertain;
    case 'citation':
      return true;
    default:
      return annotation.kind === 'marker' || opensLink(annotation, links);
  }
}

/**
 * The annotations to mark up with the citations among them that no other one crosses: a citation
 * only marks a stretch of a note, so it gives way to a correction or a link that runs across its
 * edge rather than keep it off the page.
 */
function withCitations(annotations: readonly Annotation[]): Annotation[] {
  const others = annotations.filter((annotation) => annotation.kind !== 'citation');
  const inside = (a: Span, b: Span) => b.start <= a.start && a.end <= b.end;
  const crosses = (a: Span, b: Span) => a.start < b.end && b.start < a.end && !inside(a, b) && !inside(b, a);
  return annotations.filter(
    (annotation) =>
      annotation.kind !== 'citation' || !others.some((other) => crosses(annotation.span, other.span)),
  );
}

/** The reading text of a span, without markup: corrections applied, note markers left out. */
export function spanReading(letter: ReadLetter, text: string, span: Span): string {
  let output = '';
  let position = span.start;
  for (const element of letter.annotations) {
    if (element.span.start >= span.end) break;
    if (element.span.start < position || element.span.end > span.end) continue;
    if (element.kind === 'marker') {
      output += text.slice(position, element.span.start);
      position = element.span.end;
    } else if (element.kind === 'damage' && !element.uncertain) {
      output += text.slice(position, element.span.start) + element.correction;
      position = element.span.end;
    }
  }
  return output + text.slice(position, span.end);
}

function html(run: Run, span: Span, from: number, inLink: boolean): string {
  const { text, inline } = run;
  let output = '';
  let position = span.start;
  for (let index = from; index < inline.length; index++) {
    const element = inline[index] as Annotation;
    if (element.span.start >= span.end) break;
    if (element.span.start < position || element.span.end > span.end) continue;
    output += escapeHtml(text.slice(position, element.span.start));
    const link = inLink || opensLink(element, run.links);
    output += elementHtml(run, element, html(run, element.span, index + 1, link), inLink);
    position = element.span.end;
  }
  return output + escapeHtml(text.slice(position, span.end));
}

function opensLink(element: Annotation, links: SiteLinks): boolean {
  switch (element.kind) {
    case 'marker':
      return true;
    case 'crossReference':
      return links.letterPage(element.letter) !== undefined;
    case 'mention':
      return links.entryPage(element.singular, element.entryId) !== undefined;
    default:
      return false;
  }
}

function elementHtml(run: Run, element: Annotation, content: string, inLink: boolean): string {
  const { links } = run;
  switch (element.kind) {
    case 'marker': {
      const occurrence = (run.markers.get(element.note) ?? 0) + 1;
      run.markers.set(element.note, occurrence);
      return `<sup class="marker" id="marker-${element.note}-${occurrence}"><a href="#note-${element.note}" aria-label="Note ${element.note}">${content}</a></sup>`;
    }
    case 'crossReference': {
      const page = links.letterPage(element.letter);
      if (!page) return content;
      const anchor = element.note === undefined ? '' : `#note-${element.note}`;
      return `<a class="xref" href="${escapeHtml(page + anchor)}">${content}</a>`;
    }
    case 'mention':
      return mention(links.entryPage(element.singular, element.entryId), element.singular, content);
    case 'date': {
      const iso = element.defective ? undefined : isoDate(element.date);
      return iso && !element.until ? `<time datetime="${iso}">${content}</time>` : content;
    }
    case 'citation':
      return `<span class="cited" title="${escapeHtml(element.source)}">${content}</span>`;
    case 'damage': {
      if (element.uncertain) return content;
      const source = escapeHtml(run.text.slice(element.span.start, element.span.end));
      // Inside a link the reading is reached with the link; a focusable span there would nest controls.
      const focus = inLink ? '' : ' tabindex="0"';
      return `<span class="corr"><span class="reading"${focus} title="The source reads: ${source}" data-source="${source}">${escapeHtml(element.correction)}</span><span class="source">${content}</span></span>`;
    }
  }
}

function mention(page: string | undefined, singular: string, content: string): string {
  return page
    ? `<a class="mention ${escapeHtml(singular)}" href="${escapeHtml(page)}">${content}</a>`
    : content;
}
