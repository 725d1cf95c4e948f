import { letterChunks } from '../letterChunks';
import type { DocumentModel } from '../model';
import { tokenize, type Token } from './tokens';
import type { Problem } from '../problems';
import type { Edition } from '../edition';
import { LineIndex } from '../../syntax/lineIndex';
import { shiftSpan, type Span } from '../../syntax/span';
import type { RegisterEntry } from './kind';
import { REGISTER_KINDS } from './kinds/index';
import type { EntryMention } from './matcher';
import { nameClashes } from './nameClashes';
import { RegisterIndex } from './registerIndex';

/** A mention in a letters document with the entry it names and the register index it is from. */
export interface FoundMention {
  readonly mention: EntryMention;
  readonly entry: RegisterEntry;
  readonly index: RegisterIndex;
}

/**
 * The registers of every kind of {@link REGISTER_KINDS} that belong to one workspace. Kept beside
 * the workspace index rather than in it, so that the analysis layer knows nothing of the topics.
 */
export class WorkspaceRegisters {
  readonly kinds: readonly RegisterIndex[] = REGISTER_KINDS.map((kind) => new RegisterIndex(kind));
  private readonly lineIndexes = new WeakMap<object, LineIndex>();
  private contestedFrom: ReadonlyMap<string, string> | undefined;
  /** `register.kindConflict` by register URI, with the names and entries it was computed from. */
  private clashes: { from: readonly object[]; problems: ReadonlyMap<string, Problem[]> } | undefined;
  /**
   * Each document version's mentions with the kinds' generations they were found at: hover,
   * highlights and references ask them on every request, and rebuilding every mention of a
   * megabyte edition each time cost tens of milliseconds.
   */
  private readonly found = new WeakMap<DocumentModel, { generations: string; mentions: FoundMention[] }>();

  constructor(private readonly workspace: Edition) {}

  /** The register index a file belongs to, by its name's suffix (`.places.json`). */
  kindOf(uri: string): RegisterIndex | undefined {
    return this.kinds.find((index) => uri.endsWith(index.kind.suffix));
  }

  /** Stores a register's text; false when the URI is no register of these kinds. Never throws. */
  set(uri: string, text: string): boolean {
    const index = this.kindOf(uri);
    index?.set(uri, text);
    return index !== undefined;
  }

  delete(uri: string): void {
    this.kindOf(uri)?.delete(uri);
  }

  /**
   * The names a register shares with a register of another kind (`register.kindConflict`), persons
   * included; computed once per version of the registers.
   */
  kindConflictsOf(uri: string): readonly Problem[] {
    const from = [this.workspace.persons.names, ...this.kinds.map((index) => index.entries)];
    if (!this.clashes || from.some((part, position) => part !== this.clashes?.from[position]))
      this.clashes = { from, problems: nameClashes(this.workspace.persons, this.kinds) };
    return this.clashes.problems.get(uri) ?? [];
  }

  /** The line index of any register, persons included, for problems that point across kinds. */
  registerLines(uri: string): LineIndex | undefined {
    const index = this.kindOf(uri);
    return index ? this.lineIndexOf(index, uri) : this.workspace.persons.file(uri)?.lineIndex;
  }

  /** The line index of a register file, built once per parsed version. */
  lineIndexOf(index: RegisterIndex, uri: string): LineIndex | undefined {
    const file = index.file(uri);
    if (!file) return undefined;
    let lines = this.lineIndexes.get(file);
    if (!lines) {
      lines = new LineIndex(file.text);
      this.lineIndexes.set(file, lines);
    }
    return lines;
  }

  /**
   * Every mention of every kind in a document, in text order. A name the person registers also
   * claim (`Peter`) counts here only with an editorial bracket naming this kind's entry; a name
   * inside a longer name of another kind is not a mention; one name in two kinds' registers is
   * a mention of each, and the first kind of `REGISTER_KINDS` answers hover and definition.
   */
  mentions(model: DocumentModel): readonly FoundMention[] {
    this.updateContested();
    const generations = this.kinds.map((index) => index.generation).join(' ');
    const cached = this.found.get(model);
    if (cached?.generations === generations) return cached.mentions;
    const mentions = this.findMentions(model);
    this.found.set(model, { generations, mentions });
    return mentions;
  }

  private findMentions(model: DocumentModel): FoundMention[] {
    const chunks = letterChunks(
      model.text,
      model.letters.map((letter) => letter.span.start),
      model.letterAnalyses.map((analysis) => analysis.text),
    );
    const found: FoundMention[] = [];
    for (const { start, text } of chunks) {
      // One tokenization of the letter for every kind that has not matched it yet.
      let tokens: readonly Token[] | undefined;
      const tokensOf = () => (tokens ??= tokenize(text));
      for (const index of this.kinds)
        for (const mention of index.letterMentions(text, tokensOf)) {
          const entry = index.entry(mention.entryId);
          if (entry)
            found.push({ mention: { ...mention, span: shiftSpan(mention.span, start) }, entry, index });
        }
    }
    found.sort(
      (a, b) => a.mention.span.start - b.mention.span.start || b.mention.span.end - a.mention.span.end,
    );
    // The longest name wins across kinds too: `Amsterdam` inside `Amsterdam International` is no place.
    let reach: Span = { start: -1, end: -1 };
    return found.filter(({ mention: { span } }) => {
      const same = span.start === reach.start && span.end === reach.end;
      if (span.end <= reach.end && !same) return false;
      reach = span;
      return true;
    });
  }

  /** The mention at `offset` of a document, if any. */
  mentionAt(model: DocumentModel, offset: number): FoundMention | undefined {
    return this.mentions(model).find(
      ({ mention }) => mention.span.start <= offset && offset <= mention.span.end,
    );
  }

  /**
   * Gives the kinds the names the person registers claim. The person names change only when a
   * person register does; the matchers are rebuilt then. Called on every {@link registersOf} and
   * before mentions are matched, so that whatever reads a kind's entries first (a check, the known
   * words of text damage, a hover) reads them built against the current person names, and the
   * same object afterwards: a late update would rebuild them, and every cache keyed on them.
   */
  updateContested(): void {
    const names = this.workspace.persons.names;
    if (names === this.contestedFrom) return;
    this.contestedFrom = names;
    const contested = new Set(names.keys());
    for (const index of this.kinds) index.setContested(contested);
  }
}

const byWorkspace = new WeakMap<Edition, WorkspaceRegisters>();

/** The registers of a workspace, created empty on first use. */
export function registersOf(workspace: Edition): WorkspaceRegisters {
  let registers = byWorkspace.get(workspace);
  if (!registers) {
    registers = new WorkspaceRegisters(workspace);
    byWorkspace.set(workspace, registers);
  }
  registers.updateContested();
  return registers;
}
