/** The block a body line forms, by how it reads in print. */
export type BlockKind = 'salutation' | 'point' | 'postscript' | 'signature' | 'dateline' | 'paragraph';

const SIGNATURE_LENGTH = 40;

/**
 * The kind of a body line, given its text and place (`index` of `count` body lines): what the
 * preview sets off and TEI encodes as `salute`, `signed`, `dateline`, `item` or `postscript`.
 */
export function blockKind(text: string, index: number, count: number, isDateline: boolean): BlockKind {
  const trimmed = text.trim();
  if (isDateline) return 'dateline';
  if (/^\d{1,3}\)/.test(trimmed)) return 'point';
  if (/^P\.\s?S\./.test(trimmed)) return 'postscript';
  if (index === 0 && trimmed.length <= SIGNATURE_LENGTH && /,(?:[ \u00a0]?\d[\d,]*)?$/.test(trimmed))
    return 'salutation';
  // A short last line without a closing period, such as `J. Stalin`, signs the letter.
  if (index >= count - 2 && trimmed.length <= SIGNATURE_LENGTH && !/[.,;:?!]$/.test(trimmed) && index > 0)
    return 'signature';
  return 'paragraph';
}
