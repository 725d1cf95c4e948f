import type { Problem } from '../problems';
import type { Span } from '../../syntax/span';
import type { NameRecogniser, Recognition, RegisterEntry, RegisterKind } from './kind';
import { EntryMatcher } from './matcher';
import { parseRegisterFile, type RegisterFile } from './registerFile';
import type { Token } from './tokens';

/** What is derived from all registers of a kind; rebuilt once per register version. */
interface Derived {
  readonly byId: ReadonlyMap<string, RegisterEntry>;
  readonly entries: readonly RegisterEntry[];
  /** Every name an entry claims, with the id of its first claimant. */
  readonly claimed: ReadonlyMap<string, string>;
  readonly problems: ReadonlyMap<string, Problem[]>;
}

/**
 * The registers of one kind in the workspace and the recognition of their entries. The
 * cross-register checks (`register.duplicateId`, `register.aliasConflict`) and the recogniser are
 * built once per register version; mentions are cached per letter text.
 */
export class RegisterIndex<E extends RegisterEntry = RegisterEntry> {
  private readonly registers = new Map<string, RegisterFile<E>>();
  private derived: Derived | undefined;
  /** Built from {@link derived} and the contested names: rebuilt when either changes. */
  private recogniser: NameRecogniser | undefined;
  private contested: ReadonlySet<string> = new Set();
  private changes = 0;

  constructor(readonly kind: RegisterKind<E>) {}

  /** Parses and stores a register's text (never throws). */
  set(uri: string, text: string): RegisterFile<E> {
    const existing = this.registers.get(uri);
    if (existing?.text === text) return existing;
    const file = parseRegisterFile(this.kind, uri, text);
    this.registers.set(uri, file);
    this.changed();
    return file;
  }

  /** Forgets a register (deleted, or no longer in the workspace). */
  delete(uri: string): void {
    if (this.registers.delete(uri)) this.changed();
  }

  file(uri: string): RegisterFile<E> | undefined {
    return this.registers.get(uri);
  }

  /** The registers, sorted by URI: the first claim of an id or a name wins. */
  files(): RegisterFile<E>[] {
    return [...this.registers.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  /** Names a kind that claims first (persons) also claims: recognised here only when a bracket says so. */
  setContested(names: ReadonlySet<string>): void {
    if (names.size === this.contested.size && [...names].every((name) => this.contested.has(name))) return;
    this.contested = names;
    this.changes++;
    this.recogniser = undefined;
  }

  /** Increases whenever a register of the kind or the contested names change: mentions may then differ. */
  get generation(): number {
    return this.changes;
  }

  /** Every entry, one per id, in register order. */
  get entries(): readonly E[] {
    return this.build().entries as E[];
  }

  entry(id: string): E | undefined {
    return this.build().byId.get(id) as E | undefined;
  }

  /** Every recognised name with its entry id (for completion, known words and name clashes). */
  get names(): ReadonlyMap<string, string> {
    return this.recognise().names;
  }

  /** A register's problems: its own and those found across the registers of the kind. */
  problemsOf(uri: string): Problem[] {
    const file = this.registers.get(uri);
    if (!file) return [];
    return [...file.problems, ...(this.build().problems.get(uri) ?? [])].sort(
      (a, b) => a.span.start - b.span.start,
    );
  }

  /**
   * The mentions and unknown names in one letter's text (offsets into it). `tokensOf` gives its
   * tokens, asked only when the letter is matched, so that the kinds can share one tokenization.
   * Not kept here: the edition keeps every kind's findings beside the letter's analysis
   * (`WorkspaceRegisters`), which frees them with the letter, where a table by text kept every
   * version of every letter typed into until a register changed.
   */
  letterMentions(chunk: string, tokensOf: () => readonly Token[]): Recognition {
    if (this.registers.size === 0) return NOTHING;
    return this.recognise().recognize(chunk, tokensOf());
  }

  private changed(): void {
    this.changes++;
    this.derived = undefined;
    this.recogniser = undefined;
  }

  private build(): Derived {
    this.derived ??= derive(this.kind, this.files());
    return this.derived;
  }

  private recognise(): NameRecogniser {
    if (!this.recogniser) {
      const { entries, claimed } = this.build();
      const kind = this.kind;
      this.recogniser =
        kind.recogniser?.(entries as E[], claimed, this.contested) ??
        new EntryMatcher(kind.name, claimed, this.contested);
    }
    return this.recogniser;
  }
}

const NOTHING: Recognition = { mentions: [], unknown: [] };

function derive<E extends RegisterEntry>(kind: RegisterKind<E>, files: readonly RegisterFile<E>[]): Derived {
  const problems = new Map<string, Problem[]>();
  const report = (uri: string, found: Problem) => problems.set(uri, [...(problems.get(uri) ?? []), found]);
  const byId = new Map<string, E>();
  const entries: E[] = [];
  const claimed = new Map<string, { entry: E; span: Span }>();
  for (const file of files)
    for (const entry of file.entries) {
      const first = byId.get(entry.id);
      if (first) {
        report(file.uri, {
          code: 'register.duplicateId',
          span: entry.idSpan ?? entry.claims[0]?.span ?? entry.nameSpan,
          message: `The id "${entry.id}" is already used by ${first.name}; ids must be unique across the ${kind.name} registers.`,
          related: [
            {
              uri: first.uri,
              span: first.idSpan ?? first.nameSpan,
              message: `"${entry.id}" first used here`,
            },
          ],
          fixes: [],
        });
        continue;
      }
      byId.set(entry.id, entry);
      entries.push(entry);
      for (const claim of entry.claims) {
        const owner = claimed.get(claim.name);
        if (!owner) claimed.set(claim.name, { entry, span: claim.span });
        else if (owner.entry !== entry)
          report(file.uri, {
            code: 'register.aliasConflict',
            span: claim.span,
            message: `"${claim.name}" is already a name of ${owner.entry.name} (${owner.entry.id}); a name may belong to one ${kind.singular} only.`,
            related: [{ uri: owner.entry.uri, span: owner.span, message: `"${claim.name}" claimed here` }],
            fixes: [],
          });
      }
    }
  const names = new Map<string, string>();
  for (const [name, owner] of claimed) names.set(name, owner.entry.id);
  return { byId, entries, claimed: names, problems };
}
