import type { DocumentModel } from '../analysis/model';
import type { PersonIndex } from '../analysis/persons/personIndex';
import type { Person } from '../analysis/persons/register';
import type { Span } from '../syntax/span';
import type { EditorialDate } from '../syntax/editorialDates';

/**
 * What the exporters read of the edition model. The only module of `export/` that knows the
 * model's shape, so that a change of the model is ported here alone.
 */
export interface ExportLetter {
  readonly number: number;
  /** The whole letter's text, heading included. */
  readonly text: string;
  /** Offset of the letter in its document; every span below is relative to the document. */
  readonly span: Span;
  readonly heading: Span;
  readonly editorialDate: { readonly span: Span; readonly value: EditorialDate | undefined } | undefined;
  readonly body: Span;
  readonly notes: readonly { readonly number: number; readonly span: Span; readonly numberSpan: Span }[];
  /** Inline elements of the body and notes, in text order: markers, cross-references, persons. */
  readonly inline: readonly InlineElement[];
}

/** A marked-up stretch of running text. */
export type InlineElement =
  | { readonly kind: 'marker'; readonly span: Span; readonly note: number }
  | {
      readonly kind: 'crossReference';
      readonly span: Span;
      readonly letter: number;
      readonly note: number | undefined;
    }
  | { readonly kind: 'person'; readonly span: Span; readonly personId: string };

/** The edition as the exporters see it. */
export interface ExportEdition {
  readonly documents: readonly { readonly text: string; readonly letters: readonly ExportLetter[] }[];
  readonly persons: readonly Person[];
}

/** Reads the documents and registers into the exporters' view. */
export function exportEdition(models: readonly DocumentModel[], persons: PersonIndex): ExportEdition {
  return {
    persons: persons.persons,
    documents: models.map((model) => {
      const mentions = persons.recognise(model).mentions;
      return {
        text: model.text,
        letters: model.letters.map((letter) => {
          const inside = (span: Span) => span.start >= letter.span.start && span.end <= letter.span.end;
          const inline: InlineElement[] = [
            ...letter.markers.map((marker) => ({
              kind: 'marker' as const,
              span: marker.span,
              note: marker.number,
            })),
            ...letter.crossReferences.map((reference) => ({
              kind: 'crossReference' as const,
              span: reference.span,
              letter: reference.letter ?? letter.number,
              note: reference.note,
            })),
            ...mentions
              .filter((mention) => inside(mention.span))
              .map((mention) => ({
                kind: 'person' as const,
                span: mention.span,
                personId: mention.personId,
              })),
          ].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
          return {
            number: letter.number,
            text: model.textOf(letter.span),
            span: letter.span,
            heading: letter.heading,
            editorialDate: letter.editorialDate && {
              span: letter.editorialDate.span,
              value: letter.editorialDate.value,
            },
            body: letter.body,
            notes: letter.notes.map((note) => ({
              number: note.number,
              span: note.span,
              numberSpan: note.numberSpan,
            })),
            inline,
          };
        }),
      };
    }),
  };
}
