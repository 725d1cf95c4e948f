/**
 * The one module of the renderer that reads the edition model: it turns a document's model into
 * the plain {@link LetterSource} records the rest of `render/` works on, so a change of the model's
 * shape touches only this file.
 */
import { letterAnnotations, type AnnotationKind } from '../analysis/annotations';
import type { DocumentModel } from '../analysis/model';
import type { Edition } from '../analysis/edition';
import { longDate, type CalendarDate } from '../syntax/calendar';
import type { DateMention } from '../syntax/textDates';
import type { Span } from '../syntax/span';
import type { LetterSyntax } from '../syntax/tree';
import { datelineOf } from '../topics/dates/dateChecks';

/** A span of the text to annotate inline: a marker, a date, a person mention. */
export type Annotation =
  | { readonly kind: 'marker'; readonly span: Span; readonly number: number }
  | { readonly kind: 'date'; readonly span: Span; readonly title: string }
  | { readonly kind: 'person'; readonly span: Span; readonly title: string };

/** A note of a letter as the renderer needs it. */
export interface NoteSource {
  readonly number: number;
  /** The note's text after its number. */
  readonly textSpan: Span;
  readonly line: number;
}

/** One letter as the renderer needs it: spans into the document's text, with their annotations. */
export interface LetterSource {
  readonly number: number;
  /** Offset of the letter's first character (its heading, or the text a glued heading ends). */
  readonly start: number;
  readonly line: number;
  readonly editorialDate: { readonly text: string; readonly title: string | undefined } | undefined;
  /** Non-blank body lines with their 0-based line numbers. */
  readonly bodyLines: readonly { readonly span: Span; readonly line: number }[];
  /** The body line that is the letter's dateline, if any. */
  readonly datelineStart: number | undefined;
  readonly notes: readonly NoteSource[];
  /** Markers, dates and person mentions of the letter, sorted by start. */
  readonly annotations: readonly Annotation[];
}

/** The annotations the renderer marks up. */
const RENDERED_KINDS: ReadonlySet<AnnotationKind> = new Set(['marker', 'date', 'person']);

/** The letters of a document, read from its model (and the workspace's person registers). */
export function lettersOf(model: DocumentModel, workspace: Edition | undefined): LetterSource[] {
  const lineOf = (offset: number) => model.lineIndex.positionAt(offset).line;
  return model.letters.map((letter) => {
    const annotations = letterAnnotations(model, letter, workspace?.persons, RENDERED_KINDS).flatMap(
      (annotation): Annotation[] => {
        switch (annotation.kind) {
          case 'marker':
            return [{ kind: 'marker', span: annotation.span, number: annotation.note }];
          case 'date':
            return [{ kind: 'date', span: annotation.span, title: dateTitle(letter, annotation.mention) }];
          case 'person': {
            const person = workspace?.persons.person(annotation.personId);
            if (!person) return [];
            const title = person.description ? `${person.name}: ${person.description}` : person.name;
            return [{ kind: 'person', span: annotation.span, title }];
          }
          default:
            return [];
        }
      },
    );
    const value = letter.editorialDate?.value;
    return {
      number: letter.number,
      start: letter.span.start,
      line: lineOf(letter.heading.start),
      editorialDate: letter.editorialDate && {
        text: letter.editorialDate.text,
        title: value ? range(value.date, value.until) : undefined,
      },
      bodyLines: letter.bodyLines.map((span) => ({ span, line: lineOf(span.start) })),
      datelineStart: datelineLine(model, letter),
      notes: letter.notes.map((note) => ({
        number: note.number,
        textSpan: note.textSpan,
        line: lineOf(note.span.start),
      })),
      annotations,
    };
  });
}

function datelineLine(model: DocumentModel, letter: LetterSyntax): number | undefined {
  const dateline = datelineOf(model, letter);
  if (!dateline) return undefined;
  return letter.bodyLines.find((line) => line.start <= dateline.span.start && dateline.span.start < line.end)
    ?.start;
}

/** The full form of a date as a tooltip; a running-text date without a year takes the letter's. */
function dateTitle(letter: LetterSyntax, mention: DateMention): string {
  const year = letter.editorialDate?.value?.date.year;
  const inBody = mention.span.start < letter.body.end;
  const resolve = (date: CalendarDate): CalendarDate =>
    date.year === undefined && inBody && year !== undefined && date.day !== undefined
      ? { ...date, year }
      : date;
  return range(resolve(mention.date), mention.until && resolve(mention.until));
}

function range(date: CalendarDate, until: CalendarDate | undefined): string {
  return until ? `${longDate(date)} \u2013 ${longDate(until)}` : longDate(date);
}
