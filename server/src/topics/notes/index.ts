import {
  targetIn,
  type Highlight,
  type Navigation,
  type Target,
  type Topic,
  type TopicContext,
} from '../topic';
import type { Annotation } from '../annotation';
import { noteHover } from './hover';
import { notesAt, referencesToNote } from './navigation';
import { letterNoteProblems } from './noteChecks';

/**
 * Notes and their markers: the numbering checks of a letter; hover, definition, references and
 * highlights on a marker, a note number or a cross-reference (whose target is a note or a letter).
 */
export const notesTopic: Topic = {
  name: 'notes',
  checkLetter: letterNoteProblems,
  describe: ({ model, workspace }, offset) => noteHover(model, offset, workspace),
  navigate: noteNavigation,
  references: noteReferences,
  highlights: noteHighlights,
  annotate: ({ model }, index) =>
    (model.letters[index]?.markers ?? []).map((marker): Annotation => ({
      kind: 'marker',
      span: marker.span,
      note: marker.number,
      title: undefined,
    })),
};

/** From a marker to its note; from a cross-reference to the note, or to the letter when it names no note. */
function noteNavigation({ model, workspace }: TopicContext, offset: number): Navigation | undefined {
  const found = notesAt(model, offset, workspace);
  if (!found) return undefined;
  if (found.notes.length > 0)
    return {
      origin: found.origin,
      targets: found.notes.map((note) => targetIn(found.model, note.span, note.numberSpan)),
    };
  const element = model.elementAt(offset);
  const namesLetterOnly = element?.kind === 'crossReference' && element.crossReference.note === undefined;
  return {
    origin: found.origin,
    targets: namesLetterOnly ? [targetIn(found.model, found.letter.span, found.letter.heading)] : [],
  };
}

/** Every marker of the note and every cross-reference to it in the workspace; the note's number first when asked. */
function noteReferences(
  { model, workspace }: TopicContext,
  offset: number,
  includeDeclaration: boolean,
): Target[] | undefined {
  const found = notesAt(model, offset, workspace);
  if (!found) return undefined;
  return found.notes.flatMap((note) => [
    ...(includeDeclaration ? [targetIn(found.model, note.numberSpan)] : []),
    ...referencesToNote(found.model, found.letter, note, workspace).map((place) =>
      targetIn(place.model, place.span),
    ),
  ]);
}

/** On a marker or a note number: the note's number and all its markers in the letter. */
function noteHighlights({ model }: TopicContext, offset: number): Highlight[] | undefined {
  const element = model.elementAt(offset);
  if (!element) return undefined;
  if (element.kind === 'crossReference') return [];
  const number = element.kind === 'marker' ? element.marker.number : element.note.number;
  return [
    ...element.letter.notes
      .filter((note) => note.number === number)
      .map((note): Highlight => ({ span: note.numberSpan, role: 'definition' })),
    ...element.letter.markers
      .filter((marker) => marker.number === number)
      .map((marker): Highlight => ({ span: marker.span, role: 'reference' })),
  ];
}
