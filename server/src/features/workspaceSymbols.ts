import { SymbolKind, type Range, type SymbolInformation } from 'vscode-languageserver-types';
import { type Edition, fileName } from '../analysis/edition';
import type { DocumentModel } from '../analysis/model';
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
  for (const model of index.all()) {
    const container = fileName(model.uri);
    for (const letter of letterSymbols(model)) {
      if (!matches(letter, queryWords)) continue;
      results.push({
        name: letter.title,
        kind: SymbolKind.Module,
        location: { uri: model.uri, range: letter.range },
        containerName: container,
      });
      if (results.length >= limit) return results;
    }
  }
  const registers = index.registers;
  for (const kind of registers.kinds)
    for (const entry of kind.entries) {
      const names = [entry.name, ...entry.claims.map((claim) => claim.name)].join('\n').toLowerCase();
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
