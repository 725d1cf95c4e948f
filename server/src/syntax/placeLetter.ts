import type { DateDefect } from './dateDefects';
import type { DateMention } from './textDates';
import type { Span } from './span';
import type {
  CrossReferenceSyntax,
  EditorialDateSyntax,
  LetterSyntax,
  MarkerSyntax,
  NoteSyntax,
  NumberedParagraph,
} from './tree';

/**
 * The tree of a letter placed at `start` of its document: a letter is parsed from its own text
 * (offsets from 0, so the same text gives the same tree wherever it stands), and this is the one
 * place where its offsets become document offsets. Nothing is copied in place: the letter-relative
 * tree stays as it is, shared by every document and every position the text takes. Spans of the
 * letter itself are placed at once; its lists are placed on first read, so an edit does not pay for
 * the letters nobody looks at.
 *
 * Every field is named here (no spreading): a span added to the tree is a compile error until it
 * is placed too.
 */
export function placeLetter(tree: LetterSyntax, start: number): LetterSyntax {
  if (start === 0) return tree;
  let bodyLines: readonly Span[] | undefined;
  let remarks: readonly NumberedParagraph[] | undefined;
  let notes: readonly NoteSyntax[] | undefined;
  let markers: readonly MarkerSyntax[] | undefined;
  let crossReferences: readonly CrossReferenceSyntax[] | undefined;
  let dates: readonly DateMention[] | undefined;
  return {
    number: tree.number,
    span: at(tree.span, start),
    heading: at(tree.heading, start),
    numberSpan: at(tree.numberSpan, start),
    headingGlued: tree.headingGlued,
    editorialDate: tree.editorialDate && editorialDateAt(tree.editorialDate, start),
    body: at(tree.body, start),
    get bodyLines() {
      return (bodyLines ??= tree.bodyLines.map((line) => at(line, start)));
    },
    get remarks() {
      return (remarks ??= tree.remarks.map((remark) => paragraphAt(remark, start)));
    },
    get notes() {
      return (notes ??= tree.notes.map((note) => noteAt(note, start)));
    },
    get markers() {
      return (markers ??= tree.markers.map((marker) => ({
        number: marker.number,
        span: at(marker.span, start),
      })));
    },
    get crossReferences() {
      return (crossReferences ??= tree.crossReferences.map((reference) =>
        crossReferenceAt(reference, start),
      ));
    },
    get dates() {
      return (dates ??= tree.dates.map((mention) => dateAt(mention, start)));
    },
  };
}

function at(range: Span, start: number): Span {
  return { start: range.start + start, end: range.end + start };
}

function optionalAt(range: Span | undefined, start: number): Span | undefined {
  return range && at(range, start);
}

function paragraphAt(paragraph: NumberedParagraph, start: number): NumberedParagraph {
  return {
    number: paragraph.number,
    span: at(paragraph.span, start),
    numberSpan: at(paragraph.numberSpan, start),
  };
}

function noteAt(note: NoteSyntax, start: number): NoteSyntax {
  return {
    number: note.number,
    span: at(note.span, start),
    numberSpan: at(note.numberSpan, start),
    textSpan: at(note.textSpan, start),
    glued: note.glued,
  };
}

function crossReferenceAt(reference: CrossReferenceSyntax, start: number): CrossReferenceSyntax {
  return {
    span: at(reference.span, start),
    letter: reference.letter,
    letterSpan: optionalAt(reference.letterSpan, start),
    note: reference.note,
    noteSpan: optionalAt(reference.noteSpan, start),
  };
}

function editorialDateAt(date: EditorialDateSyntax, start: number): EditorialDateSyntax {
  return {
    span: at(date.span, start),
    inner: at(date.inner, start),
    text: date.text,
    closed: date.closed,
    value: date.value,
    defect: date.defect && defectAt(date.defect, start),
  };
}

/** Optional fields stay absent when they are (a placed tree equals the tree parsed in place). */
function dateAt(mention: DateMention, start: number): DateMention {
  return {
    span: at(mention.span, start),
    kind: mention.kind,
    date: mention.date,
    ...('until' in mention && { until: mention.until }),
    ...('weekday' in mention && {
      weekday: mention.weekday && { index: mention.weekday.index, span: at(mention.weekday.span, start) },
    }),
    ...('defect' in mention && { defect: mention.defect && defectAt(mention.defect, start) }),
  };
}

/** A defect placed: its span, and the place of a missing space. */
function defectAt(defect: DateDefect, start: number): DateDefect {
  const placed = { ...defect, span: at(defect.span, start) };
  return placed.kind === 'gluedYear' ? { ...placed, at: placed.at + start } : placed;
}
