import { isoDate } from '../../syntax/calendar';
import {
  targetIn,
  type Highlight,
  type InlineHint,
  type Suggestion,
  type Target,
  type Topic,
} from '../topic';
import { mentionsIn, mentionsOf, whereMentioned, type EntryOf } from './mentions';
import { unknownNames } from './unknownNames';
import { registerAnnotations } from './annotate';

// The capitalised word being typed, possibly with initials before it (`S. P. Med`, `Polit`, `NK`):
// lower-case prose gets no register names.
const NAME_PREFIX = /(?:\p{Lu}\.[ \t\u00A0]?)*\p{Lu}[\p{L}\p{M}'’-]*$/u;

/** The register entry as a target: the whole entry, its name selected. */
function entryTarget({ index, entry }: EntryOf): Target | undefined {
  const lineIndex = index.file(entry.uri)?.lineIndex;
  return lineIndex ? { uri: entry.uri, lineIndex, span: entry.span, selection: entry.nameSpan } : undefined;
}

/**
 * The registers of every kind of `REGISTER_KINDS` (persons, places, organisations, terms): the
 * names their recognisers read as no entry (`person.unknown`), hover (a place under the name in
 * force at the letter's editorial date), definition (the register entry), references across the
 * workspace, highlights, completion of the registered names and inlay hints of the kinds that give
 * them (a person's preferred name, setting `letters.inlayHints.persons`).
 */
export const registersTopic: Topic = {
  name: 'registers',
  checkDocument: ({ model, workspace }) => unknownNames(model, workspace),
  describe({ model, workspace }, offset) {
    const found = workspace.registers.mentionAt(model, offset);
    if (!found) return undefined;
    const value = model.letterAt(offset)?.editorialDate?.value;
    const date = value ? isoDate(value.date) : undefined;
    const markdown = [
      found.index.kind.describe(found.entry, { date, language: model.words.language }),
      '',
      `*${found.index.kind.singular}* · ${whereMentioned(workspace, found)}`,
    ].join('\n');
    return { span: found.mention.span, markdown };
  },
  navigate({ model, workspace }, offset) {
    const found = workspace.registers.mentionAt(model, offset);
    if (!found) return undefined;
    const target = entryTarget(found);
    return { origin: found.mention.span, targets: target ? [target] : [] };
  },
  references({ model, workspace }, offset, includeDeclaration) {
    const found = workspace.registers.mentionAt(model, offset);
    if (!found) return undefined;
    const declaration = includeDeclaration ? entryTarget(found) : undefined;
    const targets: Target[] = declaration ? [{ ...declaration, span: declaration.selection }] : [];
    for (const { model: other, mention } of mentionsOf(workspace, found))
      targets.push(targetIn(other, mention.span));
    return targets;
  },
  highlights({ model, workspace }, offset) {
    const found = workspace.registers.mentionAt(model, offset);
    if (!found) return undefined;
    return mentionsIn(workspace, model, found).map((mention): Highlight => ({
      span: mention.span,
      role: 'text',
    }));
  },
  suggest({ model, workspace }, offset) {
    const text = model.text;
    const prefix = NAME_PREFIX.exec(text.slice(Math.max(0, offset - 60), offset))?.[0];
    if (!prefix || /[\p{L}\p{M}]/u.test(text.charAt(offset))) return [];
    const replace = { start: offset - prefix.length, end: offset };
    const items: Suggestion[] = [];
    for (const index of workspace.registers.kinds)
      for (const [name, id] of index.names) {
        const entry = index.entry(id);
        if (!entry) continue;
        items.push({
          label: name,
          kind: 'entry',
          detail: `${entry.name} (${index.kind.singular})`,
          ...(entry.description ? { documentation: entry.description } : {}),
          replace,
        });
      }
    return items;
  },
  hints({ model, workspace, settings }, range) {
    if (!settings.inlayHints.persons) return [];
    const hints: InlineHint[] = [];
    // The letters in view only: the editor asks for the visible lines right after a large file opens.
    const inView = model.letters.flatMap((letter, at) =>
      letter.span.end < range.start || letter.span.start > range.end ? [] : [at],
    );
    for (const { mention, entry, index } of inView.flatMap((at) =>
      workspace.registers.letterMentions(model, at),
    )) {
      if (mention.span.end < range.start || mention.span.start > range.end) continue;
      const hint = index.kind.hint?.(mention, entry);
      if (hint) hints.push({ offset: mention.span.end, ...hint });
    }
    return hints;
  },
  annotate: registerAnnotations,
};
