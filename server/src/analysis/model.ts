import { LineIndex } from '../syntax/lineIndex';
import { parseDocument } from '../syntax/parseDocument';
import { touches, type Span } from '../syntax/span';
import type { DocumentSyntax, LetterSyntax, MarkerSyntax, NoteSyntax } from '../syntax/tree';

/**
 * The analysed form of one document version: its syntax tree plus the look-ups every feature
 * needs. Immutable; build one per document version (see {@link ModelCache}).
 */
export class DocumentModel {
  readonly lineIndex: LineIndex;
  readonly syntax: DocumentSyntax;

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: string,
    syntax?: DocumentSyntax,
  ) {
    this.lineIndex = new LineIndex(text);
    this.syntax = syntax ?? parseDocument(text);
  }

  get letters(): readonly LetterSyntax[] {
    return this.syntax.letters;
  }

  /** The letter containing `offset`, found by binary search over the letters in text order. */
  letterAt(offset: number): LetterSyntax | undefined {
    const letters = this.syntax.letters;
    let low = 0;
    let high = letters.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const letter = letters[middle] as LetterSyntax;
      if (offset < letter.span.start) high = middle - 1;
      else if (offset > letter.span.end) low = middle + 1;
      else return letter;
    }
    return undefined;
  }

  /** The note, marker or cross-reference under `offset`, with its letter. */
  elementAt(offset: number): ElementAt | undefined {
    const letter = this.letterAt(offset);
    if (!letter) return undefined;
    const marker = letter.markers.find((candidate) => touches(candidate.span, offset));
    if (marker) return { kind: 'marker', letter, marker };
    const crossReference = letter.crossReferences.find((candidate) => touches(candidate.span, offset));
    if (crossReference) return { kind: 'crossReference', letter, crossReference };
    const note = letter.notes.find((candidate) => touches(candidate.numberSpan, offset));
    if (note) return { kind: 'noteNumber', letter, note };
    return undefined;
  }

  /** The note whose text contains `offset`. */
  noteAt(offset: number): { letter: LetterSyntax; note: NoteSyntax } | undefined {
    const letter = this.letterAt(offset);
    const note = letter?.notes.find((candidate) => touches(candidate.span, offset));
    return letter && note ? { letter, note } : undefined;
  }

  /** The text of a span. */
  textOf(range: Span): string {
    return this.text.slice(range.start, range.end);
  }
}

/** What the cursor is on. */
export type ElementAt =
  | { kind: 'marker'; letter: LetterSyntax; marker: MarkerSyntax }
  | { kind: 'noteNumber'; letter: LetterSyntax; note: NoteSyntax }
  | { kind: 'crossReference'; letter: LetterSyntax; crossReference: LetterSyntax['crossReferences'][number] };

/** Notes of a letter with the given number (more than one when the numbering has a duplicate). */
export function notesNumbered(letter: LetterSyntax, number: number): NoteSyntax[] {
  return letter.notes.filter((note) => note.number === number);
}

/** Markers of a letter that point to note `number`. */
export function markersNumbered(letter: LetterSyntax, number: number): MarkerSyntax[] {
  return letter.markers.filter((marker) => marker.number === number);
}

/**
 * Keeps the model of each document's latest version, so that every request for one version
 * shares a single parse.
 */
export class ModelCache {
  private readonly models = new Map<string, DocumentModel>();

  /** The model of `uri` at `version`, parsing `text` only when that version has not been seen. */
  get(uri: string, version: number, text: string): DocumentModel {
    const cached = this.models.get(uri);
    if (cached && cached.version === version && cached.text.length === text.length) return cached;
    const model = new DocumentModel(uri, version, text);
    this.models.set(uri, model);
    return model;
  }

  /** Forgets a document (closed or deleted). */
  delete(uri: string): void {
    this.models.delete(uri);
  }
}
