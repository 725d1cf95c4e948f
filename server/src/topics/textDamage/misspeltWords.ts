import { placeProblem } from '../../analysis/letterProblems';
import { verdictSlot } from './countQuestions';
import type { Fix, Problem } from '../../analysis/problems';
import type { Span } from '../../syntax/span';
import type { Language } from '../../syntax/vocabulary';
import { remembered } from './fusedWords';
import { unknownToken } from './wordSplits';
import { speechSpelling } from './compoundParts';
import type { Vocabulary } from './splitWeights';
import { letterWords, LOWER_CASE, type LetterWords } from './letterWords';
import { codePointAt, codePointBefore, isLetter, isMark, isNumber } from './characters';

/**
 * How often English must use a word, per million words, for a near miss of it to be a typo of it:
 * common enough that a writer means it (`rendezvous`, about 2), rare words leaving the unknown word
 * alone, since a rare word has near neighbours that are rare words too.
 */
export const COMMON_PER_MILLION = 3;

/**
 * How often English must use a word of `length` letters, per million words, for a near miss of it
 * to be a typo of it. A long word has few neighbours one edit away, and those are rarely words, so
 * a rarer long word is still the word meant (`compltion` → `completion`, `addinistrative`, which
 * film subtitles say under twice per million words); a short word has many, and only a common one
 * is likelier than a word the dictionary lacks.
 */
function commonEnough(length: number): number {
  return length >= LONG_WORD ? LONG_WORD_PER_MILLION : COMMON_PER_MILLION;
}

const LONG_WORD = 8;
const LONG_WORD_PER_MILLION = 0.5;

/** The corrections offered at most, the likeliest first. */
const MOST_CORRECTIONS = 3;

/** Shorter words have too many neighbours one edit away to name the one meant. */
const SHORTEST_WORD = 3;

/**
 * How often English must use the word meant by a short unknown word (three letters, `wth`), or by
 * one that English could derive from a known word (`widey`, `rady`): only a very common word is
 * likelier than a rare word or a derivation the dictionary lacks.
 */
const VERY_COMMON_PER_MILLION = 50;

/**
 * How often English must write a word, per million words, for it to be a word (subtitles included:
 * `booker`, `toto`, `bien`) and not a misspelling: about five times in SUBTLEX's 51 million words.
 */
const WRITTEN_PER_MILLION = 0.1;

/**
 * Letters of transliterated Russian (`zhizn`, `oppozitsiia`, `Kommunisticheskaia`) and of other
 * languages' spelling that English words lack: such a word is never taken for a misspelt one.
 */
const FOREIGN_LETTERS = /kh|zh|shch|iia|iie|iu|ii$|yi|tsk|[^a-z]/u;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The words one edit from `word` after its first letter: a letter dropped, two swapped, one changed
 * or one added. Typists rarely miss the first letter, and a word one letter longer at the front is
 * a word glued to `a` (`adisruption`), not a typo.
 */
function oneEditAway(word: string): Set<string> {
  const edits = new Set<string>();
  for (let at = 1; at <= word.length; at++) {
    const head = word.slice(0, at);
    const tail = word.slice(at);
    if (tail) edits.add(head + tail.slice(1));
    if (tail.length > 1) edits.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of ALPHABET) {
      if (tail) edits.add(head + letter + tail.slice(1));
      edits.add(head + letter + tail);
    }
  }
  edits.delete(word);
  return edits;
}

/**
 * The words `token` may be a typo of: one edit away, spelled right, and used often, by English
 * (per million words) or by the edition (more than once); the commonest first.
 */
function corrections(vocabulary: Vocabulary, token: string): string[] {
  const scored: [string, number][] = [];
  for (const candidate of oneEditAway(token)) {
    const often = vocabulary.frequency(candidate);
    const known = often >= commonEnough(candidate.length) && vocabulary.spelling(candidate);
    if (!known && !vocabulary.edition.usedTwice(candidate)) continue;
    // A plural or a singular of a word (`wohaws`, `deltoid`) is that word's, not a typo of it.
    if (candidate === `${token}s` || token === `${candidate}s`) return [];
    scored.push([candidate, known ? often : COMMON_PER_MILLION]);
  }
  return scored
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MOST_CORRECTIONS)
    .map(([word]) => word);
}

/** Endings and beginnings English makes words with (`steam` → `steamily`, `sift` → `resifted`). */
const SUFFIXES = [
  's',
  'es',
  'ed',
  'er',
  'ers',
  'ing',
  'ly',
  'ily',
  'y',
  'al',
  'ive',
  'ness',
  'ment',
  'ist',
  'ism',
  'ity',
  'cy',
];
const PREFIXES = ['re', 'un', 'non', 'pre', 'over', 'under', 'out', 'sub', 'dis', 'mis', 'co'];

