import { placeProblem } from '../../analysis/letterProblems';
import { NOT_KEPT, verdictSlot, type Token } from './countQuestions';
import type { Fix, Problem } from '../../analysis/problems';
import type { Span } from '../../syntax/span';
import {
  closedCompound,
  damageShape,
  isFunctionWord,
  CAPITALISED_OPEN,
  LOWER_CASE_OPEN,
  openPair,
  speechSpelling,
} from './compoundParts';
import {
  compoundModifier,
  doubledVowelPrefix,
  hyphenatedCompoundProblem,
  prefixedWord,
  tripledLetter,
} from './compoundModifiers';
import { letterWords, LOWER_CASE, type LetterWords } from './letterWords';
import {
  derivation,
  englishWord,
  plainEnglish,
  threeWaySplits,
  TRANSLITERATION,
  twoWaySplits,
  unknownToken,
  withoutTransliterations,
} from './wordSplits';
import { fusedCandidate, shortPair, shortPairCandidate, shortPairParts } from './wordCandidates';
import { likeliestSplit, RARE_PER_MILLION, type Split, type Vocabulary } from './splitWeights';

/** The codes of words run together without a capital to mark the joint. */
export type FusedWordCode = 'text.runTogether' | 'text.runTogetherUncertain' | 'text.lostHyphen';

/** Why a split after `in` is not sure: the prefix makes words the dictionary may lack. */
const IN_PREFIX_DOUBT = 'English also makes words with `in-`, which the dictionary lists only in part';

/** Words that often open a clause after a lost em dash (`itselfthis`). */
const CLAUSE_OPENERS = new Set(['this', 'that', 'these', 'those', 'it', 'he', 'we', 'they', 'there', 'but']);

function insertion(span: Span, parts: readonly string[], joint: string): Fix {
  const title = joint === ' ' ? 'Insert a space' : 'Insert an em dash';
  return {
    title,
    replacements: [{ span, newText: parts.join(joint) }],
    preferred: false,
  };
}

/**
 * The compound of a plural agent noun and a particle that `token` is without its hyphen
 * (`hangerson` → `hangers-on`, `passersby`): English closes up neither, and the dictionary lists few.
 */
function particleCompound(vocabulary: Vocabulary, token: string): string | undefined {
  const parts = /^(\p{Ll}{3,}ers)(on|by|up|off|in)$/u.exec(token);
  return parts && vocabulary.spelling(parts[1] ?? '') ? `${parts[1]}-${parts[2]}` : undefined;
}

/**
 * The compound that English always hyphenates and that `token` is without its hyphen: `self-` and
 * `ex-` before a word (`selfcriticism`), `so-` before a participle (`socalled`). Unlike `well` or
 * `ill`, which English closes up or leaves open after the noun, these keep the hyphen wherever they stand.
 */
function hyphenatedPrefix(vocabulary: Vocabulary, token: string): string | undefined {
  const parts = /^(self|ex|so)(\p{Ll}{4,})$/u.exec(token);
  if (!parts || !vocabulary.spelling(parts[2] ?? '')) return undefined;
  if (parts[1] === 'so' && !/ed$/u.test(parts[2] ?? '')) return undefined;
  if (parts[1] === 'ex' && !formerRole(vocabulary, parts[2] ?? '')) return undefined;
  return `${parts[1]}-${parts[2]}`;
}

/** How often, per million words, a word after `ex` must occur in English to be read as `ex-` and a role. */
const ROLE_PER_MILLION = 1;

/**
 * Whether a word after `ex` is what `ex-` makes a former one of: a noun English uses often
 * (`ex-wife`, `ex-president`), not a verb's form (`exposited`) or a rare word that a Latin
 * borrowing happens to end with (`extern`, `excursus`).
 */
function formerRole(vocabulary: Vocabulary, word: string): boolean {
  return !/(?:ed|ing)$/u.test(word) && vocabulary.frequency(word) >= ROLE_PER_MILLION;
}

/**
 * `token` at `span` lost the hyphen of `compound`, which the edition writes elsewhere, or English
 * always does (`why` says which rule of English).
 */
