import type { LetterCheck } from '../analysis/letterProblems';
import type { DocumentModel } from '../analysis/model';
import type { Problem } from '../analysis/problems';
import type { LettersSettings } from '../analysis/settings';
import type { Edition } from '../analysis/edition';
import type { LineIndex } from '../syntax/lineIndex';
import type { Span } from '../syntax/span';
import type { LetterSyntax } from '../syntax/tree';
import type { Annotation, AnnotationContext } from './annotation';

/**
 * What a topic is asked about: one document of the edition, the workspace it belongs to (other
 * letters files, the registers) and the user's settings.
 */
export interface TopicContext {
  readonly model: DocumentModel;
  readonly workspace: Edition;
  readonly settings: LettersSettings;
}

/** A place in a file of the workspace (a letters file or a register), with that file's line index. */
export interface Target {
  readonly uri: string;
  readonly lineIndex: LineIndex;
  /** The whole element (the note, the register entry). */
  readonly span: Span;
  /** The part to select (the note's number, the entry's name). */
  readonly selection: Span;
}

/** What the element at the cursor points to: go to definition shows `targets`, underlining `origin`. */
export interface Navigation {
  readonly origin: Span;
  readonly targets: readonly Target[];
}

/** Hover text of an element: Markdown, with the span it describes. */
export interface Description {
  readonly span: Span;
  readonly markdown: string;
}

/** A place of the document to highlight with the element at the cursor. */
export interface Highlight {
  readonly span: Span;
  /** `definition` for the element itself (a note number), `reference` for what points to it. */
  readonly role: 'definition' | 'reference' | 'text';
}

/** A completion the topic offers at the cursor. */
export interface Suggestion {
  readonly label: string;
  /** What it is, for the completion item's icon. */
  readonly kind: 'note' | 'letter' | 'entry';
  readonly detail?: string;
  /** Plain text shown beside the item. */
  readonly documentation?: string;
  /** The text the suggestion replaces (the word typed so far); the cursor alone when undefined. */
  readonly replace?: Span;
  readonly sortText?: string;
}

/** An entry a topic adds to the outline: under the note whose text holds it, else under its letter. */
export interface OutlineEntry {
  readonly name: string;
  readonly detail?: string;
  readonly span: Span;
  readonly selection: Span;
}

/** A label shown after a place of the text (an ISO date, a preferred name). */
export interface InlineHint {
  readonly offset: number;
  readonly label: string;
  readonly tooltip?: string;
}

/**
 * One topic of the edition (notes, dates, cross-references, a register kind, ...): what it checks
 * and what it says about the elements it annotates. Every member is optional; the features ask
 * every topic of `TOPICS` in turn and know nothing of any one of them. Spans are offsets into the
 * document's text; no LSP types cross this interface.
 */
export interface Topic {
  /** For logs and tests. */
  readonly name: string;
  /**
   * Problems of one letter on its own, in offsets of the letter's own text: kept beside the letter's
   * analysis, so an edit re-checks only the letters it touched (and those whose document facts it
   * asked changed).
   */
  readonly checkLetter?: LetterCheck;
  /** Problems that depend on other letters or files (sequence, cross-references, registers). */
  readonly checkDocument?: (context: TopicContext) => Problem[];
  /**
   * Whether {@link checkDocument} reads the edition's other `.letters` files: it is left out while
   * the host is still reading them (`Edition.filesRead`), and its problems come with the next publish.
   */
  readonly checksOtherFiles?: boolean;
  /**
   * Does some of the work of {@link checkDocument} ahead (a costly check of every letter), until
   * `performance.now()` passes `deadline`; true when none is left. A host that can wait calls it in
   * slices before asking for the problems, so that a long check never keeps it from answering.
   */
  readonly prepare?: (context: TopicContext, deadline: number) => boolean;
  /** Hover on the element at `offset`; undefined when the topic has nothing there. */
  readonly describe?: (context: TopicContext, offset: number) => Description | undefined;
  /** Where the element at `offset` points to; undefined when the topic has nothing there. */
  readonly navigate?: (context: TopicContext, offset: number) => Navigation | undefined;
  /**
   * Every place that refers to what the element at `offset` is about (its declaration first
   * when `includeDeclaration`); undefined when the topic has nothing there.
   */
  readonly references?: (
    context: TopicContext,
    offset: number,
    includeDeclaration: boolean,
  ) => readonly Target[] | undefined;
  /** The places of this document that go with the element at `offset`; undefined when none is the topic's. */
  readonly highlights?: (context: TopicContext, offset: number) => readonly Highlight[] | undefined;
  /** Completions for the text before `offset`. */
  readonly suggest?: (context: TopicContext, offset: number) => readonly Suggestion[];
  /** What the topic lists in the outline for one letter (depends on the document only, so the outline is cached). */
  readonly outline?: (model: DocumentModel, letter: LetterSyntax) => readonly OutlineEntry[];
  /** Hints inside `range`, when the user's settings want them. */
  readonly hints?: (context: TopicContext, range: Span) => readonly InlineHint[];
  /**
   * What the topic marks in one letter of the document (`letter`: its index in `model.letters`):
   * markers, dates, names, citations, ..., in any order. The preview, the website and the exports
   * read these through `reading/`, which keeps them per letter: a letter an edit did not touch is
   * not annotated again.
   */
  readonly annotate?: (context: AnnotationContext, letter: number) => readonly Annotation[];
}

/** A place of a letters document as a {@link Target}. */
export function targetIn(model: DocumentModel, span: Span, selection: Span = span): Target {
  return { uri: model.uri, lineIndex: model.lineIndex, span, selection };
}
