/**
 * The language service: every answer the editor (or the CLI) asks for, as plain functions over the
 * edition, in the style of VS Code's Markdown language service (`createLanguageService`). It takes
 * LSP positions and returns LSP types (`vscode-languageserver-types`, no runtime), so it is tested
 * without a connection; `lsp/` only finds the document, calls one function and lowers the answer
 * to what the client declared. The feature functions of `features/` do the work, each generic over
 * the topics; the service gives them the edition and the settings, so no caller passes them.
 */
import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  DocumentHighlight,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  Location,
  LocationLink,
  Position,
  Range,
  SymbolInformation,
  WorkspaceEdit,
} from 'vscode-languageserver-types';
import type {
  EditionEvidence,
  IndexOfNamesParams,
  ExportEditionParams,
  ExportedEdition,
  LetterAt,
  LetterListing,
  LetterPreview,
  LetterSummary,
  NewLetter,
  SiteFile,
  RegistersListing,
} from '../../../protocol/letters';
import { detectEdition } from '../analysis/editionDetection';
import type { DocumentModel } from '../analysis/model';
import type { Problem } from '../analysis/problems';
import { DEFAULT_SETTINGS, type LettersSettings } from '../analysis/settings';
import type { Edition } from '../analysis/edition';
import { codeActions } from '../features/codeActions';
import { fixAllAction, kindRequested } from '../features/fixAll';
import { completion } from '../features/completion';
import { definition } from '../features/definition';
import { toDiagnostics } from '../features/diagnostics';
import { documentHighlights } from '../features/documentHighlights';
import { exportEditionFile } from '../features/exportEdition';
import { documentSymbols } from '../features/documentSymbols';
import { foldingRanges } from '../features/foldingRanges';
import { hover } from '../features/hover';
import { inlayHints } from '../features/inlayHints';
import {
  adjacentLetter,
  letterAt,
  newLetter,
  shownProblems,
  workspaceLetters,
  type ShownProblem,
} from '../features/letters';
import { preview } from '../features/preview';
import { site } from '../features/site';
import { toOffset, toSpan } from '../features/ranges';
import { references } from '../features/references';
import { indexOfNamesText, registersListing } from '../features/registers';
import { sideFileDiagnostics } from '../features/sideFileDiagnostics';
import { loadEnglishDictionary } from '../topics/textDamage/englishDictionary';
import { wordCountTable } from '../topics/textDamage/wordCounts';
import { textDamageStale } from '../topics/textDamage/editionCheck';
import { renumberNotesCommand } from '../features/renumberCommand';
import { prepareLetterSymbols, workspaceSymbols } from '../features/workspaceSymbols';
import { documentProblems, prepareProblems } from '../topics/diagnose';
import { indexOfNames, type IndexHeading } from '../topics/registers/indexOfNames';
import { registerListing } from '../topics/registers/registerListing';

/** What the service reads: the edition and the settings, owned by its host (the LSP session, the CLI). */
export interface LanguageServiceOptions {
  /** Every `.letters` document and register of the edition (cross-file answers read it). */
  readonly workspace: Edition;
  /** The settings in force, read at every call; the defaults without it. */
  readonly settings?: () => LettersSettings;
  /** The model of a URI for commands that name a document; the workspace's model without it. */
  readonly modelOf?: (uri: string) => DocumentModel | undefined;
  /**
   * The problems the user was last shown for a document (the Letters view counts them). Without
   * it they are computed from the document on each request.
   */
  readonly shownProblemsOf?: (uri: string) => readonly ShownProblem[];
}

