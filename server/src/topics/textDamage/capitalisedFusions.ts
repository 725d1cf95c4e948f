import { placeProblem } from '../../analysis/letterProblems';
import { verdictSlot } from './countQuestions';
import type { Problem } from '../../analysis/problems';
import type { Span } from '../../syntax/span';
import { gatedLineMatches } from './gatedLines';
import { CAPITALISED_OPEN, closedCompound, isFunctionWord, openPair } from './compoundParts';
import { hyphenatedCompoundProblem } from './compoundModifiers';
import { fusedProblem, lostHyphenProblem, remembered } from './fusedWords';
import { englishWord } from './wordSplits';
import type { Split, Vocabulary } from './splitWeights';
import { CAPITALISED, letterWords, type LetterWords } from './letterWords';
import { codePointAt, codePointBefore, isLetter, isNumber } from './characters';
import { commonWord, likeliestSplit } from './splitWeights';

/** Two-letter words that may be glued after a capitalised word (`Chinahe'll`): pronouns only. */
const SHORT_TAILS = new Set(['he', 'we']);

/** The longest word after a capitalised one that may be a name's ending (`Fern|and`, `Gran|ther`). */
const NAME_ENDING_LETTERS = 3;

/** A capitalised word or name: the dictionary knows it, or the edition writes it on its own twice. */
function knownHead(vocabulary: Vocabulary, head: string): boolean {
  // `A` is left out: names begin with it (`Abell`, `Alain`), and `a` glued in lower case is found as such.
  if (head === 'I') return true;
  if (head === 'A') return false;
  return (
    head.length >= 2 &&
    (vocabulary.spelling(head) ||
      vocabulary.spelling(head.toLowerCase()) ||
      vocabulary.edition.usedTwice(head.toLowerCase()))
  );
}

/**
 * A word glued after a capitalised one: a common dictionary word (see {@link commonWord}), so that
 * the endings of names (`-ism`, `-ites`, `-ich`) and rare words do not split a name.
 */
function knownTail(vocabulary: Vocabulary, head: string, tail: string): boolean {
  if (tail.length < 3 && !(head === 'I' && tail.length === 2) && !SHORT_TAILS.has(tail)) return false;
  return vocabulary.spelling(tail) && commonWord(vocabulary, tail);
}

/** A token neither English nor the edition knows as it stands (a name written twice is a name). */
function unknownWhole(vocabulary: Vocabulary, token: string): boolean {
  const lower = token.toLowerCase();
  return (
    !vocabulary.spelling(token) && !englishWord(vocabulary, lower) && !vocabulary.edition.usedTwice(lower)
  );
}

/**
 * Whether the head of a split is a name the edition vouches for (a register's or a word list's, or
 * written twice in the edition): then it ends where the name does, and the split is sure.
 */
function vouchedHead(vocabulary: Vocabulary, head: string): boolean {
  const lower = head.toLowerCase();
  return (
    vocabulary.known.has(lower) || (vocabulary.edition.usedTwice(lower) && !englishWord(vocabulary, lower))
  );
}

function splitsOf(vocabulary: Vocabulary, token: string): Split[] {
  const splits: Split[] = [];
  for (let at = 1; at < token.length; at++) {
    const head = token.slice(0, at);
    const tail = token.slice(at);
    if (knownHead(vocabulary, head) && knownTail(vocabulary, head, tail))
      splits.push({
        parts: [head, tail],
        frequent: commonWord(vocabulary, head.toLowerCase()) && commonWord(vocabulary, tail),
      });
  }
  return splits;
}

