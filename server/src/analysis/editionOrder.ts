import type { DocumentModel } from './model';

/**
 * The documents of an edition in reading order: by the lowest letter number each holds, so that
 * `1925.letters` or `may-june.letters` comes before the file whose letters continue its numbering,
 * whatever the file names. Documents without letters come last; ties go by URI so that the order
 * is stable.
 */
export function inEditionOrder(documents: readonly DocumentModel[]): DocumentModel[] {
  const keyed = documents.map((document) => ({ document, lowest: lowestLetterNumber(document) }));
  keyed.sort((a, b) => a.lowest - b.lowest || compareUris(a.document.uri, b.document.uri));
  return keyed.map(({ document }) => document);
}

function lowestLetterNumber(document: DocumentModel): number {
  return document.letters.reduce((lowest, letter) => Math.min(lowest, letter.number), Infinity);
}

function compareUris(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
