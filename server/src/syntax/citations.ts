import { ARCHIVES } from './archives';
import type { Span } from './span';
import { scanPublished, type PublishedCitationSyntax } from './publishedCitations';
import type { Language } from './vocabulary';

/** A field of an archival citation, in the order archives nest them. */
export type ArchivalField = 'fond' | 'opis' | 'delo' | 'tom' | 'vypusk' | 'folios';

/** The nesting rank of each field: a citation names them in increasing rank. */
export const FIELD_RANK: Readonly<Record<ArchivalField, number>> = {
  fond: 1,
  opis: 2,
  delo: 3,
  tom: 4,
  vypusk: 4,
  folios: 5,
};

/** The abbreviation each field is written with (`ll.` for several folios). */
export const FIELD_ABBREVIATION: Readonly<Record<ArchivalField, string>> = {
  fond: 'f.',
  opis: 'op.',
  delo: 'd.',
  tom: 't.',
  vypusk: 'vyp.',
  folios: 'l.',
};

/** One folio (`3`, `12ob.`) or a range of folios (`75–76`). */
export interface FolioSyntax {
  readonly span: Span;
  readonly first: string;
  /** The last folio of a range; undefined for a single folio. */
  readonly last: string | undefined;
  /** Whether the (first) folio is a verso (`ob.`). */
  readonly verso: boolean;
}

/** A field as written: `f. 17`, `ll. 75, 76`. */
export interface FieldSyntax {
  readonly field: ArchivalField;
  /** From the abbreviation to the end of the value. */
  readonly span: Span;
  /** The abbreviation as written (`l.`, `ll.`). */
  readonly abbreviation: string;
  readonly abbreviationSpan: Span;
  /** The value as written (for folios, the whole list). */
  readonly value: string;
  readonly valueSpan: Span;
  /** Whether the abbreviation is glued to its value (`f.82`). */
  readonly glued: boolean;
  /** The folios of a `l.`/`ll.` field; empty for the other fields. */
  readonly folios: readonly FolioSyntax[];
}

/** An archival citation: `RTsKhIDNI f. 17, op. 3, d. 585, l. 3`, `ibid., d. 573, l. 2`, `d. 63, l. 25`. */
export interface ArchivalCitationSyntax {
  readonly kind: 'archival';
  readonly span: Span;
  /** The archive's abbreviation, when written. */
  readonly archive: string | undefined;
  readonly archiveSpan: Span | undefined;
  /** The `ibid.` that opens it, when written. */
  readonly ibidSpan: Span | undefined;
  /** Whether it follows another citation in the same group (`…, and d. 63, l. 25`). */
  readonly continuation: boolean;
  readonly fields: readonly FieldSyntax[];
  /** Paragraph breaks (blank lines) inside the citation; a single line break is a hard-wrapped line. */
  readonly breaks: readonly Span[];
}

/** A citation of a source in the text. */
export type CitationSyntax = ArchivalCitationSyntax | PublishedCitationSyntax;

/** Archive abbreviations recognised without a register: those of the table of archives. */
const KNOWN_ARCHIVES: readonly string[] = ARCHIVES.map((archive) => archive.abbreviation);

const FIELD_OF: Readonly<Record<string, ArchivalField>> = {
  f: 'fond',
  op: 'opis',
  d: 'delo',
  t: 'tom',
  vyp: 'vypusk',
  l: 'folios',
  ll: 'folios',
};

const SPACE = '[ \\t\\u00a0]';
/**
 * A blank line: a citation broken across it was broken by extraction. A single line break is where a
 * hard-wrapping editor broke the line, and the citation goes on.
 */
const PARAGRAPH_BREAK = /(?:\r\n|\r|\n)[ \t\u00a0]*(?:\r\n|\r|\n)/;

/** White space between the parts of a citation; line breaks are allowed and reported as breaks. */
const GAP = '[ \\t\\u00a0\\r\\n]*';
const FIELD = new RegExp(`^(ll|vyp|op|f|d|l|t)\\.(${GAP})(\\d+[A-Za-z\\u0430-\\u044f]?(?![\\d]))`);
const FOLIO = /^(\d+)(ob\.?|[a-z](?![a-z]))?(?:[–-](\d+)(ob\.?)?)?/;

/** What opens an archival citation: an archive, an `ibid.`, a first field. */
const ANCHOR = new RegExp(
  `(?<![A-Za-z])(?:(${KNOWN_ARCHIVES.join('|')})(?![A-Za-z])|([Ii]bid\\.)|(?:f|op|d)\\.${SPACE}*\\d)`,
  'g',
);
/**
 * What every match of {@link ANCHOR} holds, without its look-arounds: most notes cite no archive
 * and are passed over with this alone.
 */
const ANCHOR_NEEDS = new RegExp(`${KNOWN_ARCHIVES.join('|')}|[Ii]bid\\.|(?:f|op|d)\\.${SPACE}*\\d`);

/**
 * Finds the citations in `text[from, to)` (one note, or the body): archival citations anchored on
 * an archive abbreviation, an `ibid.` or two fields in a row (`op. 3, d. 577`), and published
 * sources anchored on an imprint (`[Moscow, 1984]`), a quoted title with place, publisher and year,
 * or a known periodical with its date or issue (its months in `language`). Never throws; spans lie
 * inside `[from, to)`.
 */
