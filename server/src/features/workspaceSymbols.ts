import { SymbolKind, type Range, type SymbolInformation } from 'vscode-languageserver-types';
import { type Edition, fileName } from '../analysis/edition';
import type { DocumentModel } from '../analysis/model';
import type { RegisterEntry } from '../analysis/registers/kind';
import { isoDate } from '../syntax/calendar';
import { letterTitle } from '../analysis/labels';
import { lineRange } from './ranges';
import { toRange } from './ranges';

/**
 * Letters of every `.letters` file in the workspace whose title matches the query: by number
 * (`21`, `Letter 21`), by date words (`June 1926`) or by ISO date (`1926-06-25`, `1926-06`). Every word of the query must occur.
 * Then the persons of the registers whose preferred name, edition name or an alias matches, and
 * the places, organisations and terms whose names match.
 */
export function workspaceSymbols(index: Edition, query: string, limit = 500): SymbolInformation[] {
  const words = query
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  // Numbers first: they rule out most letters at the cost of a look-up.
  const queryWords = words
    .map((text) => ({ text, isNumber: /^\d+$/.test(text) }))
    .sort((a, b) => Number(b.isNumber) - Number(a.isNumber));
  const results: SymbolInformation[] = [];
  const letters = editionLetters(index);
  // A number in the query is one of a letter's words: only the letters that have it are asked.
  const number = queryWords[0]?.isNumber ? queryWords[0].text : undefined;
  const candidates = number === undefined ? letters.all : (letters.byNumber.get(number) ?? []);
  for (const { model, letter } of candidates) {
    if (!matches(letter, queryWords)) continue;
    results.push({
      name: letter.title,
      kind: SymbolKind.Module,
      location: { uri: model.uri, range: letter.range },
      containerName: fileName(model.uri),
    });
    if (results.length >= limit) return results;
  }
  const registers = index.registers;
  for (const kind of registers.kinds)
    for (const entry of kind.entries) {
      const names = namesOf(entry);
      const lineIndex = kind.file(entry.uri)?.lineIndex;
      if (!lineIndex || !words.every((word) => names.includes(word))) continue;
      results.push({
        name: entry.name,
        kind: SymbolKind.Object,
        location: { uri: entry.uri, range: lineRange(lineIndex, entry.span) },
        containerName: `${kind.kind.singular} · ${fileName(entry.uri)}`,
      });
      if (results.length >= limit) return results;
    }
  return results;
}

/** What a query matches a letter against: its title and ISO date, in lower case, and its number. */
interface LetterSymbol {
  readonly title: string;
  readonly range: Range;
  /** The letter's number as written in a query (`21`). */
  readonly numberText: string;
  /** The title and the ISO date in lower case, searched for the query's words. */
  readonly haystack: string;
  /** The haystack's words, which a number in the query must equal. */
  readonly words: ReadonlySet<string>;
}

/**
 * Cache keyed by document version (the model): its letters as symbols. A query asks every letter
 * of the edition, and titling them (dates in words) at every keystroke of the query cost more
 * than the search.
 */
const symbolsOf = new WeakMap<DocumentModel, readonly LetterSymbol[]>();

/** A document's letters as symbols, once per version. */
function letterSymbols(model: DocumentModel): readonly LetterSymbol[] {
  let symbols = symbolsOf.get(model);
  if (!symbols) {
    symbols = model.letters.map((letter) => {
      const title = letterTitle(model.words, letter);
      const value = letter.editorialDate?.value;
      const iso = value ? (isoDate(value.date) ?? '') : '';
      const haystack = `${title} ${iso}`.toLowerCase();
      return {
        title,
        range: toRange(model, letter.heading),
        numberText: String(letter.number),
        haystack,
        words: new Set(haystack.split(/\W+/)),
      };
    });
    symbolsOf.set(model, symbols);
  }
  return symbols;
}

/** Every letter of the edition as a symbol with its document, in URI and text order. */
interface EditionLetter {
  readonly model: DocumentModel;
  readonly letter: LetterSymbol;
}

/**
 * The letters of an edition's documents as symbols (in URI and text order), and by each number
 * among their words or their number, as of a revision of the documents (`Edition.revision`).
 */
interface EditionLetters {
  readonly revision: number;
  readonly all: readonly EditionLetter[];
  readonly byNumber: ReadonlyMap<string, readonly EditionLetter[]>;
}

/**
 * Cache keyed by edition: its letters as symbols. A query with a number (`Letter 54`) then asks
 * only the letters that have it, not every letter of a large edition.
 */
const editionLettersOf = new WeakMap<Edition, EditionLetters>();

function editionLetters(edition: Edition): EditionLetters {
  const kept = editionLettersOf.get(edition);
  if (kept?.revision === edition.revision) return kept;
  const all: EditionLetter[] = [];
  const byNumber = new Map<string, EditionLetter[]>();
  for (const model of edition.all())
    for (const letter of letterSymbols(model)) {
      const entry = { model, letter };
      all.push(entry);
      const numbers = new Set([letter.numberText]);
      for (const word of letter.words) if (/^\d+$/.test(word)) numbers.add(word);
      for (const number of numbers) {
        const list = byNumber.get(number);
        if (list) list.push(entry);
        else byNumber.set(number, [entry]);
      }
    }
  const letters = { revision: edition.revision, all, byNumber };
  editionLettersOf.set(edition, letters);
  return letters;
}

/** Cache keyed by register entry (one per version of its register): its names in lower case, one a line. */
const entryNames = new WeakMap<RegisterEntry, string>();

function namesOf(entry: RegisterEntry): string {
  let names = entryNames.get(entry);
  if (names === undefined) {
    names = [entry.name, ...entry.claims.map((claim) => claim.name)].join('\n').toLowerCase();
    entryNames.set(entry, names);
  }
  return names;
}

/** A word of the query: a number must be one of a letter's words or its number, other words occur anywhere. */
interface QueryWord {
  readonly text: string;
  readonly isNumber: boolean;
}

function matches(letter: LetterSymbol, words: readonly QueryWord[]): boolean {
  return words.every(({ text, isNumber }) =>
    isNumber ? letter.words.has(text) || letter.numberText === text : letter.haystack.includes(text),
  );
}
