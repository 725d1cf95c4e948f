import type { Problem } from '../../analysis/problems';
import type { Span } from '../../syntax/span';
import { gatedLineMatches } from './gatedLines';
import type { SpellingCheck } from './englishDictionary';

/**
 * A plural possessive glued to the next word (`workers'opposition`): both sides are English words
 * and the whole is not, so the space after the apostrophe was lost. Transliterations that use the
 * apostrophe for the soft sign (`s'ezd`, `zhizn'`) do not split into two English words.
 */
export function apostropheJointProblems(text: string, range: Span, spelling: SpellingCheck): Problem[] {
  const problems: Problem[] = [];
  const slice = text.slice(range.start, range.end);
  // Only the lines with the joint are searched with the full pattern.
  for (const match of gatedLineMatches(
    slice,
    /(?<!\p{L})(\p{L}{2,}s)(['’])(\p{Ll}{4,})(?![\p{L}'’])/gu,
    /s['’]\p{Ll}{4}/gu,
  )) {
    const [whole, possessive = '', apostrophe = '', next = ''] = match;
    if (!spelling(possessive.toLowerCase()) || !spelling(next) || spelling(whole)) continue;
    const start = range.start + (match.index ?? 0);
    const joint = start + possessive.length + apostrophe.length;
    problems.push({
      code: 'text.missingSpace',
      span: { start, end: start + whole.length },
      message: `\`${whole}\` looks like \`${possessive}${apostrophe} ${next}\`: a space after the apostrophe was lost.`,
      related: [],
      fixes: [
        {
          title: 'Insert a space',
          replacements: [{ span: { start: joint, end: joint }, newText: ' ' }],
          preferred: true,
        },
      ],
    });
  }
  return problems;
}