export function scanCitations(text: string, from: number, to: number, language: Language): CitationSyntax[] {
  const found: CitationSyntax[] = [];
  // Matching on the segment alone: a search on the whole text would run past `to` to the next match.
  const segment = text.slice(from, to);
  const anchor = ANCHOR;
  anchor.lastIndex = 0;
  let previousEnd = -1;
  for (
    let match = ANCHOR_NEEDS.test(segment) ? anchor.exec(segment) : null;
    match;
    match = anchor.exec(segment)
  ) {
    const start = from + match.index;
    const citation = readArchival(text, start, to, match[1], match[2], previousEnd);
    if (citation) {
      found.push(citation);
      previousEnd = citation.span.end;
      anchor.lastIndex = citation.span.end - from;
    } else if (match[2]) {
      const end = start + match[2].length;
      found.push(bareIbid(text, start, end));
      previousEnd = end;
    }
  }
  return found
    .concat(scanPublished(text, from, to, found, language))
    .sort((a, b) => a.span.start - b.span.start);
}

function readArchival(
  text: string,
  start: number,
  limit: number,
  archive: string | undefined,
  ibid: string | undefined,
  previousEnd: number,
): ArchivalCitationSyntax | undefined {
  let at = start;
  let archiveSpan: Span | undefined;
  let ibidSpan: Span | undefined;
  if (archive) {
    archiveSpan = { start, end: start + archive.length };
    at = archiveSpan.end;
  } else if (ibid) {
    ibidSpan = { start, end: start + ibid.length };
    at = ibidSpan.end;
  }
  const fields: FieldSyntax[] = [];
  const breaks: Span[] = [];
  for (;;) {
    const separator = /^,?[ \t\u00a0\r\n]*/.exec(text.slice(at, Math.min(limit, at + 200)));
    const gapStart = at;
    const fieldStart = at + (separator?.[0].length ?? 0);
    // The first field of an archive follows it after a space, of an ibid. after a comma.
    if (fields.length === 0 && !archive && !ibid) {
      if (fieldStart !== at) break;
    } else if (fields.length > 0 && !separator?.[0].startsWith(',')) break;
    const field = readField(text, fieldStart, limit);
    if (!field) break;
    const gap = text.slice(gapStart, fieldStart);
    if (PARAGRAPH_BREAK.test(gap)) breaks.push({ start: gapStart, end: fieldStart });
    if (PARAGRAPH_BREAK.test(text.slice(field.abbreviationSpan.end, field.valueSpan.start)))
      breaks.push({ start: field.abbreviationSpan.end, end: field.valueSpan.start });
    fields.push(field);
    at = field.span.end;
  }
  if (fields.length === 0) return undefined;
  // A sequence without archive or ibid. is a citation only when it reads like one: two fields or
  // more, or a continuation of the citation just before (`…, and d. 63, l. 25`).
  const continuation =
    !archive && !ibid && previousEnd >= 0 && /^(?:,? and |; |, )$/.test(text.slice(previousEnd, start));
  if (!archive && !ibid && fields.length < 2 && !continuation) return undefined;
  return {
    kind: 'archival',
    span: { start, end: at },
    archive,
    archiveSpan,
    ibidSpan,
    continuation,
    fields,
    breaks,
  };
}

function readField(text: string, start: number, limit: number): FieldSyntax | undefined {
  if (start > 0 && /[A-Za-z]/.test(text.charAt(start - 1))) return undefined;
  const match = FIELD.exec(text.slice(start, Math.min(limit, start + 100)));
  if (!match) return undefined;
  const abbreviation = `${match[1]}.`;
  const field = FIELD_OF[match[1] as string] as ArchivalField;
  const abbreviationSpan = { start, end: start + abbreviation.length };
  const valueStart = abbreviationSpan.end + (match[2] as string).length;
  if (field !== 'folios') {
    const value = match[3] as string;
    const valueSpan = { start: valueStart, end: valueStart + value.length };
    return {
      field,
      span: { start, end: valueSpan.end },
      abbreviation,
      abbreviationSpan,
      value,
      valueSpan,
      glued: valueStart === abbreviationSpan.end,
      folios: [],
    };
  }
  const folios: FolioSyntax[] = [];
  let at = valueStart;
  for (;;) {
    const folio = FOLIO.exec(text.slice(at, Math.min(limit, at + 40)));
    if (!folio) break;
    folios.push({
      span: { start: at, end: at + folio[0].length },
      first: folio[1] as string,
      last: folio[3],
      verso: folio[2] !== undefined && folio[2].startsWith('ob'),
    });
    at += folio[0].length;
    const next = /^,[ \t\u00a0]*(?=\d)/.exec(text.slice(at, Math.min(limit, at + 10)));
    if (!next) break;
    at += next[0].length;
  }
  if (folios.length === 0) return undefined;
  const valueSpan = { start: valueStart, end: at };
  return {
    field,
    span: { start, end: at },
    abbreviation,
    abbreviationSpan,
    value: text.slice(valueStart, at),
    valueSpan,
    glued: valueStart === abbreviationSpan.end,
    folios,
  };
}

function bareIbid(text: string, start: number, end: number): PublishedCitationSyntax {
  // `ibid., 36` or `ibid., p. 36`: an ibid. with a page of a published source.
  const page = /^,[ \t\u00a0]*((?:pp?\.[ \t\u00a0]*)?\d+(?:[–-]\d+)?(?:,[ \t\u00a0]*\d+(?:[–-]\d+)?)*)/.exec(
    text.slice(end, end + 60),
  );
  return {
    kind: 'published',
    form: 'ibid',
    span: { start, end: page ? end + page[0].length : end },
    title: text.slice(start, end),
    place: undefined,
    year: undefined,
    volume: undefined,
    pages: page?.[1],
  };
}