/** The finding of {@link capitalisedHeadProblems} on one token, as if it stood at the start of the text. */
function capitalisedHeadFinding(vocabulary: Vocabulary, token: string, place: Place): Problem | undefined {
  if (!unknownWhole(vocabulary, token)) return undefined;
  const midSentence = place === 'inside';
  if (place === 'line') {
    const item = splitsOf(vocabulary, token).find((split) => listItemDash(split.parts));
    if (item) return listItemDashProblem(token, item.parts[0] ?? '', item.parts[1] ?? '');
  }
  // A name of places and persons is made of English words (`Bellwood`, `Summerdale`, `Michaelson`):
  // a head the edition does not vouch for needs a split with the shape of damage. Inside a
  // sentence a capitalised function word is a name's part, not a word (`Forand`, `Wasson`).
  const splits = splitsOf(vocabulary, token).filter((split) => {
    const parts = split.parts.map((part) => part.toLowerCase());
    if (vouchedHead(vocabulary, split.parts[0] ?? '')) return true;
    const [head = ''] = parts;
    if (closedCompound(parts) || (midSentence && head !== 'i' && isFunctionWord(head))) return false;
    return openPair(parts, () => false, CAPITALISED_OPEN);
  });
  // First in a sentence, a capital is no name's: the word may be a compound that lost its hyphen (`Longterm`).
  if (splits.length === 0)
    return midSentence
      ? undefined
      : hyphenatedCompoundProblem(vocabulary, { start: 0, end: token.length }, token);
  const [only] = splits;
  const sure = splits.length === 1 && only !== undefined && vouchedHead(vocabulary, only.parts[0] ?? '');
  // The reading weighed is the likeliest split's: a rarer one beside it (`Ru shall` beside `Rush
  // all`) does not make a name less likely.
  const [head = '', tail = ''] = likeliestSplit(vocabulary, splits)?.best.parts ?? [];
  // Inside a sentence, a capitalised word that is no name of its own and that the text never
  // writes alone, before a short word that ends names (`-and`, `-all`, `-ten`, `-her`), is as
  // likely a name (`Fernand`, `Rushall`, `Carsten`, `Granther`); a pronoun glued after a name
  // (`Chinahe`) and a longer word (`Westernparties`) keep their verdict, which a letter alone shares.
  const nameLike =
    midSentence &&
    tail.length <= NAME_ENDING_LETTERS &&
    !SHORT_TAILS.has(tail) &&
    !witnessed(vocabulary, head);
  return fusedProblem(
    vocabulary,
    { start: 0, end: token.length },
    token,
    splits,
    sure,
    nameLike ? `a name may begin with \`${head}\`, which the text does not write on its own` : undefined,
  );
}

/**
 * A capitalised word or name run into the lower-case word after it (`Zinovievcame`, `Partyshould`,
 * `Wehave`, `Imust`): a token that neither the dictionary nor the edition knows, that splits into a
 * capitalised word the dictionary knows or the edition writes on its own twice and a dictionary word the
 * edition uses at least twice. Certain, as for lower-case words, when it splits one way only into
 * words both used at least twice.
 */
function capitalisedHeadProblems(
  text: string,
  range: Span,
  vocabulary: Vocabulary,
  words: LetterWords,
): Problem[] {
  const problems: Problem[] = [];
  let slice: string | undefined;
  for (let index = 0; index < words.length; index++) {
    if (words.shapes[index] !== CAPITALISED) continue;
    const start = words.starts[index] as number;
    if (!capitalisedCandidate(text, range, start, words.ends[index] as number)) continue;
    const token = words.tokens[index] as number;
    // Most capitalised words are known as they stand, wherever they stand: that is weighed once per
    // token, and where the word stands (a look back along its line) is read only for the rest.
    if (!remembered(vocabulary, WHOLE_RULE, token, unknownWhole)) continue;
    slice ??= text.slice(range.start, range.end);
    const place = placeOf(slice, start - range.start);
    const found = remembered(vocabulary, HEAD_RULES[place], token, (v, t) =>
      capitalisedHeadFinding(v, t, place),
    );
    if (found) problems.push(placeProblem(found, start));
  }
  return problems;
}

/**
 * Whether a capitalised word of three letters or more between `start` and `end` is asked: not
 * after a number, a hyphen or a letter's apostrophe (`O'Brien`), not before a number.
 */
