import { letterChunks, type LetterChunk } from '../letterChunks';
import type { LetterAnalysis } from '../letterTable';
import type { DocumentModel } from '../model';
import type { Problem } from '../problems';
import type { LineIndex } from '../../syntax/lineIndex';
import type { LetterSyntax } from '../../syntax/tree';
import { shiftSpan, type Span } from '../../syntax/span';
import type { EntryMention, Recognition, RegisterEntry, RegisterKind, UnknownName } from './kind';
import { REGISTER_KINDS } from './kinds';
import { nameClashes } from './nameClashes';
import { RegisterIndex } from './registerIndex';
import { tokenize, type Token } from './tokens';

/** A mention in a letters document with the entry it names and the register index it is from. */
export interface FoundMention {
  readonly mention: EntryMention;
  readonly entry: RegisterEntry;
  readonly index: RegisterIndex;
}

/**
 * What the kinds find in one letter (or the preamble), in its own offsets, each part on first
 * request: a kind's recognition (its mentions and unknown names), and the mentions of every kind
 * together. The diagnostics ask only the kinds that report unknown names (persons), so the open of
 * a document does not match the other kinds' registers against every letter before its first
 * diagnostics; hover, the preview and the Registers view ask for all.
 */
interface Findings {
  /** The kinds' generations they were found at. */
  readonly generations: string;
  readonly text: string;
  /** Each kind's recognition, by its place in the kinds. */
  readonly recognitions: (Recognition | undefined)[];
  mentions?: readonly FoundMention[];
}

/**
 * A document version's findings, letter by letter, and the unknown names of a kind in document
 * offsets (its check, after every edit), put together on first request. Its mentions are placed
 * when asked and not kept: every file of a large edition would keep every mention twice, once
 * beside its letter and once placed, and a question across the edition (references, the count of
 * a hover) places only the mentions it is about.
 */
interface DocumentMentions {
  readonly generations: string;
  readonly chunks: readonly { readonly start: number; readonly findings: Findings }[];
  readonly unknown: Map<string, readonly UnknownName[]>;
}

/**
 * The registers of every kind of an edition (one {@link RegisterIndex} per kind) and their
 * mentions in its letters: one tokenization per letter shared by the kinds.
 */
export class WorkspaceRegisters {
  readonly kinds: readonly RegisterIndex[];
  private contestedFrom: readonly ReadonlyMap<string, string>[] = [];
  /** `register.kindConflict` by register URI, with the names and entries it was computed from. */
  private clashes: { from: readonly object[]; problems: ReadonlyMap<string, Problem[]> } | undefined;
  /**
   * Cache keyed by document version (the model): its mentions of every kind. Hover, highlights and
   * references ask them on every request, and rebuilding every mention of a megabyte edition each
   * time cost tens of milliseconds.
   */
  private readonly found = new WeakMap<DocumentModel, DocumentMentions>();
  /**
   * Cache keyed by a letter's analysis (its text, shared by every version of a document that still
   * has it): its findings. An edit then finds again only the letters it changed, and the check of
   * unknown names places only those names, not every mention of the document.
   */
  private readonly byLetter = new WeakMap<LetterAnalysis, Findings>();

  constructor(kinds: readonly RegisterKind[] = REGISTER_KINDS) {
    this.kinds = kinds.map((kind) => new RegisterIndex(kind));
  }

  /** The register index a file belongs to, by its name's suffix (`.places.json`). */
  kindOf(uri: string): RegisterIndex | undefined {
    return this.kinds.find((index) => uri.endsWith(index.kind.suffix));
  }

  /** The index of the kind of this name (`persons`). */
  index<E extends RegisterEntry>(kind: RegisterKind<E>): RegisterIndex<E> | undefined {
    return this.kinds.find((index) => index.kind === kind) as RegisterIndex<E> | undefined;
  }

  /** The register index that holds a file, whatever its name. */
  holding(uri: string): RegisterIndex | undefined {
    return this.kinds.find((index) => index.file(uri) !== undefined);
  }

  /** Stores a register's text in `kind`'s index, else the one its suffix names; false when it is none. */
  set(uri: string, text: string, kind: RegisterIndex | undefined = this.kindOf(uri)): boolean {
    kind?.set(uri, text);
    return kind !== undefined;
  }

  delete(uri: string): void {
    for (const index of this.kinds) index.delete(uri);
  }

  /** Every register file of every kind. */
  files(): { readonly uri: string }[] {
    return this.kinds.flatMap((index) => index.files());
  }

  /** A register's problems: its own, across the registers of its kind and across kinds. */
  problemsOf(uri: string): Problem[] {
    const index = this.holding(uri);
    if (!index) return [];
    return [...index.problemsOf(uri), ...this.kindConflictsOf(uri)].sort(
      (a, b) => a.span.start - b.span.start,
    );
  }

  /**
   * The names a register shares with a register of another kind (`register.kindConflict`);
   * computed once per version of the registers.
   */
  kindConflictsOf(uri: string): readonly Problem[] {
    this.updateContested();
    const from = this.kinds.flatMap((index) => [index.names, index.entries]);
    if (!this.clashes || from.some((part, position) => part !== this.clashes?.from[position]))
      this.clashes = { from, problems: nameClashes(this.kinds) };
    return this.clashes.problems.get(uri) ?? [];
  }

