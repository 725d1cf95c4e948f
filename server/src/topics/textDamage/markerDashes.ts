import type { Problem } from '../../analysis/problems';
import type { Span } from '../../syntax/span';
import { gatedLineMatches } from './gatedLines';

/**
 * A note marker glued to the words on both sides (`the Congress2it means`): a marker stands after a
 * word and before a space or punctuation, so a word glued after it lost the em dash (or the space)
 * that followed the marker. The em dash is offered first, the space second; neither is sure.
 */
export function markerDashProblems(text: string, range: Span): Problem[] {
  const problems: Problem[] = [];
  const slice = text.slice(range.start, range.end);
  // Only the lines with digits between letters are searched with the full pattern.
  for (const match of gatedLineMatches(
    slice,
    /(?<![\p{L}\d])(\p{L}*\p{Ll}{2})(\d{1,2})(\p{Ll}{2,})(?![\p{L}\d])/gu,
    /\p{Ll}\d{1,2}\p{Ll}/gu,
  )) {
    const [whole, word = '', marker = '', next = ''] = match;
    // Ordinals (`4th`, `2nd`) are written with their letters glued to the digits.
    if (/^(?:st|nd|rd|th)$/u.test(next)) continue;
    const start = range.start + (match.index ?? 0);
    const joint = start + word.length + marker.length;
    problems.push({
      code: 'text.lostDash',
      span: { start, end: start + whole.length },
      message: `\`${whole}\` looks like \`${word}${marker}—${next}\`: after the note marker \`${marker}\` an em dash (or a space) was lost.`,
      related: [],
      fixes: [
        {
          title: 'Insert an em dash',
          replacements: [{ span: { start: joint, end: joint }, newText: '—' }],
          preferred: false,
        },
        {
          title: 'Insert a space',
          replacements: [{ span: { start: joint, end: joint }, newText: ' ' }],
          preferred: false,
        },
      ],
    });
  }
  return problems;
}
