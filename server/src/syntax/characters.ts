/** Whether a UTF-16 code unit is horizontal white space (space, tab, NBSP and other Unicode spaces). */
export function isHorizontalSpace(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a)
  );
}

/** Whether a code unit ends a line. */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d;
}

/** Whether a code unit is an ASCII digit. */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

const LETTER = /\p{L}/u;

/** Whether the character at `index` is a letter of any script (astral letters included). */
export function isLetterAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  // A low surrogate belongs to the astral character that starts one unit earlier.
  const start = code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : index;
  const codePoint = text.codePointAt(start);
  return codePoint !== undefined && LETTER.test(String.fromCodePoint(codePoint));
}

/**
 * A string with its own storage: V8 makes a slice of 13 characters or more a view of the string it
 * was cut from, which would keep the whole text (a document, a letter) alive as long as the slice
 * is kept. Slicing a concatenation flattens it into new storage (one copy, and a text of Latin-1
 * stays one byte a character); shorter slices are copies already.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
