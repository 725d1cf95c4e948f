/**
 * Escapes the characters Markdown would interpret, so that text from the edition or a register
 * shows in a hover as written: the one escaper every hover and the index of names use.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|~]/g, (character) => `\\${character}`);
}