export function lostHyphenProblem(span: Span, token: string, compound: string, why?: string): Problem {
  return {
    code: 'text.lostHyphen',
    span,
    message: why
      ? `\`${token}\` looks like \`${compound}\`: ${why}.`
      : `\`${token}\` looks like \`${compound}\`, as the edition writes it elsewhere.`,
    related: [],
    fixes: [{ title: 'Insert a hyphen', replacements: [{ span, newText: compound }], preferred: true }],
  };
}

/**
 * Words run together at `span`, read as the likeliest of `splits`: certain (`text.runTogether`)
 * when it is two common words, no other split into common words comes near it (see
 * {@link likeliestSplit}) and it has the shape of damage rather than of a compound (see
 * {@link damageShape}), or `sure` (a capital or a register's name marks the joint); uncertain
 * otherwise, or when `doubtAbout` gives a reason to doubt it; the space first, an em dash before a
 * clause opener. `splits` is not empty.
 */
export function fusedProblem(
  vocabulary: Vocabulary,
  span: Span,
  token: string,
  splits: readonly Split[],
  sure = false,
  doubtAbout?: string,
): Problem {
  const { best, rivals } = likeliestSplit(vocabulary, splits) ?? { best: splits[0]!, rivals: [] };
  const certain =
    doubtAbout === undefined &&
    best.parts.length === 2 &&
    best.frequent &&
    rivals.length === 0 &&
    (sure || damageShape(best.parts.map((part) => part.toLowerCase())));
  const reading = best.parts.join(' ');
  const fixes: Fix[] = [{ ...insertion(span, best.parts, ' '), preferred: certain }];
  const last = best.parts[best.parts.length - 1] ?? '';
  if (best.parts.length === 2 && CLAUSE_OPENERS.has(last) && (best.parts[0]?.length ?? 0) > 3)
    fixes.push(insertion(span, best.parts, '—'));
  const dashed = fixes[1] ? ` (or \`${best.parts.join('—')}\`)` : '';
  const others = splits.filter((split) => split !== best).map((split) => `\`${split.parts.join(' ')}\``);
  const alternatives = others.length > 0 ? ` (or ${others.join(', ')})` : '';
  const doubt =
    doubtAbout ??
    (rivals.length > 0
      ? 'it splits more than one way'
      : best.frequent
        ? 'English may write it as one word'
        : 'a word of it is rare');
  return {
    code: certain ? 'text.runTogether' : 'text.runTogetherUncertain',
    span,
    message: certain
      ? `\`${token}\` looks like \`${reading}\`${dashed}.`
      : `\`${token}\` may be \`${reading}\`${alternatives}${dashed}: ${doubt}.`,
    related: [],
    fixes,
  };
}

/**
 * What `verdict` says of `token`, computed once per token for the letters that share the
 * vocabulary's answers (see {@link EditionQuestions.remember}): a verdict kept is recalled
 * without building anything.
 */
export function remembered<T>(
  vocabulary: Vocabulary,
  rule: number,
  token: string | Token,
  verdict: (vocabulary: Vocabulary, token: string) => T,
): T {
  const { edition } = vocabulary;
  const one = typeof token === 'string' ? edition.tokens.of(token) : token;
  const kept = edition.recall(rule, one);
  if (kept !== NOT_KEPT) return kept as T;
  return edition.remember(rule, one, (asked) =>
    verdict({ ...vocabulary, edition: asked }, edition.tokens.textOf(one)),
  );
}

/**
 * A compound modifier (`hardfought`, `longterm`; see {@link compoundModifier}) or a prefixed word
 * (`antidrug`; see {@link prefixedWord}) that lost its hyphen, reported as uncertain: English may
 * close it up.
 */
