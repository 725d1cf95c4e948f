import { letterChunks } from '../letterChunks';
import { shiftSpan, type Span } from '../../syntax/span';
import type { Problem } from '../problems';
import { NameMatcher, type Mention, type Recognition, type UnknownPerson } from './kinds/personRecognizer';
import { parseRegister, type Person, type RegisterFile } from './kinds/persons';

/** A document whose persons can be recognised: a document model, or just its identity and text. */
export interface RecognisableDocument {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  /** The letters, in text order: each is recognised (and cached) on its own. */
  readonly letters?: readonly { readonly span: Span }[];
  /** Each letter's own text, in the order of {@link letters} (a model's letter analyses). */
  readonly letterAnalyses?: readonly { readonly text: string }[];
}

/** What is derived from all registers together; rebuilt once per register version. */
interface Derived {
  readonly persons: readonly Person[];
  readonly byId: ReadonlyMap<string, Person>;
  /** Every name recognised in the text, with its person id. */
  readonly names: ReadonlyMap<string, string>;
  readonly matcher: NameMatcher;
  /** Cross-register problems (duplicate ids, alias conflicts) by register URI. */
  readonly problems: ReadonlyMap<string, Problem[]>;
}

/**
 * The person registers of the workspace (`*.persons.json`) and the recognition of their persons
 * in documents. Registers are parsed when set; names, the matcher and the cross-register checks
 * are built lazily once per register version, and each document's mentions are cached for its
 * version and the register version, so a request never rebuilds what has not changed.
 */
export class PersonIndex {
  private readonly registers = new Map<string, RegisterFile>();
  private derived: Derived | undefined;
  private readonly recognitions = new Map<
    string,
    { version: number; text: string; registerVersion: number; recognition: Recognition }
  >();
  private registerVersion = 0;
  /**
   * Per document, the mentions of each letter of its latest version by the letter's text (offsets
   * relative to the letter). Only the latest version's letters are kept: a letter's text is a
   * slice that keeps its document's text alive.
   */
  private letterCache = new Map<string, Map<string, Recognition>>();

  /** Increases whenever a register is added, changed or removed. */
  get version(): number {
    return this.registerVersion;
  }

  /** Parses and stores a register's text (never throws); returns the parsed file. */
  set(uri: string, text: string): RegisterFile {
    const existing = this.registers.get(uri);
    if (existing && existing.text === text) return existing;
    const file = parseRegister(uri, text);
    this.registers.set(uri, file);
    this.changed();
    return file;
  }

  /** Forgets a register (deleted, or no longer configured). */
  delete(uri: string): void {
    if (this.registers.delete(uri)) this.changed();
  }

  /** Whether a URI is a loaded register. */
  has(uri: string): boolean {
    return this.registers.has(uri);
  }

  /** A loaded register. */
  file(uri: string): RegisterFile | undefined {
    return this.registers.get(uri);
  }

