/**
 * Markdown as plain text, for clients that show hover and completion documentation as plain text
 * only. The server's Markdown is its own (generated with the user's text escaped), so only the
 * constructs it writes are read: emphasis, inline code, links, rules and backslash escapes.
 */

/** A thematic break on a line of its own. */
const RULE = /^ {0,3}(?:-{3,}|\*{3,}|_{3,})[ \t]*$/gm;
/** In one pass, so that a link's target keeps its underscores: an escape, a link, or a mark. */
const INLINE = /(\\.)|\[((?:\\.|[^\]\\])*)\]\(([^)\s]*)\)|[*_`]/g;

/** The text a reader sees of a Markdown string: marks dropped, escapes resolved, links as `text (target)`. */
export function markdownToPlainText(markdown: string): string {
  return markdown.replace(RULE, '\u2014').replace(INLINE, inline);
}

function inline(_match: string, escaped?: string, linkText?: string, target?: string): string {
  if (escaped !== undefined) return escaped.slice(1);
  if (linkText !== undefined) return `${linkText.replace(INLINE, inline)} (${target ?? ''})`;
  return '';
}

/** An LSP snippet as the plain text it inserts: placeholders keep their default, tab stops vanish. */
export function snippetToPlainText(snippet: string): string {
  let text = snippet;
  // Nested placeholders resolve from the inside out.
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(/\$\{\d+:((?:\\.|[^{}\\$])*)\}/g, '$1').replace(/\$\{\d+\|([^,|}]*)[^}]*\|\}/g, '$1');
  }
  return text.replace(/\$\{\d+\}|\$\d+/g, '').replace(/\\([$}\\])/g, '$1');
}
