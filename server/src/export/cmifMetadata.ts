import type { EditionMetadata } from '../analysis/editionFile';
import type { CmifMetadata } from './cmif';

/** The CMIF metadata, or the `edition.json` fields CMIF requires that the edition lacks. */
export type CmifMetadataResult =
  | { readonly metadata: CmifMetadata; readonly missing?: undefined }
  | { readonly metadata?: undefined; readonly missing: readonly string[] };

/**
 * The CMIF header's metadata from the edition's `edition.json`. CMIF's schema requires a title,
 * at least one editor, a publisher, the URL the file is published at and a licence; the letters
 * need the printed source and the default sender and recipient. `published` is the day of export.
 */
export function cmifMetadata(edition: EditionMetadata, published: string): CmifMetadataResult {
  const { title, publisher, url, licence, source, sender, recipient } = edition;
  const missing = [
    title ? [] : ['"title"'],
    edition.editors.length > 0 ? [] : ['"editors" (at least one, with "name")'],
    publisher ? [] : ['"publisher"'],
    url ? [] : ['"url" (where the CMIF file will be published)'],
    licence ? [] : ['"licence" (with "text" and "url", CC0 or CC BY)'],
    source ? [] : ['"source" (with "bibl")'],
    sender ? [] : ['"sender"'],
    recipient ? [] : ['"recipient"'],
  ].flat();
  if (!title || !publisher || !url || !licence || !source || !sender || !recipient || missing.length > 0)
    return { missing };
  return {
    metadata: {
      title,
      editors: edition.editors,
      publisher,
      url,
      licence,
      source: source.bibl,
      sender,
      recipient,
      published,
    },
  };
}
