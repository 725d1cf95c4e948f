/**
 * Renders letters as HTML: heading and editorial date, the body's blocks (salutation, paragraphs,
 * numbered points, signature and dateline set off, postscripts), markers as superscript links to
 * the notes, and the notes with links back to every marker. Every text is escaped; every block
 * carries its source line (`data-line`) for scroll sync.
 */
import type { Span } from '../syntax/span';
import { escapeHtml } from './html';
import type { Annotation, LetterSource } from './source';

/** The block a body line forms, by how it reads in print. */
export type BlockKind = 'salutation' | 'point' | 'postscript' | 'signature' | 'dateline' | 'paragraph';

const SIGNATURE_LENGTH = 40;

/** The kind of a body line, given its text and place (`index` of `count` body lines). */
export function blockKind(text: string, index: number, count: number, isDateline: boolean): BlockKind {
  const trimmed = text.trim();
  if (isDateline) return 'dateline';
  if (/^\d{1,3}\)/.test(trimmed)) return 'point';
  if (/^P\.\s?S\./.test(trimmed)) return 'postscript';
  if (index === 0 && trimmed.length <= SIGNATURE_LENGTH && /,\d*$/.test(trimmed)) return 'salutation';
  // A short last line without a closing period, such as `J. Stalin`, signs the letter.
  if (index >= count - 2 && trimmed.length <= SIGNATURE_LENGTH && !/[.,;:?!]$/.test(trimmed) && index > 0)
    return 'signature';
  return 'paragraph';
}

/**
 * The HTML of one letter: an `<article>` with its body and its notes. Its heading is an `<h2>` among
 * the letters of a preview, the page's `<h1>` on a site page of its own (`headingLevel` 1).
 */
export function renderLetter(text: string, letter: LetterSource, headingLevel: 1 | 2 = 2): string {
  const id = `letter-${letter.number}`;
  const heading = `h${headingLevel}`;
  const parts = [
    `<article class="letter" id="${id}" data-line="${letter.line}">`,
    `<${heading} class="letter-heading" data-line="${letter.line}">Letter ${letter.number}</${heading}>`,
  ];
  if (letter.editorialDate) {
    const title = letter.editorialDate.title ? ` title="${escapeHtml(letter.editorialDate.title)}"` : '';
    parts.push(`<p class="editorial-date"${title}>[${escapeHtml(letter.editorialDate.text)}]</p>`);
  }
  const count = letter.bodyLines.length;
  letter.bodyLines.forEach(({ span, line }, index) => {
    const kind = blockKind(
      text.slice(span.start, span.end),
      index,
      count,
      span.start === letter.datelineStart,
    );
    const body = inline(text, span, letter, (marker) =>
      markerLink(letter.number, marker, noteExists(letter, marker)),
    );
    parts.push(`<p class="${kind}" data-line="${line}">${body}</p>`);
  });
  if (letter.notes.length > 0) {
    parts.push(`<section class="notes" aria-label="Notes to letter ${letter.number}"><ol>`);
    const seen = new Set<number>();
    for (const note of letter.notes) {
      // A duplicate note number keeps the first id, so ids stay unique.
      const noteId = seen.has(note.number) ? '' : ` id="${id}-note-${note.number}"`;
      seen.add(note.number);
      const backs = markersOf(letter, note.number).map(
        (_marker, index) =>
          ` <a class="backlink" href="#${id}-marker-${note.number}-${index + 1}" aria-label="Back to marker ${note.number}">\u21a9</a>`,
      );
      const body = inline(text, note.textSpan, letter, undefined);
      parts.push(
        `<li class="note" value="${note.number}"${noteId} data-line="${note.line}"><span class="note-number">${note.number}.</span> ${body}${backs.join('')}</li>`,
      );
    }
    parts.push('</ol></section>');
  }
  parts.push('</article>');
  return parts.join('\n');
}

function noteExists(letter: LetterSource, number: number): boolean {
  return letter.notes.some((note) => note.number === number);
}

function markersOf(letter: LetterSource, number: number): Annotation[] {
  return letter.annotations.filter(
    (annotation) => annotation.kind === 'marker' && annotation.number === number,
  );
}

/** The superscript link of a marker: the n-th marker of note `number` gets the n-th back-link's target. */
function markerLink(letterNumber: number, marker: number, exists: boolean): (occurrence: number) => string {
  return (occurrence) => {
    const id = `letter-${letterNumber}-marker-${marker}-${occurrence}`;
    const href = exists ? ` href="#letter-${letterNumber}-note-${marker}"` : '';
    const missing = exists ? '' : ' missing';
    return `<sup class="marker${missing}" id="${id}"><a${href} data-note="${marker}" aria-label="Note ${marker}">${marker}</a></sup>`;
  };
}

/**
 * The escaped text of `span` with its annotations as elements. Annotations are taken in order and
 * never nested: one that overlaps the previous is left out (the text is kept).
 */
function inline(
  text: string,
  span: Span,
  letter: LetterSource,
  marker: ((number: number) => (occurrence: number) => string) | undefined,
): string {
  const out: string[] = [];
  let at = span.start;
  for (const annotation of letter.annotations) {
    if (annotation.span.start < at || annotation.span.end > span.end) continue;
    out.push(escapeHtml(text.slice(at, annotation.span.start)));
    const written = escapeHtml(text.slice(annotation.span.start, annotation.span.end));
    if (annotation.kind === 'marker') {
      out.push(marker ? marker(annotation.number)(markerOccurrence(letter, annotation)) : written);
    } else {
      out.push(`<span class="${annotation.kind}" title="${escapeHtml(annotation.title)}">${written}</span>`);
    }
    at = annotation.span.end;
  }
  out.push(escapeHtml(text.slice(at, span.end)));
  return out.join('');
}

/** Which marker of its note (1-based) a marker is, in text order. */
function markerOccurrence(letter: LetterSource, marker: Annotation & { kind: 'marker' }): number {
  return markersOf(letter, marker.number).findIndex((other) => other.span.start === marker.span.start) + 1;
}