function compoundWithoutHyphen(vocabulary: Vocabulary, span: Span, token: string): Problem | undefined {
  // A word written so more than once is more likely a compound the text closes up (`rightfield`).
  if (vocabulary.edition.usedTwice(token)) return undefined;
  const modifier = compoundModifier(vocabulary, token);
  const parts = modifier ?? prefixedWord(token, vocabulary.spelling);
  // A cluster of transliterated Russian may straddle the joint (`dark-haired`), not stand in a part.
  if (!parts || parts.some((part) => TRANSLITERATION.test(part))) return undefined;
  const compound = parts.join('-');
  const hyphen = { title: 'Insert a hyphen', replacements: [{ span, newText: compound }], preferred: false };
  if (!modifier)
    return {
      code: 'text.runTogetherUncertain',
      span,
      message: `\`${token}\` may be \`${compound}\`: English writes \`${parts[0]}-\` with a hyphen or closed, and the dictionary lacks the closed form.`,
      related: [],
      fixes: [hyphen],
    };
  return {
    code: 'text.runTogetherUncertain',
    span,
    message: `\`${token}\` may be \`${compound}\` (or \`${parts.join(' ')}\`): a compound modifier keeps its hyphen, unless English writes it as one word.`,
    related: [],
    fixes: [hyphen, insertion(span, parts, ' ')],
  };
}

/**
 * How often English must use each of two shorter content words, per million words, for their
 * fusion to read as damage (see {@link LOWER_CASE_OPEN}): words of everyday use (`front page`,
 * `folk music`, `punched card`), not the rarer nouns closed compounds are made of (`paperwads`,
 * `skinfolds`).
 */
const OPEN_PART_PER_MILLION = 5;

/**
 * Whether a split of a lower-case token may be two words run together (see {@link openPair}): as a
 * capitalised token's, or two common content words of three letters or more, nine together, in a
 * token the text writes once (written more often, it is the text's own closed compound: `rulemaking`).
 */
function openLowerCasePair(
  vocabulary: Vocabulary,
  parts: readonly string[],
  usedTwice: (word: string) => boolean,
): boolean {
  if (openPair(parts, usedTwice, CAPITALISED_OPEN)) return true;
  if (usedTwice(parts.join(''))) return false;
  return (
    parts.every((part) => vocabulary.frequency(part) >= OPEN_PART_PER_MILLION) &&
    openPair(parts, usedTwice, LOWER_CASE_OPEN)
  );
}

/**
 * The finding of {@link fusedWordProblems} on one token, as if it stood at the start of the text:
 * what the edition and the shape of the token say, unless they are uncertain, offer no hyphen and
 * English writes the token as a compound with one.
 */
function fusedWordFinding(vocabulary: Vocabulary, token: string): Problem | undefined {
  const span = { start: 0, end: token.length };
  const found = fusionFinding(vocabulary, span, token);
  const hyphenOffered = found?.fixes.some((fix) => fix.title === 'Insert a hyphen');
  if (found && (found.code !== 'text.runTogetherUncertain' || hyphenOffered)) return found;
  return hyphenatedCompoundProblem(vocabulary, span, token) ?? found;
}

function fusionFinding(vocabulary: Vocabulary, span: Span, token: string): Problem | undefined {
  const doubled = englishWord(vocabulary, token) ? undefined : doubledVowelPrefix(token, vocabulary.spelling);
  if (doubled)
    return lostHyphenProblem(
      span,
      token,
      doubled,
      'English keeps the hyphen of a prefix before the same vowel',
    );
  const tripled = englishWord(vocabulary, token) ? undefined : tripledLetter(token, vocabulary.spelling);
  if (tripled)
    return lostHyphenProblem(span, token, tripled, 'English never writes a letter three times in a word');
  if (!vocabulary.spelling(token) && vocabulary.frequency(token) < RARE_PER_MILLION) {
    // Rare in English and unknown to the dictionary: a compound modifier still reads as one.
    if (!unknownToken(vocabulary, token)) return compoundWithoutHyphen(vocabulary, span, token);
  } else if (!unknownToken(vocabulary, token)) return undefined;
  if (derivation(vocabulary, token)) return undefined;
  const compound = vocabulary.edition.hyphenated(token);
  if (compound) return lostHyphenProblem(span, token, compound);
  const particle = particleCompound(vocabulary, token);
  if (particle)
    return lostHyphenProblem(span, token, particle, 'a plural noun and its particle are joined by a hyphen');
  const prefixed = hyphenatedPrefix(vocabulary, token);
  if (prefixed) return lostHyphenProblem(span, token, prefixed, 'English writes it with a hyphen');
  if (speechSpelling(token, vocabulary.spelling)) return undefined;
  const usedTwice = (word: string) => vocabulary.edition.usedTwice(word);
  const open = (splits: readonly Split[]) =>
    withoutTransliterations(vocabulary, token, splits).filter(
      (split) => !closedCompound(split.parts) && openLowerCasePair(vocabulary, split.parts, usedTwice),
    );
  let splits = open(twoWaySplits(vocabulary, token));
  if (splits.length === 0) splits = open(threeWaySplits(vocabulary, token).filter((split) => split.frequent));
  if (splits.length === 0) return compoundWithoutHyphen(vocabulary, span, token);
  // English derives words with `in-` as well (`inholding`, `inclose`), which the dictionary lists
  // only in part: `in` glued to a word is the preposition, but not surely.
  const atIn = splits.every((split) => split.parts[0] === 'in');
  const problem = fusedProblem(vocabulary, span, token, splits, false, atIn ? IN_PREFIX_DOUBT : undefined);
  // Damage may repeat (`tradeunions` three times), but a repeated unknown word is more likely
  // a term of the edition: only a sure split overrides its repetition. Not even that when the sure
  // split is at an affix English derives words with (`transferor`, not `transfer or`) and the
  // edition writes the token more often than each content word of the split on its own
  // (`tradeunions` is damage beside `unions` written more often; `ofconsumer` always is).
  const certain = problem.code === 'text.runTogether';
  if (
    vocabulary.edition.usedTwice(token) &&
    ((!certain && !plainEnglish(vocabulary, splits)) ||
      splits.every(
        (split) =>
          (!certain || affixJoint(split.parts)) &&
          vocabulary.edition.ownWord(
            token,
            split.parts.filter((part) => !isFunctionWord(part)),
          ),
      ))
  )
    return undefined;
  // Uncertain, a compound modifier's reading offers the hyphen first (`hardfought`).
  return certain ? problem : (compoundWithoutHyphen(vocabulary, span, token) ?? problem);
}

