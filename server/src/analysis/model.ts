import { composeChange, type TextChange } from '../syntax/incremental';
import { LineIndex } from '../syntax/lineIndex';
import { touches, type Span } from '../syntax/span';
import type { DocumentSyntax, LetterSyntax, MarkerSyntax, NoteSyntax } from '../syntax/tree';
import {
  LetterOutline,
  lastStartingAtOrBefore,
  rereadLetters,
  type AnalysedLetter,
  type DocumentLetters,
} from './documentLetters';
import type { LetterAnalysis } from './letterTable';
import { DEFAULT_WORDS, sameWords, type EditionWords } from '../syntax/vocabulary';

/**
 * The analysed form of one document version: its letters (each a shared letter analysis placed at
 * its start, see `documentLetters.ts`) plus the look-ups every feature needs. Immutable; build one
 * per document version (see {@link ModelCache}). Read with the words of its edition (`Edition.words`),
 * English and `Letter` unless given others: the words travel with the model to every reader.
 */
export class DocumentModel {
  readonly lineIndex: LineIndex;
  /** Every letter read, once something asked for them all. */
  private allRead: DocumentLetters | undefined;
  /** Until then, the letters found by their headings, each read when first asked (see {@link letterAt}). */
  private outline: LetterOutline | undefined;

  constructor(
    readonly uri: string,
    readonly version: number,
    readonly text: string,
    letters: DocumentLetters | EditionWords = DEFAULT_WORDS,
    lineIndex?: LineIndex,
  ) {
    this.lineIndex = lineIndex ?? new LineIndex(text);
    if ('syntax' in letters) this.allRead = letters;
    else this.outline = new LetterOutline(text, letters);
  }

  /**
   * Every letter, read on first request: a hover or a definition right after a large document
   * opens reads only the letter it is on ({@link letterAt}), the first diagnostics read them all.
   */
  private get read(): DocumentLetters {
    if (!this.allRead) {
      this.allRead = (this.outline as LetterOutline).complete();
      this.outline = undefined;
    }
    return this.allRead;
  }

  /** The edition's words the document was read with: its language and heading word. */
  get words(): EditionWords {
    return this.allRead?.words ?? (this.outline as LetterOutline).words;
  }

  /**
   * The model of `text`, made from the model of the text before `change`: only the letters and
   * lines around the change are read again (see {@link rereadLetters}).
   */
  static edited(previous: DocumentModel, version: number, text: string, change: TextChange): DocumentModel {
    return new DocumentModel(
      previous.uri,
      version,
      text,
      rereadLetters(previous.read, text, change),
      LineIndex.edited(previous.lineIndex, text, change),
    );
  }

  /** The tree in document offsets. */
  get syntax(): DocumentSyntax {
    return this.read.syntax;
  }

  /** The shared analysis of each letter (letter-relative), in the order of {@link letters}. */
  get letterAnalyses(): readonly LetterAnalysis[] {
    return this.read.analyses;
  }

  get letters(): readonly LetterSyntax[] {
    return this.syntax.letters;
  }

  private byNumber: Map<number, LetterSyntax> | undefined;

  /** The first letter numbered `number`, from an index built on first use (cross-references ask often). */
  letterNumbered(number: number): LetterSyntax | undefined {
    if (!this.byNumber) {
      this.byNumber = new Map();
      for (const letter of this.letters)
        if (!this.byNumber.has(letter.number)) this.byNumber.set(letter.number, letter);
    }
    return this.byNumber.get(number);
  }

  /**
   * The letter containing `offset`: the last one starting at or before it, so a cursor at the
   * start of a heading is in the new letter, not at the end of the previous one. Undefined before
   * the first letter.
   */
  letterAt(offset: number): LetterSyntax | undefined {
    const index = this.letterIndexAt(offset);
    const found = this.analysedLetter(index)?.placed;
    return found && offset <= found.span.end ? found : undefined;
  }

  /**
   * The index (in {@link letters}) of the last letter starting at or before `offset`, -1 before the
   * first letter; it reads no letter.
   */
  letterIndexAt(offset: number): number {
    if (this.outline) return this.outline.indexAt(offset);
    const letters = this.syntax.letters;
    return lastStartingAtOrBefore(
      letters.length,
      (index) => (letters[index] as LetterSyntax).span.start,
      offset,
    );
  }

  /** Where letter `index` of {@link letters} starts; it reads no letter. */
  letterStart(index: number): number | undefined {
    if (this.outline) return index >= 0 && index < this.outline.count ? this.outline.start(index) : undefined;
    return this.syntax.letters[index]?.span.start;
  }

  /** Letter `index` of {@link letters} and its analysis; read alone if the others are not read yet. */
  analysedLetter(index: number): AnalysedLetter | undefined {
    if (this.outline)
      return index >= 0 && index < this.outline.count ? this.outline.letter(index) : undefined;
    const placed = this.syntax.letters[index];
    const analysis = this.read.analyses[index];
    return placed && analysis ? { placed, analysis } : undefined;
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

/** Cache keyed by a letter's analysis (so by its text): what other documents' checks read of it. */
const letterCrossFileKey = new WeakMap<LetterAnalysis, string>();

/**
 * What other files' checks read of a document, as one string: each letter's number, its notes'
 * numbers (sequence, cross-references) and its editorial date (the chronology of the next file's
 * first letter), as `11:1,2@[3 May 1926];12:1,2,3@[9 May 1926]`. An edit that leaves it as it was
 * changes no other file's letter checks. Kept per letter analysis, so an edit computes it only for
 * the letters it read again.
 */
export function crossFileKey(model: DocumentModel): string {
  return model.letterAnalyses
    .map((analysis) => {
      let key = letterCrossFileKey.get(analysis);
      if (key === undefined) {
        const { number, notes, editorialDate } = analysis.tree;
        key = `${number}:${notes.map((note) => note.number)}@${editorialDate?.text ?? ''}`;
        letterCrossFileKey.set(analysis, key);
      }
      return key;
    })
    .join(';');
}

/**
 * Keeps the model of each document's latest version, so that every request for one version
 * shares a single parse.
 */
export class ModelCache {
  private readonly models = new Map<string, DocumentModel>();
  /** For each document, what the edits since its cached model changed. */
  private readonly changes = new Map<string, TextChange>();

  /**
   * Records an edit of a document: `[start, end)` of its text replaced by `length` code units. The
   * next {@link get} then re-parses only around the edits made since the cached model.
   */
  edit(uri: string, start: number, end: number, length: number): void {
    if (this.models.has(uri)) this.changes.set(uri, composeChange(this.changes.get(uri), start, end, length));
  }

  /**
   * The model of `uri` at `version` read with `words`, parsing `text` only when that version has
   * not been seen with them, and then only around the recorded edits when the cached model is their
   * starting point.
   */
  get(uri: string, version: number, text: string, words: EditionWords = DEFAULT_WORDS): DocumentModel {
    const cached = this.models.get(uri);
    const sameRead = cached !== undefined && sameWords(cached.words, words);
    if (sameRead && cached.version === version && cached.text.length === text.length) return cached;
    const change = this.changes.get(uri);
    this.changes.delete(uri);
    const model =
      sameRead && change && cached.text.length + change.newEnd - change.oldEnd === text.length
        ? DocumentModel.edited(cached, version, text, change)
        : new DocumentModel(uri, version, text, words);
    this.models.set(uri, model);
    return model;
  }

  /** Forgets a document (closed or deleted). */
  delete(uri: string): void {
    this.models.delete(uri);
    this.changes.delete(uri);
  }
}