/** Whether `stem` is a word, as it stands or as a suffix changes it (`arcade`, `focus`, `happy`). */
function knownStem(vocabulary: Vocabulary, stem: string): boolean {
  if (stem.length < 3) return false;
  const doubled = /(\p{Ll})\1$/u.test(stem) ? stem.slice(0, -1) : undefined;
  const forms = [stem, `${stem}e`, stem.replace(/i$/u, 'y'), stem.replace(/c$/u, 't'), doubled];
  return forms.some((form) => form !== undefined && vocabulary.spelling(form));
}

/**
 * Whether `token` is a word English derives from a known one, which the dictionary lacks
 * (`employes`, `arcaded`, `resifted`): such a word is rare, not misspelt.
 */
function derivedWord(vocabulary: Vocabulary, token: string): boolean {
  return (
    SUFFIXES.some(
      (suffix) => token.endsWith(suffix) && knownStem(vocabulary, token.slice(0, -suffix.length)),
    ) ||
    PREFIXES.some(
      (prefix) =>
        token.startsWith(prefix) &&
        token.length - prefix.length >= 4 &&
        vocabulary.spelling(token.slice(prefix.length)),
    )
  );
}

/**
 * Whether `token` is a known word spelled as speech or an older English writes it, on purpose: a
 * dropped g (`lovin`, `stirrin`, `somethin`), a reduced word after a modal (`coulda`, `musta`; see
 * {@link speechSpelling}) or a final e (`thinke`, `starre`, `himselfe`).
 */
function writtenOnPurpose(vocabulary: Vocabulary, token: string): boolean {
  return (
    speechSpelling(token, vocabulary.spelling) ||
    (/e$/u.test(token) && vocabulary.spelling(token.slice(0, -1)))
  );
}

/**
 * The length from which a word the frequency list counts a few times only is still asked (see
 * {@link knownToSpelling}): a long one is a slip of the subtitles (`consderations`), a short one
 * more often a rare word (`sprue`, `rata`).
 */
const SUBTITLE_SLIP = 6;

/** Prefixes that English closes up with a word (`interchurch`, `semiprocessed`). */
const CLOSING_PREFIX = /^(?:counter|ultra|anti|semi|pseudo|inter|super|non|multi|pre|post)(?=\p{Ll}{3})/u;

/**
 * Whether the dictionary knows `token`: as it stands, as the plural of a word it knows, or as a
 * word it knows after a prefix English closes up (`interchurch`). Unlike the fused-word rules,
 * a word the frequency list counts a few times only (`presenst`, `consderations`: the subtitles'
 * own slips) is still asked.
 */
function knownToSpelling(vocabulary: Vocabulary, token: string): boolean {
  if (vocabulary.spelling(token) || vocabulary.spelling(token.replace(/s$/u, ''))) return true;
  const prefix = CLOSING_PREFIX.exec(token)?.[0];
  return prefix !== undefined && vocabulary.spelling(token.slice(prefix.length));
}

/** The shortest word of a closed compound that {@link twoWords} reads. */
const COMPOUND_PART = 4;

/** Whether `token` is two dictionary words of four letters or more written as one (`slapshot`). */
function twoWords(vocabulary: Vocabulary, token: string): boolean {
  for (let at = COMPOUND_PART; at <= token.length - COMPOUND_PART; at++)
    if (vocabulary.spelling(token.slice(0, at)) && vocabulary.spelling(token.slice(at))) return true;
  return false;
}

/** The finding on one unknown word, as if it stood at the start of the text. */
function misspeltFinding(vocabulary: Vocabulary, token: string): Problem | undefined {
  if (
    FOREIGN_FUNCTION_WORDS.has(token) ||
    FOREIGN_LETTERS.test(token) ||
    vocabulary.frequency(token) >= WRITTEN_PER_MILLION ||
    (token.length < SUBTITLE_SLIP ? !unknownToken(vocabulary, token) : knownToSpelling(vocabulary, token)) ||
    vocabulary.edition.usedTwice(token) ||
    writtenOnPurpose(vocabulary, token)
  )
    return undefined;
  const meant = corrections(vocabulary, token);
  const first = meant[0];
  if (!first) return undefined;
  const doubtful = token.length < SHORTEST_WORD + 1 || derivedWord(vocabulary, token);
  if (doubtful && vocabulary.frequency(first) < VERY_COMMON_PER_MILLION) return undefined;
  // A rare word meant competes with a compound of two words (`slapshot` is no `snapshot`).
  if (vocabulary.frequency(first) < COMMON_PER_MILLION && twoWords(vocabulary, token)) return undefined;
  const span = { start: 0, end: token.length };
  const others = meant.slice(1).map((word) => `\`${word}\``);
  const fixes: Fix[] = meant.map((word, index) => ({
    title: `Change to ‘${word}’`,
    replacements: [{ span, newText: word }],
    preferred: index === 0,
  }));
  return {
    code: 'text.misspelt',
    span,
    message: `\`${token}\` may be a misspelling of \`${first}\`${others.length > 0 ? ` (or ${others.join(', ')})` : ''}.`,
    related: [],
    fixes,
  };
}