/** The language features over one edition; every function is total and never throws on any text. */
export interface LettersLanguageService {
  /** Every problem of a document in text order, at default severities (the settings apply in {@link diagnostics}). */
  problems(model: DocumentModel): Problem[];
  /**
   * Does the costly part of {@link problems} ahead (text damage of every letter) until `deadline`,
   * a `performance.now()` time; true when none is left. A host that can wait calls it in slices.
   */
  prepareProblems(model: DocumentModel, deadline: number): boolean;
  /**
   * Prepares what requests across the edition need of a document, until `deadline`; true when
   * none is left: the names of every register kind matched in its letters (references, hover
   * counts, the Registers view) and its letters titled as workspace symbols.
   */
  prepareRequests(model: DocumentModel, deadline: number): boolean;
  /** A document's problems as LSP diagnostics at the settings' severities (`off` left out). */
  diagnostics(model: DocumentModel, problems?: readonly Problem[]): Diagnostic[];
  /**
   * A side file's diagnostics, placed on the file: a register's of any kind (`register.*`), a word
   * list's (`words.entry`), `edition.json`'s (`edition.*`); empty for another URI.
   */
  sideFileDiagnostics(uri: string): Diagnostic[];
  /**
   * Loads the English dictionary (after `after`, so that first answers need not wait for it); text
   * damage is silent until it has loaded.
   */
  loadDictionary(after?: Promise<unknown>): Promise<void>;
  /** A number that changes whenever the edition's word counts that a document's checks read may have changed. */
  editionWordsRevision(model: DocumentModel): number;
  /**
   * Whether a document's problems, as last computed, may differ now that the edition's word counts
   * changed (only its text damage reads them); false for most documents after an edit elsewhere.
   */
  editionWordsChangeMatters(model: DocumentModel): boolean;
  hover(model: DocumentModel, position: Position): Hover | null;
  definition(model: DocumentModel, position: Position): LocationLink[];
  references(model: DocumentModel, position: Position, includeDeclaration: boolean): Location[];
  documentHighlights(model: DocumentModel, position: Position): DocumentHighlight[];
  completion(model: DocumentModel, position: Position): CompletionItem[];
  documentSymbols(model: DocumentModel): DocumentSymbol[];
  foldingRanges(model: DocumentModel): FoldingRange[];
  workspaceSymbols(query: string): SymbolInformation[];
  inlayHints(model: DocumentModel, range: Range): InlayHint[];
  /**
   * Quick fixes of the problems in `range` and the renumbering refactoring; `context` are the
   * client's diagnostics there. With `only`, the actions of those kinds, the fix-all source action
   * (`source.fixAll.letters`) included, which is never offered unasked.
   */
  codeActions(
    model: DocumentModel,
    range: Range,
    context: readonly Diagnostic[],
    only?: readonly string[],
  ): CodeAction[];
  /** The edit of the renumber-notes command (arguments `[uri, position]`), or undefined. */
  renumberNotes(args: readonly unknown[]): WorkspaceEdit | undefined;
  /** The letters of the edition in reading order (`letters/letters`). */
  letters(): LetterListing[];
  letterAt(model: DocumentModel, position: Position): LetterAt | null;
  adjacentLetter(
    model: DocumentModel,
    position: Position,
    direction: 'next' | 'previous',
  ): LetterSummary | null;
  newLetter(model: DocumentModel, position: Position): NewLetter;
  /** The preview's HTML of a document; with `proof`, its problems as marks on their lines. */
  preview(model: DocumentModel, proof: boolean): LetterPreview;
  /**
   * The edition as a static website: files for the client to write, titled from the metadata, else
   * (as `letters-export --format html`) after the first letters file.
   */
  site(): SiteFile[];
  /** Whether a plain text reads like an edition of letters. */
  detectEdition(text: string): EditionEvidence;
  /** The index of names (every register, persons included) with the letters mentioning each. */
  indexOfNames(): IndexHeading[];
  /** The index of names as the text of a Markdown or CSV document (`letters/indexOfNames`). */
  indexOfNamesText(format: IndexOfNamesParams['format']): string;
  /** Every register entry with the letters that mention it, and the names no register knows (`letters/registers`). */
  registers(): RegistersListing;
  /** The edition as one TEI or CMIF file, with the metadata of its `edition.json` (`letters/exportEdition`). */
  exportEdition(params: ExportEditionParams): ExportedEdition;
}

/** Creates the language service over an edition. */
export function createLanguageService(options: LanguageServiceOptions): LettersLanguageService {
  const { workspace } = options;
  const settings = options.settings ?? (() => DEFAULT_SETTINGS);
  const modelOf = options.modelOf ?? ((uri: string) => workspace.get(uri));
  const problems = (model: DocumentModel) => documentProblems(model, workspace, settings());
  const shownProblemsOf =
    options.shownProblemsOf ??
    ((uri: string) => {
      const model = modelOf(uri);
      return model ? shownProblems(problems(model), settings()) : [];
    });
  return {
    problems,
    prepareProblems: (model, deadline) => prepareProblems(model, workspace, settings(), deadline),
    prepareRequests: (model, deadline) => {
      if (!workspace.registers.matchAhead(model, deadline)) return false;
      prepareLetterSymbols(model);
      return true;
    },
    diagnostics: (model, found = problems(model)) => toDiagnostics(model, found, settings(), workspace),
    sideFileDiagnostics: (uri) => sideFileDiagnostics(uri, workspace, settings()),
    loadDictionary: (after) => loadEnglishDictionary(after).then(() => undefined),
    editionWordsRevision: (model) => wordCountTable(workspace, model).revision,
    editionWordsChangeMatters: (model) => textDamageStale({ model, workspace, settings: settings() }),
    hover: (model, position) => hover(model, toOffset(model, position), workspace, settings()),
    definition: (model, position) => definition(model, toOffset(model, position), workspace, settings()),
    references: (model, position, includeDeclaration) =>
      references(model, toOffset(model, position), workspace, includeDeclaration, settings()),
    documentHighlights: (model, position) =>
      documentHighlights(model, toOffset(model, position), workspace, settings()),
    completion: (model, position) => completion(model, toOffset(model, position), workspace, settings()),
    documentSymbols,
    foldingRanges,
    workspaceSymbols: (query) => workspaceSymbols(workspace, query),
    inlayHints: (model, range) => inlayHints(model, toSpan(model, range), workspace, settings()),
    codeActions(model, range, context, only) {
      const found = problems(model);
      const fixAll = only ? fixAllAction(model, found, settings()) : undefined;
      return codeActions(model, found, toSpan(model, range), context, workspace)
        .concat(fixAll ? [fixAll] : [])
        .filter((action) => kindRequested(action.kind ?? '', only));
    },
    renumberNotes: (args) => renumberNotesCommand(args, modelOf),
    letters: () => workspaceLetters(workspace.all(), shownProblemsOf, workspace.registers),
    letterAt: (model, position) => letterAt(model, toOffset(model, position), shownProblemsOf(model.uri)),
    adjacentLetter: (model, position, direction) =>
      adjacentLetter(workspace.all(), model, toOffset(model, position), direction, shownProblemsOf),
    newLetter: (model, position) => newLetter(model, toOffset(model, position)),
    preview: (model, proof) => preview(model, workspace, proof ? problems(model) : [], settings()),
    site: () => site(workspace, workspace.metadata()?.metadata),
    detectEdition: (text) => detectEdition(text, workspace.words),
    indexOfNames: () => indexOfNames(registerListing(workspace)),
    indexOfNamesText: (format) => indexOfNamesText(workspace, format),
    registers: () => registersListing(workspace),
    exportEdition: (params) => exportEditionFile(workspace, workspace.metadata(), params),
  };
}
