import type { Problem } from '../../analysis/problems';
import { verdictSlot } from './countQuestions';
import type { Span } from '../../syntax/span';
import { gatedLineMatches } from './gatedLines';
import { closedCompound, speechSpelling } from './compoundParts';
import { fusedProblem, remembered } from './fusedWords';
import { derivation, twoWaySplits, unknownToken, withoutTransliterations } from './wordSplits';
import type { Split, Vocabulary } from './splitWeights';

/** A hyphenated compound standing on its own. */
const COMPOUND = /(?<![\p{L}\p{N}'’-])\p{L}+(?:-\p{L}+)+(?![\p{L}\p{N}-])/gu;

/**
 * The split of a part of a compound, if it is a lower-case word of five letters or more that the
 * dictionary does not know and that splits one way only into two known words, and is not a word
 * English writes as one as the rule of words run together reads it: a closed compound or prefixed
 * word (`plain-clothesmen`, `micro-microcurie`), a derivation, a spelling of speech (`a-stoopin'`).
 */
function onlySplit(vocabulary: Vocabulary, part: string): Split | undefined {
  if (!/^\p{Ll}{5,}$/u.test(part) || !unknownToken(vocabulary, part)) return undefined;
  if (derivation(vocabulary, part) || speechSpelling(part, vocabulary.spelling)) return undefined;
  const splits = withoutTransliterations(vocabulary, part, twoWaySplits(vocabulary, part));
  const [only] = splits;
  return splits.length === 1 && only && !closedCompound(only.parts) ? only : undefined;
}

/** The verdicts of {@link hyphenatedPartProblems} on a token (a part of a compound). */
const HYPHENATED_PART = verdictSlot();

/**
 * A hyphenated compound one of whose parts is two words run together. A fused first or middle part
 * lost a hyphen of the compound (`rankand-file` → `rank-and-file`); a fused last part lost the
 * space after it (`export-importplan` → `export-import plan`), since a compound ends where a word
 * follows. The part must be a lower-case word of five letters or more that the dictionary does not
 * know and that splits one way only into two known words.
 */
export function hyphenatedPartProblems(text: string, range: Span, vocabulary: Vocabulary): Problem[] {
  const problems: Problem[] = [];
  const slice = text.slice(range.start, range.end);
  // Only the lines with a hyphen between letters are searched with the full pattern.
  for (const match of gatedLineMatches(slice, COMPOUND, /\p{L}-\p{L}/gu)) {
    const compound = match[0];
    const parts = compound.split('-');
    let partStart = range.start + (match.index ?? 0);
    for (const [index, part] of parts.entries()) {
      const span = { start: partStart, end: partStart + part.length };
      partStart = span.end + 1;
      const last = index === parts.length - 1;
      // An apostrophe after `-in` stands for the dropped `g` of speech (`dry-gulchin'`).
      if (last && /in$/u.test(part) && /^['’]/u.test(text.slice(span.end, span.end + 1))) continue;
      const split = remembered(vocabulary, HYPHENATED_PART, part, onlySplit);
      if (!split) continue;
      if (last) {
        problems.push(fusedProblem(vocabulary, span, part, [split]));
        continue;
      }
      const reading = parts.map((each, at) => (at === index ? split.parts.join('-') : each)).join('-');
      const whole = {
        start: range.start + (match.index ?? 0),
        end: range.start + (match.index ?? 0) + compound.length,
      };
      problems.push({
        code: 'text.lostHyphen',
        span: whole,
        message: `\`${compound}\` looks like \`${reading}\`: a hyphen inside the compound was lost.`,
        related: [],
        fixes: [
          { title: 'Insert a hyphen', replacements: [{ span: whole, newText: reading }], preferred: true },
        ],
      });
    }
  }
  return problems;
}
