import type { DocumentModel } from '../../analysis/model';
import type { Edition } from '../../analysis/edition';
import type { LineIndex } from '../../syntax/lineIndex';
import type { Span } from '../../syntax/span';
import type { LetterSyntax } from '../../syntax/tree';
import { unknownOrganisations } from '../organisations/unknownOrganisations';

/** The letters of one document that name an entry, each with the spans that name it. */
export interface MentionsInLetter {
  readonly model: DocumentModel;
  /** The letter, or undefined for text before the first heading. */
  readonly letter: LetterSyntax | undefined;
  /** Where the letter names the entry, in text order. */
  readonly spans: readonly Span[];
}

/** One register entry with the letters that mention it. */
export interface ListedEntry {
  readonly id: string;
  /** The preferred name. */
  readonly name: string;
  /** The other names the entry claims (aliases, abbreviations, former names), once each. */
  readonly otherNames: readonly string[];
  /** The register the entry is in, and that register's line index. */
  readonly uri: string;
  readonly lineIndex: LineIndex;
  /** The entry object, and its `name` value. */
  readonly span: Span;
  readonly nameSpan: Span;
  /** In edition order (documents by their letters, letters in text order). */
  readonly letters: readonly MentionsInLetter[];
}

/** The entries of one register kind, sorted by preferred name. */
export interface ListedKind {
  /** `persons`, `places`, `organisations`, `terms`. */
  readonly kind: string;
  readonly entries: readonly ListedEntry[];
}

/** A name the checks found in the letters that no register knows (`person.unknown`, `organisation.unknown`). */
export interface UnregisteredName {
  readonly name: string;
  /** The kind of register it would be entered in. */
  readonly kind: string;
  readonly letters: readonly MentionsInLetter[];
}

/** Every register of the workspace, entry by entry, and the names no register covers. */
export interface RegisterListing {
  readonly kinds: readonly ListedKind[];
  readonly unregistered: readonly UnregisteredName[];
}

/**
 * The registers as an editor tidies them: every entry of every kind (in the order of
 * `REGISTER_KINDS`, persons first) with the letters that mention it, entries never mentioned included, and the
 * names the letters use that no register knows. Mentions come from the same recognition as hover
 * and references (notes included); documents are read in edition order.
 */
export function registerListing(workspace: Edition): RegisterListing {
  const documents = workspace.edition();
  const registers = workspace.registers;
  const unknownNames = registers.kinds.map(() => new MentionCollector());
  const unknownOrganisationNames = new MentionCollector();
  const kindMentions = registers.kinds.map(() => new MentionCollector());
  for (const model of documents) {
    for (const found of registers.mentions(model))
      kindMentions[registers.kinds.indexOf(found.index)]?.add(found.entry.id, model, found.mention.span);
    registers.kinds.forEach((index, position) => {
      for (const unknown of registers.unknownNames(model, index.kind))
        unknownNames[position]?.add(unknown.name, model, unknown.span);
    });
    for (const problem of unknownOrganisations(model, workspace))
      unknownOrganisationNames.add(
        model.text.slice(problem.span.start, problem.span.end),
        model,
        problem.span,
      );
  }
  const kinds: ListedKind[] = registers.kinds.map((index, position) => {
    const entries: ListedEntry[] = [];
    for (const entry of index.entries) {
      const lineIndex = index.file(entry.uri)?.lineIndex;
      const collector = kindMentions[position];
      if (lineIndex && collector)
        entries.push({
          ...entry,
          otherNames: otherNames(entry),
          lineIndex,
          letters: collector.letters(entry.id),
        });
    }
    return { kind: index.kind.name, entries: byName(entries) };
  });
  const unregistered: UnregisteredName[] = [
    ...registers.kinds.flatMap((index, position) => {
      const collector = unknownNames[position] as MentionCollector;
      return collector
        .keys()
        .map((name) => ({ name, kind: index.kind.name, letters: collector.letters(name) }));
    }),
    ...unknownOrganisationNames.keys().map((name) => ({
      name,
      kind: 'organisations',
      letters: unknownOrganisationNames.letters(name),
    })),
  ].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return { kinds, unregistered };
}

function otherNames(entry: {
  readonly name: string;
  readonly claims: readonly { readonly name: string }[];
}): string[] {
  return [...new Set(entry.claims.map((claim) => claim.name))].filter((name) => name !== entry.name);
}

function byName<T extends { readonly name: string }>(entries: T[]): T[] {
  return entries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** Mentions by key (an entry id, an unknown name), grouped by document and letter as they are added. */
class MentionCollector {
  private readonly byKey = new Map<
    string,
    { model: DocumentModel; letter: LetterSyntax | undefined; spans: Span[] }[]
  >();

  /** Adds a mention; documents must come in edition order and mentions in text order. */
  add(key: string, model: DocumentModel, span: Span): void {
    const letters = this.byKey.get(key) ?? [];
    this.byKey.set(key, letters);
    const letter = model.letterAt(span.start);
    const last = letters.at(-1);
    if (last && last.model === model && last.letter === letter) last.spans.push(span);
    else letters.push({ model, letter, spans: [span] });
  }

  keys(): string[] {
    return [...this.byKey.keys()];
  }

  letters(key: string): readonly MentionsInLetter[] {
    return this.byKey.get(key) ?? [];
  }
}