  /** All registers, sorted by URI: the first claim of an id or a name wins. */
  files(): RegisterFile[] {
    return [...this.registers.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  /** Every person, one per id, in register order. */
  get persons(): readonly Person[] {
    return this.build().persons;
  }

  /** The person with an id. */
  person(id: string): Person | undefined {
    return this.build().byId.get(id);
  }

  /** Every recognised name with its person id (for completion and symbols). */
  get names(): ReadonlyMap<string, string> {
    return this.build().names;
  }

  /** The problems of a register: its own (JSON, schema) and those found across registers. */
  problemsOf(uri: string): Problem[] {
    const file = this.registers.get(uri);
    if (!file) return [];
    return [...file.problems, ...(this.build().problems.get(uri) ?? [])].sort(
      (a, b) => a.span.start - b.span.start,
    );
  }

  /** The persons mentioned in a document; cached per document version and register version. */
  recognise(document: RecognisableDocument): Recognition {
    const cached = this.recognitions.get(document.uri);
    if (
      cached &&
      cached.version === document.version &&
      cached.registerVersion === this.registerVersion &&
      cached.text === document.text
    )
      return cached.recognition;
    const recognition =
      this.registers.size === 0 ? { mentions: [], unknown: [] } : this.recogniseByLetter(document);
    this.recognitions.set(document.uri, {
      version: document.version,
      text: document.text,
      registerVersion: this.registerVersion,
      recognition,
    });
    return recognition;
  }

  /** Forgets the cached mentions of a document (closed or deleted). */
  forget(uri: string): void {
    this.recognitions.delete(uri);
    this.letterCache.delete(uri);
  }

  /**
   * Recognises each letter (and the text before the first) on its own and caches the result by
   * the letter's text: after an edit only the edited letter is matched again. Names never span
   * two letters, since a heading separates them.
   */
  private recogniseByLetter(document: RecognisableDocument): Recognition {
    const chunks = letterChunks(
      document.text,
      (document.letters ?? []).map((letter) => letter.span.start),
      document.letterAnalyses?.map((analysis) => analysis.text),
    );
    const mentions: Mention[] = [];
    const unknown: UnknownPerson[] = [];
    const previous = this.letterCache.get(document.uri);
    const current = new Map<string, Recognition>();
    for (const { start, text: chunk } of chunks) {
      const found = current.get(chunk) ?? previous?.get(chunk) ?? this.build().matcher.recognize(chunk);
      current.set(chunk, found);
      for (const mention of found.mentions)
        mentions.push({ ...mention, span: shiftSpan(mention.span, start) });
      for (const person of found.unknown) unknown.push({ ...person, span: shiftSpan(person.span, start) });
    }
    this.letterCache.set(document.uri, current);
    return { mentions, unknown };
  }

  private changed(): void {
    this.registerVersion++;
    this.derived = undefined;
    this.letterCache = new Map();
  }

  private build(): Derived {
    if (!this.derived) this.derived = derive(this.files());
    return this.derived;
  }
}

function derive(files: readonly RegisterFile[]): Derived {
  const problems = new Map<string, Problem[]>();
  const report = (uri: string, found: Problem) => {
    const list = problems.get(uri) ?? [];
    list.push(found);
    problems.set(uri, list);
  };
  const persons: Person[] = [];
  const byId = new Map<string, Person>();
  const claimed = new Map<string, { person: Person; span: Span }>();
  for (const file of files) {
    for (const person of file.persons) {
      const first = byId.get(person.id);
      if (first) {
        report(file.uri, {
          code: 'register.duplicateId',
          span: person.idSpan,
          message: `The id "${person.id}" is already used by ${first.name}; ids must be unique across the registers.`,
          related: [{ uri: first.uri, span: first.idSpan, message: `"${person.id}" first used here` }],
          fixes: [],
        });
        continue;
      }
      byId.set(person.id, person);
      persons.push(person);
      for (const claim of person.claims) {
        const owner = claimed.get(claim.name);
        if (!owner) claimed.set(claim.name, { person, span: claim.span });
        else if (owner.person !== person)
          report(file.uri, {
            code: 'register.aliasConflict',
            span: claim.span,
            message: `"${claim.name}" is already a name of ${owner.person.name} (${owner.person.id}); a name may belong to one person only.`,
            related: [{ uri: owner.person.uri, span: owner.span, message: `"${claim.name}" claimed here` }],
            fixes: [],
          });
      }
    }
  }
  const names = new Map<string, string>();
  for (const [name, owner] of claimed) names.set(name, owner.person.id);
  // The surname of the preferred name is recognised too, unless it is ambiguous.
  const surnames = new Map<string, string | null>();
  for (const person of persons) {
    const surname = surnameOf(person.name);
    if (!surname || names.has(surname)) continue;
    const other = surnames.get(surname);
    surnames.set(surname, other === undefined || other === person.id ? person.id : null);
  }
  for (const [surname, id] of surnames) if (id) names.set(surname, id);
  const forenames = new Map<string, string>();
  for (const person of persons) {
    const forename = forenamesOf(person.name);
    if (forename) forenames.set(person.id, forename);
  }
  return { persons, byId, names, matcher: new NameMatcher(names, forenames), problems };
}

/** `Zinoviev` of `Zinoviev, Grigorii Yevseevich`; the whole name when it has no comma. */
export function surnameOf(name: string): string {
  return withoutParentheses(name.split(',')[0] ?? '');
}

/** `Grigorii Yevseevich` of `Zinoviev, Grigorii Yevseevich`. */
function forenamesOf(name: string): string {
  const comma = name.indexOf(',');
  return comma < 0 ? '' : withoutParentheses(name.slice(comma + 1));
}

function withoutParentheses(text: string): string {
  return text
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
