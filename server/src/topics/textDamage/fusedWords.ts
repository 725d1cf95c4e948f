import { placeProblem } from '../../analysis/letterProblems';
import { NOT_KEPT, verdictSlot, type Token } from './countQuestions';
import type { Fix, Problem } from '../../analysis/problems';
import type { Span } from '../../syntax/span';
import {
  closedCompound,
  damageShape,
  inflected,
  subPrefixed,
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
import { codePointAt, codePointBefore, isLetter, isNumber } from './characters';
import {
  commonShortWord,
  commonWord,
  likeliestSplit,
  RARE_PER_MILLION,
  type Split,
  type Vocabulary,
} from './splitWeights';

/** The codes of words run together without a capital to mark the joint. */
export type FusedWordCode = 'text.runTogether' | 'text.runTogetherUncertain' | 'text.lostHyphen';

/**
 * Letter clusters of transliterated Russian (`Kommunisticheskaia`, `Narkomindel` aside, which are
 * capitalised): such a token is left alone even if it happens to split into English words. `yi`
 * before `ng` or `eld` and `iu` before `m` are English's (`paying`, `yield`, `premium`), not a
 * transliteration's (`novyi`, `rezoliutsiia`).
 */
const TRANSLITERATION = /kh|zh|shch|iia|iie|iu(?!m)|ii$|yi(?!ng|eld)|tsk/u;

/**
 * Prefixes that English closes up with the word after them (`countertheses`,
 * `ultrainternationalist`): a token starting with one is a compound, not damage.
 */
const CLOSING_PREFIXES = /^(?:counter|ultra|anti|semi|pseudo|inter|super|non|multi|pre|post)/u;

/**
 * A word English uses as it stands: the dictionary knows it, or the frequency list does, which
 * counts closed compounds the dictionary lacks (`knuckleball`, `hotdogs`) and never damage.
 */
export function englishWord(vocabulary: Vocabulary, word: string): boolean {
  return vocabulary.spelling(word) || vocabulary.frequency(word) > 0 || vocabulary.compounds.closed(word);
}

/** Short words that may be glued to a neighbour only when the edition uses them often. */
const SHORTEST_PART = 2;

/** Words that often open a clause after a lost em dash (`itselfthis`). */
const CLAUSE_OPENERS = new Set(['this', 'that', 'these', 'those', 'it', 'he', 'we', 'they', 'there', 'but']);

/**
 * Abbreviations of archival citations (`op.`, `ll.`, `ob.`, `vyp.`) that the dictionary also lists
 * as words: frequent in the edition, they are never a word glued to another (`oppositional`).
 */
const CITATION_ABBREVIATIONS = new Set(['op', 'll', 'ob', 'vyp', 'vol', 'pp']);

/** A known word: the dictionary has it or the edition uses it more than once; short ones must be common. */
function known(vocabulary: Vocabulary, part: string): boolean {
  if (part.length < SHORTEST_PART) return part === 'a';
  if (CITATION_ABBREVIATIONS.has(part)) return false;
  if (part.length <= 3) return vocabulary.spelling(part) && commonShortWord(vocabulary, part);
  return vocabulary.spelling(part) || vocabulary.edition.usedTwice(part);
}

/** The splits of `token` into two known words. */
export function twoWaySplits(vocabulary: Vocabulary, token: string): Split[] {
  const splits: Split[] = [];
  for (let at = 1; at < token.length; at++) {
    const parts = [token.slice(0, at), token.slice(at)];
    if (parts.every((part) => known(vocabulary, part)))
      splits.push({ parts, frequent: parts.every((part) => commonWord(vocabulary, part)) });
  }
  return splits;
}

function threeWaySplits(vocabulary: Vocabulary, token: string): Split[] {
  const splits: Split[] = [];
  for (let first = 1; first < token.length - 1; first++) {
    const head = token.slice(0, first);
    if (!known(vocabulary, head)) continue;
    for (const rest of twoWaySplits(vocabulary, token.slice(first)))
      splits.push({
        parts: [head, ...rest.parts],
        frequent: commonWord(vocabulary, head) && rest.frequent,
      });
  }
  return splits;
}

/** A token the dictionary does not know, that does not start with a prefix English closes up. */
export function unknownToken(vocabulary: Vocabulary, token: string): boolean {
  // The dictionary misses some plurals (`extortions`) that it knows in the singular.
  const singular = token.replace(/s$/u, '');
  return !englishWord(vocabulary, token) && !vocabulary.spelling(singular) && !CLOSING_PREFIXES.test(token);
}

/**
 * The splits of `token` that are not a transliteration cut into English-looking pieces: a token
 * with a cluster of transliterated Russian (`oppozitsiia`) keeps only the splits into dictionary
 * words free of such clusters, where the cluster straddles the joint (`majorityin`).
 */
export function withoutTransliterations(
  vocabulary: Vocabulary,
  token: string,
  splits: readonly Split[],
): Split[] {
  if (!TRANSLITERATION.test(token)) return [...splits];
  return splits.filter((split) =>
    split.parts.every((part) => vocabulary.spelling(part) && !TRANSLITERATION.test(part)),
  );
}

/**
 * Whether the only split is into dictionary words, each long or a function word (`of consumer`),
 * which no transliteration is.
 */
function plainEnglish(vocabulary: Vocabulary, splits: readonly Split[]): boolean {
  return (
    splits.length === 1 &&
    splits[0]?.parts.length === 2 &&
    splits[0].parts.every((part) => vocabulary.spelling(part) && (part.length >= 4 || isFunctionWord(part)))
  );
}

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
 * Suffixes English derives words with from any word (`ontological` → `ontologically`,
 * `watercolor` → `watercolorists`, `mayor` → `mayorship`, `schoolgirl` → `schoolgirlish`), which a
 * dictionary lists only for some.
 */
const DERIVING_SUFFIXES = /(?:ly|ness|ism|isms|ist|ists|ish|ship|ships|hood|hoods)$/u;

/** The shortest word a suffix of {@link DERIVING_SUFFIXES} is read as derived from. */
const DERIVED_FROM = 5;

/**
 * Whether `token` is a dictionary word with a deriving suffix or an inflection's ending (see
 * {@link inflected}), or `sub-` before a word (see {@link subPrefixed}): a word English builds, not
 * two run together (`onto logically`). A fusion leaves no such stem (`thequickly` is not `thequick` + `ly`).
 */
export function derivation(vocabulary: Vocabulary, token: string): boolean {
  if (inflected(token, vocabulary.spelling) || subPrefixed(token, vocabulary.spelling)) return true;
  const suffix = DERIVING_SUFFIXES.exec(token)?.[0];
  if (!suffix) return false;
  const stem = token.slice(0, -suffix.length);
  return stem.length >= DERIVED_FROM && vocabulary.spelling(stem);
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
  const problem = fusedProblem(vocabulary, span, token, splits);
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

/**
 * Whether a lower-case word of five letters or more between `start` and `end` is asked: not
 * after a number, an apostrophe or a hyphen, not before a number or a hyphen, nor before an
 * apostrophe unless a contraction follows it (`blocthere's`; a possessive apostrophe may not).
 */
export function fusedCandidate(text: string, range: Span, start: number, end: number): boolean {
  const before = codePointBefore(text, start, range);
  if (isNumber(before) || before === APOSTROPHE || before === RIGHT_QUOTE || before === HYPHEN) return false;
  const after = codePointAt(text, end, range);
  if (isNumber(after) || after === HYPHEN) return false;
  return (after !== APOSTROPHE && after !== RIGHT_QUOTE) || contractionAt(text, end + 1, range);
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;

/** Whether a contraction's ending (`s`, `ll`, `re`, `ve`, `d`, `m`) stands at `at`, no letter after it. */
function contractionAt(text: string, at: number, range: Span): boolean {
  const ending = CONTRACTION_ENDINGS.exec(text.slice(at, Math.min(at + 2, range.end)))?.[0];
  return ending !== undefined && !isLetter(codePointAt(text, at + ending.length, range));
}

const CONTRACTION_ENDINGS = /^(?:s|ll|re|ve|d|m)/u;

/**
 * Whether a lower-case word of two to four letters between `start` and `end` stands where two
 * short function words run together are asked about (`ofa`, `tobe`; whether it is two such words
 * is {@link shortPair}'s): not beside a number, an apostrophe or a hyphen.
 */
export function shortPairCandidate(text: string, range: Span, start: number, end: number): boolean {
  return !pairNeighbour(codePointBefore(text, start, range)) && !pairNeighbour(codePointAt(text, end, range));
}

const pairNeighbour = (code: number): boolean =>
  isNumber(code) || code === APOSTROPHE || code === RIGHT_QUOTE || code === HYPHEN;

/** Whether a lower-case word may be two short function words: one of them and one or two letters more. */
export const shortPair = (token: string): boolean => SHORT_PAIR.test(token);

/** The finding on a word of {@link SHORT_PAIR}, as if it stood at the start of the text. */
function shortPairFinding(vocabulary: Vocabulary, token: string): Problem | undefined {
  if (!shortPair(token) || englishWord(vocabulary, token)) return undefined;
  const parts = shortPairParts(token);
  if (!parts) return undefined;
  const span = { start: 0, end: token.length };
  return fusedProblem(vocabulary, span, token, [{ parts, frequent: true }], true);
}

/** The shortest function words, which a lost line's end glues into a token of three or four letters (`ofa`, `tobe`). */
const SHORT_FUNCTION_WORDS = new Set(
  'a an as at be by he in is it me my no of on or so to up us we'.split(' '),
);

/** A lower-case word of two to four letters that may be two of {@link SHORT_FUNCTION_WORDS}. */
const SHORT_PAIR = /^(?:a|an|as|at|by|in|is|it|of|on|or|to)\p{Ll}{1,2}$/u;

/**
 * The two function words that `token` is, if it is two in one way only (`ofa` → `of a`, `tobe` →
 * `to be`); a word the dictionary or the frequency list knows (`into`, `anon`, `tome`) was never asked.
 */
function shortPairParts(token: string): [string, string] | undefined {
  let found: [string, string] | undefined;
  for (let at = 1; at < token.length; at++) {
    const head = token.slice(0, at);
    const tail = token.slice(at);
    if (!SHORT_FUNCTION_WORDS.has(head) || !SHORT_FUNCTION_WORDS.has(tail)) continue;
    if (found) return undefined;
    found = [head, tail];
  }
  return found;
}
