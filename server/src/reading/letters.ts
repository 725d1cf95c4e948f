/**
 * The one reader of the edition model for everything that writes the text out (the preview, the
 * website, TEI, CMIF): a document's letters as plain records of spans into the document's text,
 * each with its list of annotations. A change of the model's shape is ported here alone.
 */
import type { DocumentModel } from '../analysis/model';
import type { Edition } from '../analysis/edition';
import type { EditorialDate } from '../syntax/editorialDates';
import type { Span } from '../syntax/span';
import type { LetterSyntax } from '../syntax/tree';
import type { EditionWords } from '../syntax/vocabulary';
import type { Annotation } from '../topics/annotation';
import { datelineOf } from '../topics/dates/dateChecks';
import { letterAnnotations, type AnnotationOptions } from './annotations';

/** A note of a letter. */
export interface ReadNote {
  readonly number: number;
  /** The whole note, from its number. */
  readonly span: Span;
  /** The digits of its number. */
  readonly numberSpan: Span;
  /** The note's text after its number. */
  readonly textSpan: Span;
  /** The 0-based line it starts on. */
  readonly line: number;
}

/** One letter as the writers read it: spans into the document's text and the letter's annotations. */
export interface ReadLetter {
  readonly number: number;
  /** The edition's words it was read with (its heading word, the language of its dates). */
  readonly words: EditionWords;
  /** The whole letter, heading included (from the text a glued heading ends). */
  readonly span: Span;
  /** The `Letter N` words. */
  readonly heading: Span;
  /** The 0-based line of the heading. */
  readonly line: number;
  readonly editorialDate:
    | {
        readonly span: Span;
        /** Inside the brackets. */
        readonly text: string;
        readonly value: EditorialDate | undefined;
      }
    | undefined;
  /** From after the heading and editorial date up to the first note. */
  readonly body: Span;
  /** Non-blank body lines with their 0-based line numbers. */
  readonly bodyLines: readonly { readonly span: Span; readonly line: number }[];
  /** Start of the body line that is the letter's dateline (docs/format.md), if it has one. */
  readonly datelineStart: number | undefined;
  readonly notes: readonly ReadNote[];
  /** What the topics mark in the letter's body and notes, in text order, an enclosing one first. */
  readonly annotations: readonly Annotation[];
}

/** The letters of a document with their annotations. */
export function readLetters(
  model: DocumentModel,
  workspace: Edition,
  options: AnnotationOptions = {},
): ReadLetter[] {
  return model.letters.map((_letter, index) => readLetter(model, workspace, index, options));
}

/** Letter `index` of a document (its index in `model.letters`) with its annotations. */
export function readLetter(
  model: DocumentModel,
  workspace: Edition,
  index: number,
  options: AnnotationOptions = {},
): ReadLetter {
  const lineOf = (offset: number) => model.lineIndex.positionAt(offset).line;
  const letter = model.letters[index]!;
  return {
    number: letter.number,
    words: model.words,
    span: letter.span,
    heading: letter.heading,
    line: lineOf(letter.heading.start),
    editorialDate: letter.editorialDate && {
      span: letter.editorialDate.span,
      text: letter.editorialDate.text,
      value: letter.editorialDate.value,
    },
    body: letter.body,
    bodyLines: letter.bodyLines.map((span) => ({ span, line: lineOf(span.start) })),
    datelineStart: datelineLineStart(model, letter),
    notes: letter.notes.map((note) => ({
      number: note.number,
      span: note.span,
      numberSpan: note.numberSpan,
      textSpan: note.textSpan,
      line: lineOf(note.span.start),
    })),
    annotations: letterAnnotations(model, workspace, index, options),
  };
}

/** The start of the body line that holds the letter's dateline. */
function datelineLineStart(model: DocumentModel, letter: LetterSyntax): number | undefined {
  const dateline = datelineOf(model, letter);
  if (!dateline) return undefined;
  return letter.bodyLines.find((line) => line.start <= dateline.span.start && dateline.span.start < line.end)
    ?.start;
}
