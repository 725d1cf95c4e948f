import type { Span } from '../../syntax/span';
import type { Annotation, AnnotationContext } from '../annotation';
import type { RegisterEntry, RegisterKind } from '../../analysis/registers/kind';

/** A register kind as a mention names it: its name and its word for one entry. */
export type MentionedKind = Pick<RegisterKind, 'name' | 'singular'>;

/**
 * The one annotation of a name of a register entry, whatever its kind: the entry's id and
 * preferred name, and as title the name followed by what the entry is (`summary`), when known.
 */
export function mentionAnnotation(
  kind: MentionedKind,
  entry: Pick<RegisterEntry, 'id' | 'name'>,
  span: Span,
  summary: string | undefined,
): Annotation {
  return {
    kind: 'mention',
    span,
    register: kind.name,
    singular: kind.singular,
    entryId: entry.id,
    name: entry.name,
    title: summary ? `${entry.name}: ${summary}` : entry.name,
  };
}

/** The names of register entries of every kind of `REGISTER_KINDS` in a letter of a document. */
export function registerAnnotations({ model, workspace }: AnnotationContext, index: number): Annotation[] {
  const letter = model.letters[index];
  if (!letter) return [];
  const mentions = workspace.registers.mentions(model);
  // The mentions are in text order: the letter's are one run of them, found by bisection.
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle]!.mention.span.start < letter.span.start) low = middle + 1;
    else high = middle;
  }
  const annotations: Annotation[] = [];
  for (let at = low; at < mentions.length; at++) {
    const { mention, entry, index: kind } = mentions[at]!;
    if (mention.span.start >= letter.span.end) break;
    annotations.push(mentionAnnotation(kind.kind, entry, mention.span, kind.kind.summary?.(entry)));
  }
  return annotations;
}
