import type { Problem } from '../../analysis/problems';
import type { Span } from '../../syntax/span';
import type { SpellingCheck } from './englishDictionary';

/**
 * A plural possessive glued to the next word (`workers'opposition`): both sides are English words
 * and the whole is not, so the space after the apostrophe was lost. Transliterations that use the
 * apostrophe for the soft sign (`s'ezd`, `zhizn'`) do not split into two English words.
 */
export function apostropheJointProblems(text: string, range: Span, spelling: SpellingCheck): Problem[] {
  const problems: Problem[] = [];
  const slice = text.slice(range.start, range.end);
  // A quick search for the joint spares the full pattern most letters.
  if (!/s['’]\p{Ll}{4}/u.test(slice)) return problems;
  for (const match of slice.matchAll(/(?<!\p{L})(\p{L}{2,}s)(['’])(\p{Ll}{4,})(?![\p{L}'’])/gu)) {
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