  /** The line index of a register of any kind, for problems that point across kinds. */
  registerLines(uri: string): LineIndex | undefined {
    return this.holding(uri)?.file(uri)?.lineIndex;
  }

  /**
   * Every mention of every kind in a document, in text order. A name a kind that claims first
   * (persons) also claims (`Peter`) counts for another kind only with an editorial bracket naming
   * its entry; a name inside a longer name of another kind is not a mention; one name in two
   * kinds' registers is a mention of each, and the first kind of the list answers hover and
   * definition. With `which`, only the mentions it keeps, placed.
   */
  mentions(model: DocumentModel, which?: (found: FoundMention) => boolean): FoundMention[] {
    return this.documentMentions(model).chunks.flatMap(({ start, findings }) => {
      const mentions = this.mentionsOf(findings);
      return placed(which ? mentions.filter(which) : mentions, start);
    });
  }

  /**
   * Matches every kind against the letters of a document not matched yet, until `deadline`
   * (`performance.now()`), so that the first request across the edition (references of a person)
   * finds them matched: the diagnostics match only the kinds that report unknown names. True once
   * every letter is matched against the current registers.
   */
  matchAhead(model: DocumentModel, deadline: number): boolean {
    for (const { findings } of this.documentMentions(model).chunks) {
      if (findings.mentions) continue;
      if (performance.now() >= deadline) return false;
      this.mentionsOf(findings);
    }
    return true;
  }

  /** The mentions of every kind in letter `index` of a document (its index in `model.letters`), in text order. */
  letterMentions(model: DocumentModel, index: number): readonly FoundMention[] {
    const letter = model.letters[index];
    const analysis = model.letterAnalyses[index];
    if (!letter || !analysis) return [];
    this.updateContested();
    const chunk = { start: letter.span.start, text: analysis.text };
    return placed(this.mentionsOf(this.findings(chunk, analysis, this.generations())), chunk.start);
  }

  /** The names a kind's recogniser found in a document but no register of the kind knows. */
  unknownNames(model: DocumentModel, kind: RegisterKind): readonly UnknownName[] {
    const document = this.documentMentions(model);
    let names = document.unknown.get(kind.name);
    const at = this.kinds.findIndex((index) => index.kind === kind);
    if (!names && at >= 0) {
      names = document.chunks.flatMap(({ start, findings }) =>
        this.recognition(findings, at).unknown.map((name) => ({
          ...name,
          span: shiftSpan(name.span, start),
        })),
      );
      document.unknown.set(kind.name, names);
    }
    return names ?? [];
  }

  /**
   * The mention at `offset` of a document, if any. Only the letter holding `offset` is matched
   * (its recognition is cached by its text like every letter's): a hover right after a large
   * document opens does not wait for every letter of it.
   */
  mentionAt(model: DocumentModel, offset: number): FoundMention | undefined {
    this.updateContested();
    const index = model.letterIndexAt(offset);
    // At a letter's very start, a name ending the letter before is as near as one beginning this one.
    const atStart = (index < 0 ? 0 : model.letterStart(index)) === offset;
    const candidates = [atStart ? chunkOf(model, index - 1) : undefined, chunkOf(model, index)].filter(
      (chunk) => chunk !== undefined,
    );
    const generations = this.generations();
    const mentions = candidates.flatMap(({ chunk, analysis }) =>
      placed(this.mentionsOf(this.findings(chunk, analysis, generations)), chunk.start),
    );
    return mentionAt(mentions, offset);
  }

  private generations(): string {
    return this.kinds.map((index) => index.generation).join(' ');
  }

  private documentMentions(model: DocumentModel): DocumentMentions {
    this.updateContested();
    const generations = this.generations();
    const cached = this.found.get(model);
    if (cached?.generations === generations) return cached;
    const chunks = chunksOf(model).map((chunk) => ({
      start: chunk.start,
      findings: this.findings(chunk, analysisOf(model, chunk), generations),
    }));
    const found: DocumentMentions = { generations, chunks, unknown: new Map() };
    this.found.set(model, found);
    return found;
  }

  /**
   * A chunk's findings, kept beside its letter's analysis when it is a letter: the analysis's text
   * is then read, which is the chunk without the spaces before a heading glued to its end.
   */
  private findings(chunk: LetterChunk, analysis: LetterAnalysis | undefined, generations: string): Findings {
    const kept = analysis && this.byLetter.get(analysis);
    if (kept?.generations === generations) return kept;
    const findings: Findings = { generations, text: analysis?.text ?? chunk.text, recognitions: [] };
    if (analysis) this.byLetter.set(analysis, findings);
    return findings;
  }

