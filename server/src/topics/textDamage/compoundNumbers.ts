import type { Problem } from '../../analysis/problems';
import type { Span } from '../../syntax/span';
import { gatedLineMatches } from './gatedLines';

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS =
  'one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth';
const NUMERATORS = 'one|two|three|four|five|six|seven|eight|nine|ten';
const DENOMINATORS =
  'half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|hundredths?|thousandths?';

/**
 * A compound number (`twentyfive`, `Fiftyfifth`) or a fraction (`onethird`, `twothirds`) written
 * as one word, in any case, standing on its own (not part of a longer word or compound).
 */
const COMPOUND_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:(${TENS})(${UNITS})|(${NUMERATORS})(${DENOMINATORS}))s?(?![\\p{L}\\p{N}'’-])`,
  'giu',
);

/** The joint of {@link COMPOUND_NUMBER}'s two words, which every match of it holds. */
const JOINT = new RegExp(
  `ty(?:${UNITS})|(?:${NUMERATORS})(?:half|halv|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|hundredth|thousandth)`,
  'giu',
);

/**
 * Compound numbers and fractions that lost their hyphen (`twentyfive` → `twenty-five`,
 * `Fiftyfifth`, `onethird` → `one-third`): English writes the numbers from twenty-one to
 * ninety-nine, and their ordinals, with a hyphen, and never closes them up, nor a fraction's two
 * words. Needs no dictionary.
 */
export function compoundNumberProblems(text: string, range: Span): Problem[] {
  const problems: Problem[] = [];
  const slice = text.slice(range.start, range.end);
  // Only the lines with the joint of such a number are searched with the full pattern.
  for (const match of gatedLineMatches(slice, COMPOUND_NUMBER, JOINT)) {
    const [token, tens, , numerator] = match;
    const head = tens ?? numerator ?? '';
    const compound = `${head}-${token.slice(head.length)}`;
    const start = range.start + (match.index ?? 0);
    const span = { start, end: start + token.length };
    problems.push({
      code: 'text.lostHyphen',
      span,
      message: `\`${token}\` looks like \`${compound}\`: English writes ${tens ? 'a compound number' : 'a fraction'} with a hyphen.`,
      related: [],
      fixes: [{ title: 'Insert a hyphen', replacements: [{ span, newText: compound }], preferred: true }],
    });
  }
  return problems;
}
