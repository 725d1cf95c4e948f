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
  return workspace.registers
    .letterMentions(model, index)
    .map(({ mention, entry, index: kind }) =>
      mentionAnnotation(kind.kind, entry, mention.span, kind.kind.summary?.(entry)),
    );
}
