import type { DateMention } from '../syntax/textDates';
import type { Span } from '../syntax/span';
import type { LetterSyntax } from '../syntax/tree';
import type { DocumentModel } from './model';
import type { PersonIndex } from './registers/personIndex';
import type { Mention } from './registers/kinds/personRecognizer';

/** A marked-up stretch of a letter's running text, as exporters and the preview write it. */
export type LetterAnnotation =
  | { readonly kind: 'marker'; readonly span: Span; readonly note: number }
  | {
      readonly kind: 'crossReference';
      readonly span: Span;
      /** The letter named, or the letter itself for `see note 3`. */
      readonly letter: number;
      readonly note: number | undefined;
    }
  | { readonly kind: 'date'; readonly span: Span; readonly mention: DateMention }
  | { readonly kind: 'person'; readonly span: Span; readonly personId: string };

/** Which kinds of annotation a reader wants. */
export type AnnotationKind = LetterAnnotation['kind'];

/**
 * The annotations of one letter (markers, cross-references, dates, registered persons), in text
 * order, an enclosing one before what it encloses: what every reader of the model that writes the
 * text out (TEI, the preview, the site) marks up, read in one place.
 */
export function letterAnnotations(
  model: DocumentModel,
  letter: LetterSyntax,
  persons: PersonIndex | undefined,
  kinds: ReadonlySet<AnnotationKind> = ALL_KINDS,
): LetterAnnotation[] {
  const inside = (span: Span) => span.start >= letter.span.start && span.end <= letter.span.end;
  const annotations: LetterAnnotation[] = [];
  if (kinds.has('marker'))
    for (const marker of letter.markers)
      annotations.push({ kind: 'marker', span: marker.span, note: marker.number });
  if (kinds.has('crossReference'))
    for (const reference of letter.crossReferences)
      annotations.push({
        kind: 'crossReference',
        span: reference.span,
        letter: reference.letter ?? letter.number,
        note: reference.note,
      });
  if (kinds.has('date'))
    for (const mention of letter.dates) annotations.push({ kind: 'date', span: mention.span, mention });
  if (kinds.has('person') && persons)
    for (const mention of mentionsFrom(persons.recognise(model).mentions, letter.span.start))
      if (mention.span.start >= letter.span.end) break;
      else if (inside(mention.span))
        annotations.push({ kind: 'person', span: mention.span, personId: mention.personId });
  return annotations.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}

const ALL_KINDS: ReadonlySet<AnnotationKind> = new Set(['marker', 'crossReference', 'date', 'person']);

/** Each recognition's mentions sorted by start, sorted once (a recognition lasts a document version). */
const sortedMentions = new WeakMap<readonly Mention[], readonly Mention[]>();

/**
 * The mentions that start at or after `start`, in text order: found by bisection, so that reading
 * every letter of a document costs the mentions of each letter, not all of them per letter.
 */
function* mentionsFrom(mentions: readonly Mention[], start: number): Generator<Mention> {
  let sorted = sortedMentions.get(mentions);
  if (!sorted) {
    sorted = [...mentions].sort((a, b) => a.span.start - b.span.start);
    sortedMentions.set(mentions, sorted);
  }
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as Mention).span.start < start) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < sorted.length; index++) yield sorted[index] as Mention;
}
