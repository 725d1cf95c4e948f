/**
 * The one list of annotations: what every topic marks in a document's letters (`Topic.annotate`),
 * gathered and cut at the letters. The preview, the website, TEI and CMIF read only this.
 */
import type { DocumentModel } from '../analysis/model';
import type { Edition } from '../analysis/edition';
import { TOPICS } from '../topics';
import type { Annotation } from '../topics/annotation';

/** What a reader asks of the annotations beyond what is always listed. */
export interface AnnotationOptions {
  /** Text damage with one correction (`damage` annotations); off by default, since it runs the text-damage check. */
  readonly corrections?: boolean;
}

/**
 * The annotations of each letter of a document (index by index with `model.letters`), in text
 * order, an enclosing annotation before what it encloses. An annotation that lies across two
 * letters belongs to neither.
 */
export function letterAnnotations(
  model: DocumentModel,
  workspace: Edition,
  options: AnnotationOptions = {},
): Annotation[][] {
  const context = { model, workspace, corrections: options.corrections === true };
  const all = TOPICS.flatMap((topic) => topic.annotate?.(context) ?? []).sort(
    (a, b) => a.span.start - b.span.start || b.span.end - a.span.end,
  );
  const byLetter: Annotation[][] = model.letters.map(() => []);
  let letter = 0;
  for (const annotation of all) {
    while (letter < model.letters.length && annotation.span.start >= model.letters[letter]!.span.end)
      letter++;
    const span = model.letters[letter]?.span;
    if (span && annotation.span.start >= span.start && annotation.span.end <= span.end)
      byLetter[letter]!.push(annotation);
  }
  return byLetter;
}
