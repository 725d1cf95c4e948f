/**
 * The file names of the site, in one place: every page and download has a stable address that
 * depends only on the letter's number or the register entry's id.
 */
/** A letter's page (`letter-12.html`). */
export function letterPageName(number: number): string {
  return `letter-${number}.html`;
}

/** A letter's own TEI file (`letter-12.tei.xml`). */
export function letterTeiName(number: number): string {
  return `letter-${number}.tei.xml`;
}

/**
 * A register entry's page by its register's word for one entry (`person-stalin.html`); characters
 * of the id outside `[A-Za-z0-9_.-]` are encoded.
 */
export function entryPageName(singular: string, id: string): string {
  return `${singular}-${id.replace(/[^A-Za-z0-9_.-]/g, (character) => `_${character.codePointAt(0)?.toString(16)}_`)}.html`;
}

/** The edition's CMIF file, linked from the index for correspSearch. */
export const CMIF_FILE = 'edition.cmif.xml';
