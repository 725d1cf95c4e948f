import type { EditorialDate } from './editorialDates';
import type { DateDefect } from './dateDefects';
import type { DateMention } from './textDates';
import type { Span } from './span';

/** The syntax of one `.letters` document: the letters in text order and what precedes them. */
export interface DocumentSyntax {
  /** Text before the first letter heading (title lines). */
  readonly preamble: Span;
  readonly letters: readonly LetterSyntax[];
}

/** One letter: from its `Letter N` heading up to the next heading or the end of the text. */
export interface LetterSyntax {
  readonly number: number;
  /** The whole letter, heading included. */
  readonly span: Span;
  /** The `Letter N` words. */
  readonly heading: Span;
  /** The digits of N. */
  readonly numberSpan: Span;
  /** True when the heading was found at the end of a line of text instead of on a line of its own. */
  readonly headingGlued: boolean;
  readonly editorialDate: EditorialDateSyntax | undefined;
  /** From after the heading (and editorial date) up to the first note. */
  readonly body: Span;
  /** The non-blank lines of the body, in order. */
  readonly bodyLines: readonly Span[];
  /** Numbered paragraphs of the body that are not notes (remarks appended to the letter, as in letter 23). */
  readonly remarks: readonly NumberedParagraph[];
  readonly notes: readonly NoteSyntax[];
  readonly markers: readonly MarkerSyntax[];
  readonly crossReferences: readonly CrossReferenceSyntax[];
  /** The dates written in the body and the notes (the editorial date excepted), in text order. */
  readonly dates: readonly DateMention[];
}

/** The bracketed editorial date on the line after a heading, such as `[24 May 1926]`. */
export interface EditorialDateSyntax {
  /** Brackets included. */
  readonly span: Span;
  /** The text between the brackets. */
  readonly inner: Span;
  readonly text: string;
  /** False when the closing bracket is missing. */
  readonly closed: boolean;
  /** What the date means, when it is one of the edition's forms. */
  readonly value: EditorialDate | undefined;
  /** Why it is not, with the place inside the brackets. */
  readonly defect: DateDefect | undefined;
}

/** A paragraph that starts with a number and a period, like `2.   In 1924, ...`. */
export interface NumberedParagraph {
  readonly number: number;
  /** From the number to the end of the paragraph's last line. */
  readonly span: Span;
  readonly numberSpan: Span;
}

/** A note: `N.` followed by its text, up to the next note or the end of the letter. */
export interface NoteSyntax extends NumberedParagraph {
  /** The text after the number and its gap, up to the end of the note. */
  readonly textSpan: Span;
  /** True when the note starts in the middle of the previous note's line. */
  readonly glued: boolean;
}

/** A note number in the running text, such as the `2` of `(for a rendevous?).2`. */
export interface MarkerSyntax {
  readonly number: number;
  readonly span: Span;
}

/** A reference such as `see letter 21, note 4` or `see note 2 in letter 26`. */
export interface CrossReferenceSyntax {
  readonly span: Span;
  /** The letter named; undefined for `see note 3`, which means the current letter. */
  readonly letter: number | undefined;
  readonly letterSpan: Span | undefined;
  readonly note: number | undefined;
  readonly noteSpan: Span | undefined;
}
