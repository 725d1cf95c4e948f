/**
 * The file names of the site, in one place: every page and download has a stable address that
 * depends only on the letter's number or the register entry's id.
 */
import type { EntryKind } from './siteEdition';

/** A letter's page (`letter-12.html`). */
export function letterPageName(number: number): string {
  return `letter-${number}.html`;
}

/** A letter's own TEI file (`letter-12.tei.xml`). */
export function letterTeiName(number: number): string {
  return `letter-${number}.tei.xml`;
}

/** A register entry's page (`person-stalin.html`); characters outside `[A-Za-z0-9_.-]` are encoded. */
export function entryPageName(kind: EntryKind, id: string): string {
  return `${kind}-${id.replace(/[^A-Za-z0-9_.-]/g, (character) => `_${character.codePointAt(0)?.toString(16)}_`)}.html`;
}

/** The edition's CMIF file, linked from the index for correspSearch. */
export const CMIF_FILE = 'edition.cmif.xml';
