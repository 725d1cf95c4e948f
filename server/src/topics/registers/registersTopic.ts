import type { DocumentModel } from '../../analysis/model';
import { fileName } from '../../analysis/edition';
import { isoDate } from '../../syntax/calendar';
import {
  targetIn,
  type Highlight,
  type Suggestion,
  type Target,
  type Topic,
  type TopicContext,
} from '../topic';
import { registerAnnotations } from './annotate';
import type { RegisterEntry } from '../../analysis/registers/kind';
import type { RegisterIndex } from '../../analysis/registers/registerIndex';
import { registersOf, type FoundMention } from '../../analysis/registers/workspaceRegisters';

// The capitalised word being typed (`Polit`, `NK`): lower-case prose gets no register names.
const NAME_PREFIX = /\p{Lu}[\p{L}\p{M}'’-]*$/u;

/** The register entry as a target: the whole entry, its name selected. */
function entryTarget(context: TopicContext, index: RegisterIndex, entry: RegisterEntry): Target | undefined {
  const lineIndex = registersOf(context.workspace).lineIndexOf(index, entry.uri);
  return lineIndex ? { uri: entry.uri, lineIndex, span: entry.span, selection: entry.nameSpan } : undefined;
}

/** Every mention of an entry in the workspace's letters documents, in URI and text order. */
function mentionsOf(
  context: TopicContext,
  found: FoundMention,
): { model: DocumentModel; mention: FoundMention['mention'] }[] {
  const registers = registersOf(context.workspace);
  return context.workspace.all().flatMap((model) =>
    registers
      .mentions(model)
      .filter(({ index, entry }) => index === found.index && entry.id === found.entry.id)
      .map(({ mention }) => ({ model, mention })),
  );
}

/** `Mentioned 3 times in 2 letters.` across the workspace. */
function whereMentioned(context: TopicContext, found: FoundMention): string {
  const places = mentionsOf(context, found);
  const letters = new Set(
    places.map(({ model, mention }) => `${model.uri}#${model.letterAt(mention.span.start)?.number ?? ''}`),
  );
  const files = new Set(places.map(({ model }) => fileName(model.uri)));
  return `Mentioned ${places.length} time${places.length === 1 ? '' : 's'} in ${letters.size} letter${letters.size === 1 ? '' : 's'}${files.size > 1 ? ` of ${files.size} files` : ''}.`;
}

/**
 * The registers of places, organisations and terms: hover (a place under the name in force at
 * the letter's editorial date), definition (the register entry), references across the
 * workspace, highlights and completion of the registered names. Generic over `REGISTER_KINDS`.
 */
export const registersTopic: Topic = {
  name: 'registers',
  describe(context, offset) {
    const found = registersOf(context.workspace).mentionAt(context.model, offset);
    if (!found) return undefined;
    const value = context.model.letterAt(offset)?.editorialDate?.value;
    const date = value ? isoDate(value.date) : undefined;
    const markdown = [
      found.index.kind.describe(found.entry, { date }),
      '',
      `*${found.index.kind.singular}* · ${whereMentioned(context, found)}`,
    ].join('\n');
    return { span: found.mention.span, markdown };
  },
  navigate(context, offset) {
    const found = registersOf(context.workspace).mentionAt(context.model, offset);
    if (!found) return undefined;
    const target = entryTarget(context, found.index, found.entry);
    return { origin: found.mention.span, targets: target ? [target] : [] };
  },
  references(context, offset, includeDeclaration) {
    const found = registersOf(context.workspace).mentionAt(context.model, offset);
    if (!found) return undefined;
    const declaration = includeDeclaration ? entryTarget(context, found.index, found.entry) : undefined;
    const targets: Target[] = declaration ? [{ ...declaration, span: declaration.selection }] : [];
    for (const { model, mention } of mentionsOf(context, found)) targets.push(targetIn(model, mention.span));
    return targets;
  },
  highlights(context, offset) {
    const registers = registersOf(context.workspace);
    const found = registers.mentionAt(context.model, offset);
    if (!found) return undefined;
    return registers
      .mentions(context.model)
      .filter(({ index, entry }) => index === found.index && entry.id === found.entry.id)
      .map(({ mention }): Highlight => ({ span: mention.span, role: 'text' }));
  },
  suggest(context, offset) {
    const text = context.model.text;
    const prefix = NAME_PREFIX.exec(text.slice(Math.max(0, offset - 60), offset))?.[0];
    if (!prefix || /[\p{L}\p{M}]/u.test(text.charAt(offset))) return [];
    const replace = { start: offset - prefix.length, end: offset };
    const items: Suggestion[] = [];
    for (const index of registersOf(context.workspace).kinds)
      for (const entry of index.entries)
        for (const name of new Set(entry.claims.map((claim) => claim.name)))
          items.push({
            label: name,
            kind: 'entry',
            detail: `${entry.name} (${index.kind.singular})`,
            replace,
          });
    return items;
  },
  annotate: registerAnnotations,
};