export function capitalisedCandidate(text: string, range: Span, start: number, end: number): boolean {
  const before = codePointBefore(text, start, range);
  if (isNumber(before) || before === HYPHEN || isNumber(codePointAt(text, end, range))) return false;
  return (
    (before !== APOSTROPHE && before !== RIGHT_QUOTE) || !isLetter(codePointBefore(text, start - 1, range))
  );
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;

/**
 * Where a word stands: first on its line, after a list's mark if any (`line`: an item of a list
 * may begin there); first in a sentence (after a full stop, question or exclamation mark, colon,
 * opening quote or bracket); or inside a sentence.
 */
type Place = 'line' | 'sentence' | 'inside';

/** The names {@link capitalisedHeadProblems} remembers its verdicts under: per place, and the place-free one. */
const HEAD_RULES: Readonly<Record<Place, number>> = {
  line: verdictSlot(),
  sentence: verdictSlot(),
  inside: verdictSlot(),
};
const WHOLE_RULE = verdictSlot();

function placeOf(text: string, at: number): Place {
  const lineStart = lineStartBefore(text, at);
  const [, mark] = /^\s*([-•*]\s*|\d{1,2}[.)]\s+|\(\w\)\s+)?$/u.exec(text.slice(lineStart, at)) ?? [];
  // A line of a hard-wrapped paragraph starts no item: only a paragraph's first line or a list's mark does.
  const paragraphStart = /(?:^|\n[ \t]*\r?\n|\r[ \t]*\r)$/u.test(
    text.slice(Math.max(0, lineStart - 8), lineStart),
  );
  if (mark !== undefined || (paragraphStart && /^\s*$/u.test(text.slice(lineStart, at)))) return 'line';
  const before = text.slice(Math.max(0, at - 4), at);
  // An initial's full stop ends no sentence: a surname follows it (`D. A. Wasson`, `J.S. Cardone`).
  if (/(?:^|[^\p{L}])\p{Lu}\.\s?$/u.test(before)) return 'inside';
  return /(?:[.!?:;"“‘'([—]\s*|\s\s)$/u.test(before) || at < 2 ? 'sentence' : 'inside';
}

/**
 * The start of the line that holds `at`. One look back to the line's break: two `lastIndexOf`
 * (LF, CR) read back to the start of the text for the break a file does not use, for every word.
 */
function lineStartBefore(text: string, at: number): number {
  let start = at;
  while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
  return start;
}

/**
 * Whether a split of a word first on its line is an item's head that lost its em dash before a
 * participle (`Oilincreased`, `Grainfalling`): a content word, then a verb's form of five letters
 * or more in `-ed` or `-ing`, which no name ends with.
 */
function listItemDash(parts: readonly string[]): boolean {
  const [head = '', tail = ''] = parts;
  return !isFunctionWord(head.toLowerCase()) && tail.length >= 5 && /(?:ed|ing)$/u.test(tail);
}

function listItemDashProblem(token: string, head: string, tail: string): Problem {
  const span = { start: 0, end: token.length };
  return {
    code: 'text.lostDash',
    span,
    message: `\`${token}\` looks like \`${head}—${tail}\`: the em dash after the item's first word was lost.`,
    related: [],
    fixes: [
      { title: 'Insert an em dash', replacements: [{ span, newText: `${head}—${tail}` }], preferred: false },
      { title: 'Insert a space', replacements: [{ span, newText: `${head} ${tail}` }], preferred: false },
    ],
  };
}

/** The verdicts of {@link camelCaseProblems} on a token. */
const CAMEL_CASE_RULE = verdictSlot();

/** The capitalised words of a pair run together (`CommunistParty`: `Communist` and `Party`). */
const CAMEL_CASE = /^(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}{2,})$/u;

/** The finding of {@link camelCaseProblems} on one token, as if it stood at the start of the text. */
function camelCaseFinding(vocabulary: Vocabulary, token: string): Problem | undefined {
  const [, head = '', tail = ''] = CAMEL_CASE.exec(token) ?? [];
  // The speller takes `PostGraduate` for `postgraduate`; only a word it writes with the capital
  // inside (a brand, `PowerPoint`) is one word.
  if (vocabulary.spelling(token) && !vocabulary.spelling(token.toLowerCase())) return undefined;
  const span = { start: 0, end: token.length };
  // Two names, or a name and a word (`NeimanMarcus`, `ToulouseLautrec`): a pair joined by a dash;
  // uncertain with a word, which a brand also joins to a name (`VeriSign`, `AmeriCorps`).
  const heads = [head, tail].filter((part) => knownHead(vocabulary, part)).length;
  if (heads < 2) return namesProblem(span, token, head, tail, heads === 1);
  const compound = vocabulary.edition.hyphenated(token.toLowerCase());
  if (compound) {
    const [first = '', second = ''] = compound.split('-');
    return lostHyphenProblem(span, token, `${token.slice(0, first.length)}-${token.slice(-second.length)}`);
  }
  // A name the edition writes more often than each word of it on its own is its name (`PlayWood`), not
  // two words run together (`CommunistParty`, beside `Party` written far more often).
  const lower = token.toLowerCase();
  if (
    vocabulary.edition.usedTwice(lower) &&
    vocabulary.edition.ownWord(lower, [head.toLowerCase(), tail.toLowerCase()])
  )
    return undefined;
  // The capital inside the word marks the joint: the split is sure whatever the words' frequency,
  // when the first word is one of its own (a function word, a name, a register's word) or the text
  // writes the last on its own, as it refers back to a phrase's head (`Central Committee`, then `the
  // Committee`; `Great Britain`). A brand joins a common word to another the text never writes
  // alone (`WorldPride`, `PrinceRidge`, `SuperDot`): a first word written elsewhere vouches for no joint.
  const vouched = ownWord(vocabulary, head) || witnessed(vocabulary, tail);
  if (!vouched)
    return {
      code: 'text.runTogetherUncertain',
      span,
      message: `\`${token}\` may be \`${head} ${tail}\`: the text does not write these words on their own, and a name may be written with a capital inside.`,
      related: [],
      fixes: [
        { title: 'Insert a space', replacements: [{ span, newText: `${head} ${tail}` }], preferred: false },
      ],
    };
  return fusedProblem(vocabulary, span, token, [{ parts: [head, tail], frequent: true }], true);
}

/**
 * Whether a capitalised word is vouched for as a word on its own: one of its own (see
 * {@link ownWord}), or one the edition writes twice or more.
 */
function witnessed(vocabulary: Vocabulary, word: string): boolean {
  return ownWord(vocabulary, word) || vocabulary.edition.usedTwice(word.toLowerCase());
}

/**
 * Whether a capitalised word is a word of its own whatever the text's counts: a function word, a
 * name the dictionary knows only capitalised (`Britain`), or a word of the edition's registers or
 * word lists.
 */
function ownWord(vocabulary: Vocabulary, word: string): boolean {
  const lower = word.toLowerCase();
  return (
    isFunctionWord(lower) ||
    (vocabulary.spelling(word) && !vocabulary.spelling(lower)) ||
    vocabulary.known.has(lower)
  );
}

/** Beginnings of surnames written with a capital inside (`FitzGerald`, `VanDyke`, `DelVecchio`). */
const SURNAME_PARTICLES = /^(?:Fitz|Van|Von|Della|Dal|Del|Des|Mac|Ten|Ter)$/u;

/**
 * Two names neither English nor the edition knows, of four letters or more, joined by a lost en
 * dash (`MolotovRykov` for `Molotov–Rykov`), as a pair of authors or a bloc is named; `uncertain`
 * when one of them is a word (`NeimanMarcus`).
 */
function namesProblem(
  span: Span,
  token: string,
  head: string,
  tail: string,
  uncertain: boolean,
): Problem | undefined {
  if (head.length < 4 || tail.length < 4 || SURNAME_PARTICLES.test(head)) return undefined;
  const reading = `${head}–${tail}`;
  return {
    code: uncertain ? 'text.runTogetherUncertain' : 'text.lostEnDash',
    span,
    message: uncertain
      ? `\`${token}\` may be \`${reading}\` (or \`${head} ${tail}\`): a name joined to a word or another name.`
      : `\`${token}\` looks like \`${reading}\`: the en dash between two names was lost.`,
    related: [],
    fixes: [
      { title: 'Insert an en dash', replacements: [{ span, newText: reading }], preferred: false },
      { title: 'Insert a space', replacements: [{ span, newText: `${head} ${tail}` }], preferred: false },
    ],
  };
}

/**
 * Two capitalised words run together (`CommunistParty`, `ExecutiveCommittee`,
 * `Anglo-RussianCommittee`): both known words of four and three letters or more, so that `MacDonald`
 * and `DeVries` stay whole. A pair the edition writes elsewhere with a hyphen (`Worker-Peasant`)
 * lost its hyphen.
 */
function camelCaseProblems(slice: string, offset: number, vocabulary: Vocabulary): Problem[] {
  const problems: Problem[] = [];
  // Only the lines where a capital follows a lower-case letter are searched with the full pattern.
  for (const match of gatedLineMatches(
    slice,
    /(?<![\p{L}\p{N}'’])\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}{2,}(?![\p{L}\p{N}])/gu,
    /\p{Ll}\p{Lu}\p{Ll}{2}/gu,
  )) {
    const found = remembered(vocabulary, CAMEL_CASE_RULE, match[0], camelCaseFinding);
    if (found) problems.push(placeProblem(found, offset + (match.index ?? 0)));
  }
  return problems;
}

/**
 * Words run together where the first is capitalised (`Zinovievcame`, `CommunistParty`), in `range`;
 * `words` are its capitalised words (see {@link letterWords}).
 */
export function capitalisedFusionProblems(
  text: string,
  range: Span,
  vocabulary: Vocabulary,
  words: LetterWords = letterWords(text, range, vocabulary.edition.tokens),
): Problem[] {
  return [
    ...camelCaseProblems(text.slice(range.start, range.end), range.start, vocabulary),
    ...capitalisedHeadProblems(text, range, vocabulary, words),
  ].sort((a, b) => a.span.start - b.span.start);
}
