import { letterAnnotations, type AnnotationKind, type LetterAnnotation } from '../analysis/annotations';
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

/** A marked-up stretch of running text: a marker, a cross-reference or a person. */
export type InlineElement = Extract<LetterAnnotation, { kind: 'marker' | 'crossReference' | 'person' }>;

/** The annotations the exporters write today (dates in the running text are not exported yet). */
const EXPORTED_KINDS: ReadonlySet<AnnotationKind> = new Set(['marker', 'crossReference', 'person']);

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
      return {
        text: model.text,
        letters: model.letters.map((letter) => {
          const inline = letterAnnotations(model, letter, persons, EXPORTED_KINDS).filter(
            (annotation): annotation is InlineElement => annotation.kind !== 'date',
          );
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
