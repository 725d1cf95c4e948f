import type { DocumentModel } from '../../analysis/model';
import { markersForNote, notesForMarker } from './notes';
import { resolveCrossReference } from '../crossReferences/crossReferenceChecks';
import type { Edition } from '../../analysis/edition';
import type { Span } from '../../syntax/span';
import type { LetterSyntax, NoteSyntax } from '../../syntax/tree';

/** A place in a document of the workspace. */
export interface Place {
  readonly model: DocumentModel;
  readonly span: Span;
}

/** The note(s) the element at `offset` is about: a marker's note, a note number's own note, a cross-reference's target. */
export function notesAt(
  model: DocumentModel,
  offset: number,
  workspace: Edition,
): { origin: Span; model: DocumentModel; letter: LetterSyntax; notes: NoteSyntax[] } | undefined {
  const element = model.elementAt(offset);
  if (!element) return undefined;
  switch (element.kind) {
    case 'marker':
      return {
        origin: element.marker.span,
        model,
        letter: element.letter,
        notes: notesForMarker(element.letter, element.marker),
      };
    case 'noteNumber':
      return { origin: element.note.numberSpan, model, letter: element.letter, notes: [element.note] };
    case 'crossReference': {
      const target = resolveCrossReference(model, element.letter, element.crossReference, workspace);
      if (!target.model || !target.letter) return undefined;
      return {
        origin: element.crossReference.span,
        model: target.model,
        letter: target.letter,
        notes: target.note ? [target.note] : [],
      };
    }
  }
}

/**
 * Every place that refers to a note: its markers in the letter and the cross-references to it
 * from anywhere in the workspace.
 */
export function referencesToNote(
  model: DocumentModel,
  letter: LetterSyntax,
  note: NoteSyntax,
  workspace: Edition,
): Place[] {
  const places: Place[] = markersForNote(letter, note).map((marker) => ({ model, span: marker.span }));
  const documents = [model, ...workspace.all().filter((document) => document.uri !== model.uri)];
  for (const document of documents) {
    for (const from of document.letters) {
      for (const reference of from.crossReferences) {
        if (reference.note !== note.number) continue;
        const target = resolveCrossReference(document, from, reference, workspace);
        if (target.note === note) places.push({ model: document, span: reference.span });
      }
    }
  }
  return places;
}
