import {
  FIELD_RANK,
  scanCitations,
  type ArchivalCitationSyntax,
  type CitationSyntax,
  type FieldSyntax,
} from '../../syntax/citations';
import type { LetterSyntax } from '../../syntax/tree';
import type { Language } from '../../syntax/vocabulary';

/** An archival reference with every field it names, after `ibid.` and partial forms are resolved. */
export interface ArchivalReference {
  readonly archive: string | undefined;
  readonly fields: readonly FieldSyntax[];
}

/** A citation in its place, with what it resolves to. */
export interface ResolvedCitation {
  readonly syntax: CitationSyntax;
  /** The note it is in (1-based); undefined in the body. */
  readonly note: number | undefined;
  /** The full reference of an archival citation; undefined for published sources. */
  readonly reference: ArchivalReference | undefined;
  /** The citation whose parts it takes (for `ibid.` and partial citations). */
  readonly antecedent: ResolvedCitation | undefined;
  /** Why it could not be resolved with certainty: nothing before, or an ambiguous previous note. */
  readonly unresolved: 'nothing-before' | 'ambiguous' | undefined;
}

/** Cache keyed by a letter's tree (one per letter analysis, so per letter text): its resolved citations, with the text they were read from. */
const cache = new WeakMap<LetterSyntax, { text: string; citations: readonly ResolvedCitation[] }>();

/**
 * Every citation of a letter, body first, then note by note, resolved: an `ibid.` or a partial
 * citation continues the previous citation in the same note, else the last one of the nearest
 * earlier note of the letter that has citations. An archival one continues the last archival
 * citation (a published source cited in between does not interrupt the archival chain). The
 * letter is read in `language` (a tree is parsed in one language, so its cache entry is of it).
 */
export function letterCitations(
  text: string,
  letter: LetterSyntax,
  language: Language,
): readonly ResolvedCitation[] {
  const letterText = text.slice(letter.span.start, letter.span.end);
  const cached = cache.get(letter);
  if (cached && cached.text === letterText) return cached.citations;
  const resolved: ResolvedCitation[] = [];
  const body = scanCitations(text, letter.body.start, letter.body.end, language);
  resolveGroup(body, undefined, [], resolved);
  const earlier: ResolvedCitation[][] = [];
  for (const note of letter.notes) {
    const group: ResolvedCitation[] = [];
    const cited = scanCitations(text, note.textSpan.start, note.textSpan.end, language);
    resolveGroup(cited, note.number, earlier, group);
    resolved.push(...group);
    if (group.length > 0) earlier.push(group);
  }
  cache.set(letter, { text: letterText, citations: resolved });
  return resolved;
}

function resolveGroup(
  citations: readonly CitationSyntax[],
  note: number | undefined,
  earlierNotes: readonly (readonly ResolvedCitation[])[],
  into: ResolvedCitation[],
): void {
  for (const syntax of citations) into.push(resolveOne(syntax, note, into, earlierNotes));
}

function resolveOne(
  syntax: CitationSyntax,
  note: number | undefined,
  sameNote: readonly ResolvedCitation[],
  earlierNotes: readonly (readonly ResolvedCitation[])[],
): ResolvedCitation {
  const archival = syntax.kind === 'archival';
  const needsAntecedent = archival ? syntax.archive === undefined : syntax.form === 'ibid';
  if (!needsAntecedent) {
    return {
      syntax,
      note,
      reference: archival ? { archive: syntax.archive, fields: syntax.fields } : undefined,
      antecedent: undefined,
      unresolved: undefined,
    };
  }
  const fits = (candidate: ResolvedCitation) => !archival || candidate.reference !== undefined;
  const inNote = [...sameNote].reverse().find(fits);
  let antecedent = inNote;
  let unresolved: ResolvedCitation['unresolved'];
  if (!antecedent) {
    const previousNote = [...earlierNotes].reverse().find((group) => group.some(fits));
    antecedent = previousNote ? [...previousNote].reverse().find(fits) : undefined;
    if (!antecedent) unresolved = 'nothing-before';
    else if (previousNote && ambiguous(previousNote.filter(fits), syntax)) unresolved = 'ambiguous';
  }
  return {
    syntax,
    note,
    reference: archival ? continueReference(syntax, antecedent?.reference) : antecedent?.reference,
    antecedent,
    unresolved,
  };
}

/** The rank of the first field a citation names: the fields above it come from its antecedent. */
function firstRank(syntax: ArchivalCitationSyntax): number {
  return Math.min(...syntax.fields.map((field) => FIELD_RANK[field.field]));
}

function continueReference(
  syntax: ArchivalCitationSyntax,
  antecedent: ArchivalReference | undefined,
): ArchivalReference {
  const rank = firstRank(syntax);
  const inherited = (antecedent?.fields ?? []).filter((field) => FIELD_RANK[field.field] < rank);
  return { archive: antecedent?.archive, fields: [...inherited, ...syntax.fields] };
}

/**
 * Whether the citations of the previous note disagree on what a citation takes from them: a bare
 * `ibid.` takes everything, `ibid., d. 573` only the archive, fond and opis.
 */
function ambiguous(candidates: readonly ResolvedCitation[], syntax: CitationSyntax): boolean {
  const inheritedKey = (candidate: ResolvedCitation): string => {
    if (syntax.kind !== 'archival' || !candidate.reference) return sourceText(candidate);
    const rank = firstRank(syntax);
    const fields = candidate.reference.fields.filter((field) => FIELD_RANK[field.field] < rank);
    return [candidate.reference.archive, ...fields.map((field) => `${field.field}=${field.value}`)].join(' ');
  };
  return new Set(candidates.map(inheritedKey)).size > 1;
}

function sourceText(citation: ResolvedCitation): string {
  const syntax = citation.syntax;
  if (syntax.kind === 'archival') return formatReference(citation.reference);
  if (syntax.form === 'ibid') return citation.antecedent ? sourceText(citation.antecedent) : '';
  return `${syntax.title} ${syntax.place ?? ''} ${syntax.year ?? ''} ${syntax.volume ?? ''}`;
}

/** A reference written out in the edition's form: `RTsKhIDNI f. 17, op. 3, d. 573, l. 2`. */
export function formatReference(reference: ArchivalReference | undefined): string {
  if (!reference) return '';
  const parts = reference.fields.map((field) => `${fieldAbbreviation(field)} ${field.value}`);
  return [reference.archive ?? '?', parts.join(', ')].join(' ');
}

function fieldAbbreviation(field: FieldSyntax): string {
  if (field.field !== 'folios') return field.abbreviation;
  const several = field.folios.length > 1 || field.folios.some((folio) => folio.last !== undefined);
  return several ? 'll.' : 'l.';
}

/** The citation whose span touches `offset`, if any. */
export function citationAt(
  citations: readonly ResolvedCitation[],
  offset: number,
): ResolvedCitation | undefined {
  return citations.find((one) => one.syntax.span.start <= offset && offset <= one.syntax.span.end);
}
