import type { DocumentModel } from '../analysis/model';
import type { Edition } from '../analysis/edition';
import type { CalendarDate } from '../syntax/calendar';
import type { Span } from '../syntax/span';

/**
 * What a topic marks in a letter's text, for every reader that writes the text out (the preview,
 * the website, TEI, CMIF). Each topic lists its own through `Topic.annotate`; `reading/` collects
 * them into one list per letter. Every annotation has a `kind`, the `span` it marks (offsets into
 * the document's text) and a plain-text `title` a reader may show as a tooltip.
 *
 * The kinds are open: a register kind annotates as `mention` with its own `register` name, so a
 * new register kind needs no change here or in any reader; a new topic adds its kind to this union
 * and each reader renders it (an unknown kind is written as plain text until it does).
 */
export type Annotation =
  /** A note marker in running text. */
  | AnnotationOf<'marker', { readonly note: number }>
  /** `see letter 21, note 4`: the letter named (the letter itself for `see note 3`) and the note, if named. */
  | AnnotationOf<'crossReference', { readonly letter: number; readonly note: number | undefined }>
  /**
   * A date of the running text. `date` and `until` are its value with a body date that gives no year
   * taking the letter's (docs/format.md); `defective` when the date is malformed or impossible, so
   * that its value is not known.
   */
  | AnnotationOf<
      'date',
      {
        readonly date: CalendarDate;
        readonly until: CalendarDate | undefined;
        readonly defective: boolean;
      }
    >
  /**
   * A name of a register entry of any kind: `register` is the kind's name (`persons`, `places`,
   * `organisations`, `terms`), `singular` its word for one entry (`person`), `entryId` the entry's id
   * in that register and `name` its preferred name.
   */
  | AnnotationOf<
      'mention',
      {
        readonly register: string;
        readonly singular: string;
        readonly entryId: string;
        readonly name: string;
      }
    >
  /** An archival or published source cited in a note; `source` is what it resolves to (`ibid.` included). */
  | AnnotationOf<'citation', { readonly form: 'archival' | 'published'; readonly source: string }>
  /**
   * Text damage with exactly one correction: `correction` is what the span reads as corrected;
   * `uncertain` when the check only suggests it (a code of information severity). Listed only when
   * the reader asks for corrections.
   */
  | AnnotationOf<'damage', { readonly correction: string; readonly uncertain: boolean }>;

/** An annotation of one kind: its kind, span and tooltip, and what that kind adds. */
export type AnnotationOf<K extends string, Fields> = {
  readonly kind: K;
  readonly span: Span;
  /** Plain text describing what is marked (a date in full, a person's name and description). */
  readonly title: string | undefined;
} & Fields;

/** The kinds of annotation. */
export type AnnotationKind = Annotation['kind'];

/** What a topic annotates: one document of the edition and its workspace (registers, other files). */
export interface AnnotationContext {
  readonly model: DocumentModel;
  readonly workspace: Edition;
  /** Whether text damage with one correction is annotated (it runs the text-damage check of the document). */
  readonly corrections: boolean;
}
