import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import { type Edition, fileName } from '../analysis/edition';
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
  const results: SymbolInformation[] = [];
  for (const model of index.all()) {
    for (const letter of model.letters) {
      const title = letterTitle(model.words, letter);
      const value = letter.editorialDate?.value;
      const iso = value ? (isoDate(value.date) ?? '') : '';
      if (!matches(`${title} ${iso}`, letter.number, words)) continue;
      results.push({
        name: title,
        kind: SymbolKind.Module,
        location: { uri: model.uri, range: toRange(model, letter.heading) },
        containerName: fileName(model.uri),
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

function matches(title: string, number: number, words: readonly string[]): boolean {
  const haystack = title.toLowerCase();
  return words.every((word) =>
    /^\d+$/.test(word)
      ? haystack.split(/\W+/).includes(word) || String(number) === word
      : haystack.includes(word),
  );
}
