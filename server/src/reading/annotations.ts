/**
 * The one list of annotations: what every topic marks in a document's letters (`Topic.annotate`),
 * gathered per letter. The preview, the website, TEI and CMIF read only this.
 */
import type { DocumentModel } from '../analysis/model';
import type { Edition } from '../analysis/edition';
import type { LetterAnalysis } from '../analysis/letterTable';
import { shiftSpan } from '../syntax/span';
import { TOPICS } from '../topics';
import type { Annotation } from '../topics/annotation';

/** What a reader asks of the annotations beyond what is always listed. */
export interface AnnotationOptions {
  /** Text damage with one correction (`damage` annotations); off by default, since it runs the text-damage check. */
  readonly corrections?: boolean;
}

/** A letter's annotations as last listed, with what they were listed from besides the letter's text. */
interface Kept {
  /** The letter's start in the document they were listed in: a letter moved by an edit before it is shifted. */
  readonly start: number;
  /** {@link annotationDependencies} when they were listed. */
  readonly dependencies: string;
  readonly annotations: readonly Annotation[];
}

/**
 * Per letter analysis (one letter's text, shared by every version of the document that still has
 * it): its annotations without corrections. The preview asks after every edit; the letters the
 * edit did not touch are not annotated again. Corrections are never kept: they depend on the
 * edition's word table, which any file changes.
 */
const kept = new WeakMap<LetterAnalysis, Kept>();

/** A number per edition, since a letter's text may stand in two editions of one process (tests, a CLI given two folders). */
const editionNumbers = new WeakMap<Edition, number>();
let nextEditionNumber = 0;

/**
 * What every letter's annotations depend on besides the letter's text, as one string: the edition,
 * its register kinds' generations (a mention's entry and title) and its words (a date's title). A
 * reader that keeps what it made of a letter's annotations keeps it while this string stays.
 */
export function annotationDependencies(workspace: Edition): string {
  let edition = editionNumbers.get(workspace);
  if (edition === undefined) editionNumbers.set(workspace, (edition = nextEditionNumber++));
  const { words } = workspace;
  // The names a kind shares with persons count in its generation: brought up to date first.
  workspace.registers.updateContested();
  const generations = workspace.registers.kinds.map((kind) => kind.generation).join(' ');
  return `${edition} ${generations} ${words.language.code} ${words.headingWord}`;
}

/**
 * The annotations of letter `index` of a document (its index in `model.letters`), in text order,
 * an enclosing annotation before what it encloses. An annotation that does not lie inside the
 * letter is left out.
 */
export function letterAnnotations(
  model: DocumentModel,
  workspace: Edition,
  index: number,
  options: AnnotationOptions = {},
): readonly Annotation[] {
  const letter = model.letters[index];
  const analysis = model.letterAnalyses[index];
  if (!letter || !analysis) return [];
  const corrections = options.corrections === true;
  const dependencies = annotationDependencies(workspace);
  const start = letter.span.start;
  const found = corrections ? undefined : kept.get(analysis);
  if (found && found.dependencies === dependencies) {
    if (found.start === start) return found.annotations;
    const shift = start - found.start;
    const annotations = found.annotations.map((annotation) => ({
      ...annotation,
      span: shiftSpan(annotation.span, shift),
    }));
    kept.set(analysis, { ...found, start, annotations });
    return annotations;
  }
  const context = { model, workspace, corrections };
  const annotations = TOPICS.flatMap((topic) => topic.annotate?.(context, index) ?? [])
    .filter((annotation) => annotation.span.start >= start && annotation.span.end <= letter.span.end)
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  if (!corrections) kept.set(analysis, { start, dependencies, annotations });
  return annotations;
}
