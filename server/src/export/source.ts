import { DIAGNOSTIC_CODES } from '../analysis/codes';
import { letterAnnotations, type AnnotationKind, type LetterAnnotation } from '../analysis/annotations';
import type { DocumentModel } from '../analysis/model';
import type { Problem } from '../analysis/problems';
import type { Person } from '../analysis/registers/kinds/persons';
import type { Edition } from '../analysis/edition';
import type { CalendarDate } from '../syntax/calendar';
import type { EditorialDate } from '../syntax/editorialDates';
import type { Span } from '../syntax/span';
import type { LetterSyntax } from '../syntax/tree';
import { datelineOf } from '../topics/dates/dateChecks';
import type { Organisation } from '../analysis/registers/kinds/organisations';
import type { Place } from '../analysis/registers/kinds/places';
import { registersOf } from '../analysis/registers/workspaceRegisters';
import { documentProblems } from '../topics/diagnose';

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
  /** Start of the body line that is the letter's dateline (docs/format.md), if it has one. */
  readonly datelineStart: number | undefined;
  readonly notes: readonly { readonly number: number; readonly span: Span; readonly numberSpan: Span }[];
  /** Inline elements of the body and notes, in text order, an enclosing one first. */
  readonly inline: readonly InlineElement[];
}

/** A marked-up stretch of running text. */
export type InlineElement =
  | Extract<LetterAnnotation, { kind: 'marker' | 'crossReference' | 'person' }>
  /** A date of the running text; a body date without a year has the letter's (docs/format.md). */
  | { readonly kind: 'date'; readonly span: Span; readonly date: CalendarDate; readonly until?: CalendarDate }
  | { readonly kind: 'place' | 'organisation'; readonly span: Span; readonly entryId: string }
  /**
   * Text damage with exactly one correction: the text the span reads as corrected; `uncertain`
   * when the check itself only suggests it (a code of information severity).
   */
  | {
      readonly kind: 'damage';
      readonly span: Span;
      readonly correction: string;
      readonly uncertain: boolean;
    };

/** The annotations of the model the exporters write. */
const EXPORTED_KINDS: ReadonlySet<AnnotationKind> = new Set(['marker', 'crossReference', 'person', 'date']);

/** The edition as the exporters see it. */
export interface ExportEdition {
  readonly documents: readonly { readonly text: string; readonly letters: readonly ExportLetter[] }[];
  readonly persons: readonly Person[];
  readonly places: readonly Place[];
  readonly organisations: readonly Organisation[];
}

/** What an export includes beyond the text and its mentions. */
export interface ExportOptions {
  /** The text damage that has one correction, for `choice`/`sic`/`corr` (off: nothing is corrected). */
  readonly corrections?: boolean;
}

/** Reads the workspace's documents and registers into the exporters' view. */
export function exportEdition(workspace: Edition, options: ExportOptions = {}): ExportEdition {
  const registers = registersOf(workspace);
  const entriesOf = (name: string) =>
    registers.kinds.find((index) => index.kind.name === name)?.entries ?? [];
  return {
    persons: workspace.persons.persons,
    places: entriesOf('places') as readonly Place[],
    organisations: entriesOf('organisations') as readonly Organisation[],
    documents: workspace.edition().map((model) => {
      const registerMentions = registers.mentions(model).flatMap(({ mention, index }): InlineElement[] =>
        index.kind.name === 'places' || index.kind.name === 'organisations'
          ? [
              {
                kind: index.kind.name === 'places' ? 'place' : 'organisation',
                span: mention.span,
                entryId: mention.entryId,
              },
            ]
          : [],
      );
      const problems = options.corrections ? documentProblems(model, workspace) : [];
      return {
        text: model.text,
        letters: model.letters.map((letter) =>
          exportLetter(workspace, model, letter, registerMentions, problems),
        ),
      };
    }),
  };
}

function exportLetter(
  workspace: Edition,
  model: DocumentModel,
  letter: LetterSyntax,
  registerMentions: readonly InlineElement[],
  /** The document's problems when corrections are asked for, else none. */
  problems: readonly Problem[],
): ExportLetter {
  const inside = (span: Span) => span.start >= letter.span.start && span.end <= letter.span.end;
  const year = letter.editorialDate?.value?.date.year;
  const inline: InlineElement[] = letterAnnotations(model, letter, workspace.persons, EXPORTED_KINDS).flatMap(
    (annotation): InlineElement[] => {
      if (annotation.kind !== 'date') return [annotation];
      const { mention } = annotation;
      // A defective date (malformed, impossible) is left as text: its value is not known.
      if (mention.problem) return [];
      const inBody = mention.span.start < letter.body.end;
      const resolve = (date: CalendarDate): CalendarDate =>
        date.year === undefined && inBody && year !== undefined && date.day !== undefined
          ? { ...date, year }
          : date;
      return [
        {
          kind: 'date',
          span: mention.span,
          date: resolve(mention.date),
          ...(mention.until ? { until: resolve(mention.until) } : {}),
        },
      ];
    },
  );
  inline.push(...registerMentions.filter((mention) => inside(mention.span)));
  inline.push(...corrections(model, letter, problems));
  inline.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
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
    datelineStart: datelineLineStart(model, letter),
    notes: letter.notes.map((note) => ({
      number: note.number,
      span: note.span,
      numberSpan: note.numberSpan,
    })),
    inline,
  };
}

/**
 * The text damage (`text.*`, from the document's problems) of a letter that has exactly one correction, whose replacements all lie in
 * the damaged span: what the span reads as once corrected.
 */
function corrections(
  model: DocumentModel,
  letter: LetterSyntax,
  problems: readonly Problem[],
): InlineElement[] {
  const inside = (span: Span) => span.start >= letter.body.start && span.end <= letter.span.end;
  const damage = problems.filter((problem) => problem.code.startsWith('text.') && inside(problem.span));
  return damage.flatMap((problem): InlineElement[] => {
    // A fix aimed at another file (adding the word to the edition's word list) corrects nothing here.
    const [fix, ...others] = problem.fixes.filter((candidate) => candidate.uri === undefined);
    if (!fix || others.length > 0) return [];
    const { span } = problem;
    // A correction is inline: one that joins two paragraphs (a broken paragraph) has no place in a `p`.
    if (/\n[^\S\n]*\n/u.test(model.text.slice(span.start, span.end).replace(/\r/gu, ''))) return [];
    const replacements = [...fix.replacements].sort((a, b) => a.span.start - b.span.start);
    if (replacements.some((edit) => edit.span.start < span.start || edit.span.end > span.end)) return [];
    let correction = '';
    let position = span.start;
    for (const edit of replacements) {
      if (edit.span.start < position) return [];
      correction += model.text.slice(position, edit.span.start) + edit.newText;
      position = edit.span.end;
    }
    correction += model.text.slice(position, span.end);
    const uncertain = DIAGNOSTIC_CODES[problem.code].severity === 'information';
    return [{ kind: 'damage', span, correction, uncertain }];
  });
}

/** The start of the body line that holds the letter's dateline. */
export function datelineLineStart(model: DocumentModel, letter: LetterSyntax): number | undefined {
  const dateline = datelineOf(model, letter);
  if (!dateline) return undefined;
  return letter.bodyLines.find((line) => line.start <= dateline.span.start && dateline.span.start < line.end)
    ?.start;
}
