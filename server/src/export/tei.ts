import { isoDate } from '../syntax/calendar';
import type { EditorialDate } from '../syntax/editorialDates';
import type { Span } from '../syntax/span';
import type { ExportEdition, ExportLetter, InlineElement } from './source';
import { attributes, escapeXml } from './xml';

const TEI_NS = 'http://www.tei-c.org/ns/1.0';
/** A blank line: paragraphs of the format are separated by one. */
const BLANK_LINE = /\r?\n[ \t\u00a0]*(?:\r?\n|\r)|\r[ \t\u00a0]*\r/g;

/** Title and source of the edition, for the TEI header. */
export interface TeiMetadata {
  readonly title: string;
  readonly source: string | undefined;
}

/**
 * The edition as one TEI P5 document: one `div type="letter"` per letter with its `correspDesc`
 * in the header (linked by `decls`), its notes at the end of the div and the registers as a
 * `listPerson` in `standOff`. Every character of each letter's text is kept in its div.
 */
export function exportTei(edition: ExportEdition, metadata: TeiMetadata): string {
  const ids = new UniqueIds();
  const letters = edition.documents.flatMap((document) =>
    document.letters.map((letter) => ({
      letter,
      text: document.text,
      id: ids.take(`letter-${letter.number}`),
    })),
  );
  const correspDescs = letters.map(({ letter, id }) => correspDesc(letter, id)).join('\n');
  const divs = letters.map(({ letter, text, id }) => letterDiv(letter, text, id, ids)).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="${TEI_NS}">
<teiHeader>
<fileDesc>
<titleStmt><title>${escapeXml(metadata.title)}</title></titleStmt>
<publicationStmt><p>Exported from a plain-text edition by Letters Edition.</p></publicationStmt>
<sourceDesc>${metadata.source ? `<bibl>${escapeXml(metadata.source)}</bibl>` : '<p>Born digital.</p>'}</sourceDesc>
</fileDesc>
<profileDesc>
${correspDescs}
</profileDesc>
</teiHeader>
${listPerson(edition)}<text>
<body>
${divs}
</body>
</text>
</TEI>
`;
}

function correspDesc(letter: ExportLetter, id: string): string {
  const date = letter.editorialDate?.value;
  return `<correspDesc xml:id="corresp-${id}" n="${letter.number}"><correspAction type="sent">${date ? dateElement(date) : ''}</correspAction></correspDesc>`;
}

/** An editorial date as TEI `date`: bracketed, so `evidence="conjecture"`; `cert="low"` where marked doubtful. */
export function dateElement(date: EditorialDate): string {
  const start = isoDate(date.date);
  const end = date.until ? isoDate(date.until) : undefined;
  const values: Record<string, string | undefined> = { evidence: 'conjecture' };
  if (end) Object.assign(values, { notBefore: start, notAfter: end });
  else if (date.qualifier === 'notBefore' || date.qualifier === 'after') values.notBefore = start;
  else if (date.qualifier === 'notAfter' || date.qualifier === 'before') values.notAfter = start;
  else values.when = start;
  if (date.qualifier === 'uncertain' || date.qualifier === 'circa') values.cert = 'low';
  return start ? `<date${attributes(values)}/>` : '';
}

function listPerson(edition: ExportEdition): string {
  if (edition.persons.length === 0) return '';
  const persons = edition.persons.map((person) => {
    const parts = [`<persName type="preferred">${escapeXml(person.name)}</persName>`];
    if (person.editionName)
      parts.push(`<persName type="edition">${escapeXml(person.editionName)}</persName>`);
    for (const alias of person.aliases) parts.push(`<persName type="alias">${escapeXml(alias)}</persName>`);
    if (person.birth) parts.push(`<birth${attributes({ when: person.birth })}/>`);
    if (person.death) parts.push(`<death${attributes({ when: person.death })}/>`);
    for (const [authority, uri] of Object.entries(person.authority))
      parts.push(`<idno${attributes({ type: authority })}>${escapeXml(uri)}</idno>`);
    if (person.description) parts.push(`<note>${escapeXml(person.description)}</note>`);
    return `<person${attributes({ 'xml:id': person.id })}>${parts.join('')}</person>`;
  });
  return `<standOff>\n<listPerson>\n${persons.join('\n')}\n</listPerson>\n</standOff>\n`;
}

function letterDiv(letter: ExportLetter, text: string, id: string, ids: UniqueIds): string {
  const noteIds = new Map<number, string>();
  for (const note of letter.notes)
    if (!noteIds.has(note.number)) noteIds.set(note.number, ids.take(`${id}-note-${note.number}`));
  const markerIds = new Map<number, string>();
  const inline = letter.inline.map((element) => {
    if (element.kind !== 'marker' || markerIds.has(element.note)) return { element, id: undefined };
    const markerId = ids.take(`${id}-marker-${element.note}`);
    markerIds.set(element.note, markerId);
    return { element, id: markerId };
  });
  const render = (span: Span) => renderRun(text, span, inline, noteIds);
  const parts: string[] = [`<head>${render(letter.heading)}</head>`];
  let position = letter.heading.end;
  const gap = (until: number) => {
    if (until > position && text.slice(position, until).trim())
      parts.push(...paragraphs(text, { start: position, end: until }, render));
    position = Math.max(position, until);
  };
  if (letter.editorialDate) {
    gap(letter.editorialDate.span.start);
    const value = letter.editorialDate.value;
    const date = value
      ? dateElement(value).replace('/>', `>${render(letter.editorialDate.span)}</date>`)
      : '';
    parts.push(`<dateline>${date || render(letter.editorialDate.span)}</dateline>`);
    position = letter.editorialDate.span.end;
  }
  gap(letter.body.start);
  parts.push(...paragraphs(text, { start: position, end: letter.body.end }, render));
  position = Math.max(position, letter.body.end);
  const written = new Set<number>();
  for (const note of letter.notes) {
    gap(note.span.start);
    // A repeated number (a duplicate note) gets no id: markers point to the first note of a number.
    const noteId = written.has(note.number) ? undefined : noteIds.get(note.number);
    written.add(note.number);
    const marker = markerIds.get(note.number);
    const content = paragraphs(text, { start: note.numberSpan.end, end: note.span.end }, render);
    parts.push(
      `<note${attributes({ 'xml:id': noteId, n: note.number, type: 'editorial', target: marker ? `#${marker}` : undefined })}><label>${render(
        { start: note.span.start, end: note.numberSpan.end },
      )}</label>${content.join('')}</note>`,
    );
    position = Math.max(position, note.span.end);
  }
  gap(letter.span.end);
  return `<div${attributes({ type: 'letter', n: letter.number, 'xml:id': id, decls: `#corresp-${id}` })}>\n${parts.join('\n')}\n</div>`;
}

/** The paragraphs (blank-line separated) of a span as `p` elements; blank ones are left out. */
function paragraphs(text: string, span: Span, render: (span: Span) => string): string[] {
  const result: string[] = [];
  let start = span.start;
  BLANK_LINE.lastIndex = span.start;
  for (;;) {
    const found = BLANK_LINE.exec(text);
    // A blank line that ends past the span is not one of its separators.
    const match = found && found.index + found[0].length <= span.end ? found : null;
    const end = match ? match.index : span.end;
    if (text.slice(start, end).trim()) result.push(`<p>${render({ start, end })}</p>`);
    if (!match) break;
    start = match.index + match[0].length;
  }
  return result;
}

/**
 * The text of a span with the inline elements that lie wholly inside it marked up; an element
 * overlapping one already open is left as plain text, so nothing is nested wrongly or lost.
 */
function renderRun(
  text: string,
  span: Span,
  inline: readonly { element: InlineElement; id: string | undefined }[],
  noteIds: ReadonlyMap<number, string>,
): string {
  let output = '';
  let position = span.start;
  for (const { element, id } of inline) {
    if (element.span.start < position || element.span.end > span.end) continue;
    output += escapeXml(text.slice(position, element.span.start));
    const content = escapeXml(text.slice(element.span.start, element.span.end));
    switch (element.kind) {
      case 'marker': {
        const target = noteIds.get(element.note);
        output += `<ref${attributes({ 'xml:id': id, type: 'noteMarker', n: element.note, target: target && `#${target}` })}>${content}</ref>`;
        break;
      }
      case 'crossReference':
        output += `<ref${attributes({
          type: 'crossReference',
          target:
            element.note === undefined
              ? `#letter-${element.letter}`
              : `#letter-${element.letter}-note-${element.note}`,
        })}>${content}</ref>`;
        break;
      case 'person':
        output += `<persName${attributes({ ref: `#${element.personId}` })}>${content}</persName>`;
        break;
    }
    position = element.span.end;
  }
  return output + escapeXml(text.slice(position, span.end));
}

/** Hands out each xml:id once, suffixing repeats (`letter-21`, `letter-21-b`). */
class UniqueIds {
  private readonly used = new Set<string>();

  take(wanted: string): string {
    let id = wanted;
    for (let index = 2; this.used.has(id); index++) id = `${wanted}-${index}`;
    this.used.add(id);
    return id;
  }
}
