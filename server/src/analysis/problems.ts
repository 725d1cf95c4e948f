import type { Span } from '../syntax/span';
import type { DiagnosticCode } from './codes';

/** A place in this or another document that explains a problem (the note, the other duplicate, ...). */
export interface RelatedPlace {
  /** Another document's URI; undefined for the document the problem is in. */
  readonly uri?: string;
  readonly span: Span;
  readonly message: string;
}

/** One replacement of the text of a span. */
export interface TextReplacement {
  readonly span: Span;
  readonly newText: string;
}

/** A correction the user can apply in one step. */
export interface Fix {
  readonly title: string;
  /** The document the replacements apply to (a person register); the problem's own when undefined. */
  readonly uri?: string;
  readonly replacements: readonly TextReplacement[];
  /** Whether this is the fix to offer first. */
  readonly preferred?: boolean;
}

/**
 * A defect found in a document, before it becomes an LSP diagnostic. `code` is stable and dotted
 * (`note.missing`); its default severity is the one {@link DIAGNOSTIC_CODES} gives the code.
 */
export interface Problem {
  readonly code: DiagnosticCode;
  readonly span: Span;
  readonly message: string;
  readonly related: readonly RelatedPlace[];
  readonly fixes: readonly Fix[];
}
