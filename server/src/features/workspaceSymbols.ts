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
  // A number in the query is one of a letter's words: only the letters that have it are asked.
  const number = queryWords[0]?.isNumber ? queryWords[0].text : undefined;
  for (const model of index.all()) {
    const letters = letterSymbols(model);
    const candidates = number === undefined ? letters.all : (letters.byNumber.get(number) ?? []);
    for (const letter of candidates) {
      if (!matches(letter, queryWords)) continue;
      results.push({
        name: letter.title,
        kind: SymbolKind.Module,
        location: { uri: model.uri, range: letter.range },
        containerName: fileName(model.uri),
      });
      if (results.length >= limit) return results;
    }
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

/** A document's letters as symbols, in text order, and by each number among their words or their number. */
interface DocumentLetters {
  readonly all: readonly LetterSymbol[];
  readonly byNumber: ReadonlyMap<string, readonly LetterSymbol[]>;
}

/**
 * Cache keyed by document version (the model): its letters as symbols. A query asks every letter
 * of the edition, and titling them (dates in words) at every keystroke of the query cost more
 * than the search; kept per document, so an edit re-titles the edited document's letters alone
 * and a query with a number (`Letter 54`) asks only the letters that have it.
 */
const symbolsOf = new WeakMap<DocumentModel, DocumentLetters>();

/**
 * Titles a document's letters as symbols ahead of the first query, which otherwise titles every
 * letter of a large edition while the user waits (about 45 ms at 300 files).
 */
export function prepareLetterSymbols(model: DocumentModel): void {
  letterSymbols(model);
}

/** A document's letters as symbols, once per version. */
function letterSymbols(model: DocumentModel): DocumentLetters {
  let symbols = symbolsOf.get(model);
  if (!symbols) {
    const all = model.letters.map((letter): LetterSymbol => {
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
    const byNumber = new Map<string, LetterSymbol[]>();
    for (const letter of all) {
      const numbers = new Set([letter.numberText]);
      for (const word of letter.words) if (/^\d+$/.test(word)) numbers.add(word);
      for (const number of numbers) {
        const list = byNumber.get(number);
        if (list) list.push(letter);
        else byNumber.set(number, [letter]);
      }
    }
    symbols = { all, byNumber };
    symbolsOf.set(model, symbols);
  }
  return symbols;
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