/**
 * Short words of French, Italian, Spanish, German and Latin: a word beside one of them is in a
 * phrase of that language (`le mot juste`, `per favore`, `Tristan und Isolde`), never a typo.
 */
const FOREIGN_FUNCTION_WORDS = new Set(
  'le la les des du de del della delle dei il lo gli per et est une un und der die das dem den ein mit von el los las y en ad ex est non'.split(
    ' ',
  ),
);

/**
 * Whether a lower-case word of the text between `start` and `end`, of {@link SHORTEST_WORD} letters
 * or more (the shorter ones, `a`, `of`, `to`, a third of the words, are never asked), stands as a
 * word of prose: no mark, number, apostrophe, hyphen, slash, at sign or underscore beside it, no
 * full stop before it, nor one after it that a letter follows (an address, a file name, `e.g`).
 */
export function proseWord(text: string, range: Span, start: number, end: number): boolean {
  const before = codePointBefore(text, start, range);
  if (isMark(before) || isNumber(before) || BEFORE_NO_WORD.has(before)) return false;
  const after = codePointAt(text, end, range);
  if (isMark(after) || isNumber(after) || AFTER_NO_WORD.has(after)) return false;
  return after !== FULL_STOP || !isLetter(codePointAt(text, end + 1, range));
}

/** The verdicts of {@link misspeltWordProblems} on a token. */
const MISSPELT = verdictSlot();

const FULL_STOP = 0x2e;
/** The characters a word of prose does not follow, or precede (see {@link proseWord}). */
const AFTER_NO_WORD = new Set([..."'’-/@_"].map((character) => character.charCodeAt(0)));
const BEFORE_NO_WORD = new Set([...AFTER_NO_WORD, FULL_STOP]);
const NEIGHBOUR = /[\p{L}\p{M}'’]+/gu;

/**
 * Whether a word stands among words that are not English: a phrase of another language or a
 * transliterated title (`Moia zhizn'`), where a word next to an unknown one is never a typo.
 */
function amongForeignWords(vocabulary: Vocabulary, text: string, span: Span): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const lineEnd = text.indexOf('\n', span.end);
  const before = text.slice(lineStart, span.start).match(NEIGHBOUR)?.pop();
  const after = text.slice(span.end, lineEnd < 0 ? text.length : lineEnd).match(NEIGHBOUR)?.[0];
  return [before, after].some(
    (word) =>
      word !== undefined &&
      (FOREIGN_FUNCTION_WORDS.has(word.toLowerCase()) ||
        (/^\p{Ll}/u.test(word) && !vocabulary.spelling(word.replace(/['’]$/u, '')))),
  );
}

/** A capitalised word, then a space, at the end of a text. */
const NAME_BEFORE = /\p{Lu}[\p{L}\p{M}'’.]*[ \u00a0]$/u;
/** A space, then a capitalised word, at the start of a text. */
const NAME_AFTER = /^[ \u00a0]\p{Lu}\p{Ll}/u;

/** The longest particle of a name (`ibn`, `von`, `del`). */
const PARTICLE_LETTERS = 3;

/**
 * Whether a lower-case word stands between two capitalised words, as the particle of a name does
 * (`Thabit ibn Qurra`, `Hayy ibn Yaqdhan`, `Ludwig van Beethoven`): no typo of an English word.
 */
function nameParticle(text: string, span: Span): boolean {
  // Particles are short; a longer word between names is asked (`the White House wihth Mrs. Kennedy`).
  return (
    span.end - span.start <= PARTICLE_LETTERS &&
    NAME_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start)) &&
    NAME_AFTER.test(text.slice(span.end, span.end + 3))
  );
}

/**
 * Misspelt words (`rendevous`): a lower-case word of four letters or more that neither the
 * dictionary nor the edition knows, one edit from a word English or the edition uses often. Never
 * a capitalised word (a name), a word with the letters of a transliteration, or a word next to
 * another unknown one (a phrase of another language). `words` are the lower-case words of `range`
 * (see {@link letterWords}).
 */
export function misspeltWordProblems(
  text: string,
  range: Span,
  vocabulary: Vocabulary,
  language: Language,
  words: LetterWords = letterWords(text, range, vocabulary.edition.tokens),
): Problem[] {
  // The dictionaries and frequencies are English: an edition in another language gets no verdict.
  if (language.code !== 'en') return [];
  const problems: Problem[] = [];
  for (let index = 0; index < words.length; index++) {
    if (words.shapes[index] !== LOWER_CASE || (words.letters[index] as number) < SHORTEST_WORD) continue;
    const start = words.starts[index] as number;
    const end = words.ends[index] as number;
    if (!proseWord(text, range, start, end)) continue;
    const found = remembered(vocabulary, MISSPELT, words.tokens[index] as number, misspeltFinding);
    if (!found) continue;
    const span = { start, end };
    if (amongForeignWords(vocabulary, text, span) || nameParticle(text, span)) continue;
    problems.push(placeProblem(found, start));
  }
  return problems;
}