/**
 * Whether a split of two words is at a function word that is also an affix English derives words
 * with: `a-` before a word (`asynchrony`, `atypical`), `-or` after one (`transferor`, `grantor`).
 */
function affixJoint(parts: readonly string[]): boolean {
  return parts.length === 2 && (parts[0] === 'a' || parts[1] === 'or');
}

/**
 * Lower-case words run together (`formedical`, `socalled`, `ofa`): a token the dictionary and the edition
 * do not know that splits into two (or, failing that, three) known words, or two short function words. The split is certain only
 * when it is the only one and both words are used elsewhere in the edition; otherwise it is reported
 * as uncertain. A split whose hyphenated form the edition uses is a lost hyphen. `words` are the
 * lower-case words of `range` (see {@link letterWords}).
 */
export function fusedWordProblems(
  text: string,
  range: Span,
  vocabulary: Vocabulary,
  words: LetterWords = letterWords(text, range, vocabulary.edition.tokens),
): Problem[] {
  const problems: Problem[] = [];
  for (let index = 0; index < words.length; index++) {
    if (words.shapes[index] !== LOWER_CASE) continue;
    const start = words.starts[index] as number;
    const end = words.ends[index] as number;
    const letters = words.letters[index] as number;
    if (letters >= 5) {
      if (!fusedCandidate(text, range, start, end)) continue;
      // The same word gets the same finding wherever it stands: it is weighed once per token.
      const found = remembered(vocabulary, FUSED, words.tokens[index] as number, fusedWordFinding);
      if (found) problems.push(placeProblem(found, start));
    } else if (shortPairCandidate(text, range, start, end)) {
      const found = remembered(vocabulary, SHORT_PAIR_RULE, words.tokens[index] as number, shortPairFinding);
      if (found) problems.push(placeProblem(found, start));
    }
  }
  return problems;
}

/** The verdicts of {@link fusedWordProblems} on a token: of a longer word, of a short pair. */
const FUSED = verdictSlot();
const SHORT_PAIR_RULE = verdictSlot();

/** The finding on a word {@link shortPair} accepts, as if it stood at the start of the text. */
function shortPairFinding(vocabulary: Vocabulary, token: string): Problem | undefined {
  if (!shortPair(token) || englishWord(vocabulary, token)) return undefined;
  const parts = shortPairParts(token);
  if (!parts) return undefined;
  const span = { start: 0, end: token.length };
  return fusedProblem(vocabulary, span, token, [{ parts, frequent: true }], true);
}