  /** One kind's recognition (by its place in the kinds) of the letter of `findings`. */
  private recognition(findings: Findings, at: number, tokensOf?: () => readonly Token[]): Recognition {
    let recognition = findings.recognitions[at];
    if (!recognition) {
      const { text } = findings;
      recognition = (this.kinds[at] as RegisterIndex).letterMentions(
        text,
        tokensOf ?? (() => tokenize(text)),
      );
      findings.recognitions[at] = recognition;
    }
    return recognition;
  }

  /**
   * The mentions of every kind in the letter of `findings` (or the text before the first letter),
   * in its own offsets and in text order.
   */
  private mentionsOf(findings: Findings): readonly FoundMention[] {
    if (findings.mentions) return findings.mentions;
    const found: FoundMention[] = [];
    // One tokenization of the letter for every kind that has not matched it yet.
    let tokens: readonly Token[] | undefined;
    const tokensOf = () => (tokens ??= tokenize(findings.text));
    this.kinds.forEach((index, at) => {
      for (const mention of this.recognition(findings, at, tokensOf).mentions) {
        const entry = index.entry(mention.entryId);
        if (entry) found.push({ mention, entry, index });
      }
    });
    found.sort(
      (a, b) => a.mention.span.start - b.mention.span.start || b.mention.span.end - a.mention.span.end,
    );
    // The longest name wins across kinds too: `Amsterdam` inside `Amsterdam International` is no place.
    let reach: Span = { start: -1, end: -1 };
    findings.mentions = found.filter(({ mention: { span } }) => {
      const same = span.start === reach.start && span.end === reach.end;
      if (span.end <= reach.end && !same) return false;
      reach = span;
      return true;
    });
    return findings.mentions;
  }

  /**
   * Gives the other kinds the names the kinds that claim first (persons) recognise. Those names
   * change only when such a register does; the matchers are rebuilt then. Called before mentions
   * are matched and before name clashes are computed, so that whatever reads a kind's entries
   * first reads them built against the current names, and the same object afterwards.
   */
  updateContested(): void {
    const first = this.kinds.filter((index) => index.kind.claimsFirst);
    const sources = first.map((index) => index.names);
    if (sources.length === this.contestedFrom.length && sources.every((s, i) => s === this.contestedFrom[i]))
      return;
    this.contestedFrom = sources;
    const contested = new Set(sources.flatMap((names) => [...names.keys()]));
    for (const index of this.kinds) if (!index.kind.claimsFirst) index.setContested(contested);
  }
}

/**
 * Letter `index` of a document as a chunk with its analysis (read alone if the others are not read
 * yet), or the text before the first letter for index -1 when there is any (see {@link chunksOf}).
 */
function chunkOf(
  model: DocumentModel,
  index: number,
): { chunk: LetterChunk; analysis: LetterAnalysis | undefined } | undefined {
  if (index < -1) return undefined;
  if (index === -1) {
    const end = model.letterStart(0) ?? model.text.length;
    return end > 0 ? { chunk: { start: 0, text: model.text.slice(0, end) }, analysis: undefined } : undefined;
  }
  const letter = model.analysedLetter(index);
  if (!letter) return undefined;
  return {
    chunk: { start: letter.placed.span.start, text: letter.analysis.text },
    analysis: letter.analysis,
  };
}

/** A document's text cut at its letters (each letter's text the shared analysis's string). */
function chunksOf(model: DocumentModel): LetterChunk[] {
  return letterChunks(
    model.text,
    model.letters.map((letter) => letter.span.start),
    model.letterAnalyses.map((analysis) => analysis.text),
  );
}

/**
 * The analysis of the letter a chunk is, if it is one: the letter starting where the chunk does
 * (its text is the chunk's, less the spaces before a glued heading that `documentLetters.ts` trims).
 */
function analysisOf(model: DocumentModel, chunk: LetterChunk): LetterAnalysis | undefined {
  const letters = model.letters;
  let low = 0;
  let high = letters.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((letters[middle] as LetterSyntax).span.start < chunk.start) low = middle + 1;
    else high = middle;
  }
  return letters[low]?.span.start === chunk.start ? model.letterAnalyses[low] : undefined;
}

/** Mentions found in a chunk's own offsets, in the document's: the chunk starts at `start`. */
function placed(mentions: readonly FoundMention[], start: number): readonly FoundMention[] {
  if (start === 0) return mentions;
  return mentions.map((found) => ({
    ...found,
    mention: { ...found.mention, span: shiftSpan(found.mention.span, start) },
  }));
}

/** The mention of `mentions` (in text order) at `offset`; of two kinds' mentions of one name, the first kind's. */
function mentionAt(mentions: readonly FoundMention[], offset: number): FoundMention | undefined {
  let low = 0;
  let high = mentions.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = mentions[middle] as FoundMention;
    if (offset < found.mention.span.start) high = middle - 1;
    else if (offset > found.mention.span.end) low = middle + 1;
    else {
      let first = middle;
      while (first > 0 && sameSpan(mentions[first - 1] as FoundMention, found)) first--;
      return mentions[first];
    }
  }
  return undefined;
}

function sameSpan(a: FoundMention, b: FoundMention): boolean {
  return a.mention.span.start === b.mention.span.start && a.mention.span.end === b.mention.span.end;
}
