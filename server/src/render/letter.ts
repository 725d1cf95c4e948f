/**
 * Renders letters as HTML: heading and editorial date, the body's blocks (salutation, paragraphs,
 * numbered points, signature and dateline set off, postscripts), markers as superscript links to
 * the notes, and the notes with links back to every marker. Every text is escaped; every block
 * carries its source line (`data-line`) for scroll sync.
 */
import { letterHeading } from '../analysis/labels';
import { blockKind } from '../reading/blocks';
import type { ReadLetter } from '../reading/letters';
import type { Span } from '../syntax/span';
import type { Annotation } from '../topics/annotation';
import { dateInWords } from '../topics/dates/reading';
import { escapeHtml } from './html';

/**
 * The HTML of one letter: an `<article>` with its body and its notes. Its heading is an `<h2>` among
 * the letters of a preview, the page's `<h1>` on a site page of its own (`headingLevel` 1).
 */
export function renderLetter(text: string, letter: ReadLetter, headingLevel: 1 | 2 = 2): string {
  const id = `letter-${letter.number}`;
  const heading = `h${headingLevel}`;
  const parts = [
    `<article class="letter" id="${id}" data-line="${letter.line}">`,
    `<${heading} class="letter-heading" data-line="${letter.line}">${escapeHtml(letterHeading(letter.words, letter))}</${heading}>`,
  ];
  if (letter.editorialDate) {
    const value = letter.editorialDate.value;
    const title = value ? ` title="${escapeHtml(dateInWords(value, letter.words.language))}"` : '';
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

function noteExists(letter: ReadLetter, number: number): boolean {
  return letter.notes.some((note) => note.number === number);
}

function markersOf(letter: ReadLetter, number: number): Annotation[] {
  return letter.annotations.filter(
    (annotation) => annotation.kind === 'marker' && annotation.note === number,
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
 * The escaped text of `span` with the letter's annotations that lie wholly inside it as elements,
 * one inside another nested in it (a date in a citation); an annotation that overlaps one already
 * open is left out (its text is kept).
 */
function inline(
  text: string,
  span: Span,
  letter: ReadLetter,
  marker: ((number: number) => (occurrence: number) => string) | undefined,
  from = 0,
): string {
  const out: string[] = [];
  let at = span.start;
  const { annotations } = letter;
  for (let index = from; index < annotations.length; index++) {
    const annotation = annotations[index] as Annotation;
    if (annotation.span.start >= span.end) break;
    if (annotation.span.start < at || annotation.span.end > span.end) continue;
    out.push(escapeHtml(text.slice(at, annotation.span.start)));
    const content = inline(text, annotation.span, letter, marker, index + 1);
    out.push(element(annotation, content, letter, marker));
    at = annotation.span.end;
  }
  out.push(escapeHtml(text.slice(at, span.end)));
  return out.join('');
}

/** One annotation as HTML around its (already written) content. */
function element(
  annotation: Annotation,
  content: string,
  letter: ReadLetter,
  marker: ((number: number) => (occurrence: number) => string) | undefined,
): string {
  const title = annotation.title === undefined ? '' : ` title="${escapeHtml(annotation.title)}"`;
  switch (annotation.kind) {
    case 'marker':
      return marker ? marker(annotation.note)(markerOccurrence(letter, annotation)) : content;
    case 'date':
      return `<span class="date"${title}>${content}</span>`;
    case 'mention':
      return `<span class="mention ${escapeHtml(annotation.singular)}"${title}>${content}</span>`;
    case 'citation':
      return `<span class="cited"${title}>${content}</span>`;
    // Cross-references and corrections are kept as the text reads: the preview shows the text as typed.
    default:
      return content;
  }
}

/** Which marker of its note (1-based) a marker is, in text order. */
function markerOccurrence(letter: ReadLetter, marker: Annotation & { kind: 'marker' }): number {
  return markersOf(letter, marker.note).findIndex((other) => other.span.start === marker.span.start) + 1;
}
