/**
 * What a lost hyphen leaves that English does not write closed: a compound modifier (`hard-fought`,
 * `long-term`, `twenty-year`, `blue-eyed`) and a prefix doubling a vowel (`semi-independent`). A
 * token the dictionary and the frequency list both lack that reads so is a hyphen lost, not a
 * closed compound: English closes noun compounds (`clubrooms`, `lightbulb`), which start with no
 * modifier of this list and end in no participle.
 */
import type { Problem } from '../../analysis/problems';
import type { Span } from '../../syntax/span';
import { closedCompound, isFunctionWord } from './compoundParts';
import { commonWord, RARE_PER_MILLION, type Vocabulary } from './splitWeights';

/**
 * First parts that make compound modifiers, hyphenated before a noun: adverbs of degree and
 * quality (`well-known`, `ill-fated`, `half-closed`, `ever-changing`), adjectives of measure,
 * position, speed, age and colour (`high-priced`, `long-term`, `top-grade`, `middle-aged`,
 * `old-fashioned`, `dark-haired`), and numbers (`twenty-year`, `fifty-cent`, `sixth-grade`).
 * `left` and `right` are left out: sports pages close them up (`rightfield`).
 */
const MODIFIER_HEADS = new Set(
  (
    'well ill half ever less much many more most all near far ' +
    'high low long short full part first last top best hard soft fast slow quick big small large wide ' +
    'deep open close cross middle inner outer old new fine safe sure free loose tight thin thick ' +
    'broad narrow hot cold warm cool dark pale bright blue green brown gray grey ' +
    'one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty ' +
    'sixty seventy eighty ninety hundred second third fourth fifth sixth seventh eighth ninth tenth'
  ).split(' '),
);

/**
 * Past participles that do not end in `-ed` (`city-bred`, `foreign-born`, `hard-fought`), those
 * that are also common nouns or word endings left out (`shot`, `set`, `run`, `led`: `slapshot`, `kneeled`).
 */
const IRREGULAR_PARTICIPLES = new Set(
  (
    'bred born borne built brought clad drawn driven fought grown held hung known made meant ' +
    'sought sold spoken stricken struck taken taught torn worn woven written eyed'
  ).split(' '),
);

/**
 * Whether `word` is a past participle: an irregular one (`eyed` among them), or a word in `-ed`
 * whose stem of three letters or more is a word (`soaked`, `minded`, `topped`), never a word that
 * merely ends so (`red`, `seed`). `bound` is left out: English closes it up (`clothbound`, `snowbound`).
 */
export function pastParticiple(word: string, spelling: (word: string) => boolean): boolean {
  if (IRREGULAR_PARTICIPLES.has(word)) return true;
  if (!/ed$/u.test(word) || word.length < 5) return false;
  const stem = word.slice(0, -2);
  return spelling(stem) || spelling(`${stem}e`) || (/(\p{L})\1$/u.test(stem) && spelling(stem.slice(0, -1)));
}

/**
 * Particles of phrasal verbs. A verb's participle and its particle make a modifier (`beefed-up`,
 * `washed-out`, `drawn-back`), which English hyphenates or leaves open; it closes up only nouns
 * of a verb's stem and particle (`breakdown`, `setback`, `cutout`), never a participle's.
 */
const PARTICLES = new Set(['up', 'out', 'back', 'off', 'down', 'away']);

/** The shortest of {@link PARTICLES}. */
const SHORTEST_PARTICLE = 2;

/**
 * Last parts that make compound modifiers of any noun, hyphenated before a noun (`genome-wide`,
 * `friction-free`, `oil-rich`, `computer-based`, `Reeves-type`, `spice-laden`), which English closes
 * up only in a few words the dictionary lists (`worldwide`, `carefree`).
 */
const MODIFIER_TAILS = new Set(['wide', 'free', 'rich', 'based', 'type', 'laden']);

/** The syllables of a word, as its groups of vowels, a final silent `e` aside (`commutator` 4, `glass` 1, `horse` 1). */
function syllables(word: string): number {
  const groups = word.match(/[aeiouy]+/gu)?.length ?? 0;
  return /[^aeiouy]e$/u.test(word) && !/le$/u.test(word) && groups > 1 ? groups - 1 : groups;
}

/**
 * Whether English hyphenates `-like` after `head`: after a word ending in `l` (`bull-like`, no
 * tripled `l`) or of three syllables or more (`commutator-like`, `interference-like`), as style
 * guides ask; after a short word it closes it up (`catlike`, `glasslike`, `horselike`).
 */
function hyphenatedLike(vocabulary: Vocabulary, head: string): boolean {
  return vocabulary.spelling(head) && (/l$/u.test(head) || syllables(head) >= 3);
}

/** The shortest part of a compound modifier (`red-haired`, `old-time`). */
const SHORTEST_PART = 3;

/**
 * Whether `head` and `tail` read as a compound modifier that lost its hyphen: no function word, not
 * a derivation or prefixed word English closes up (see {@link closedCompound}), the tail a
 * dictionary word, and either a modifier of {@link MODIFIER_HEADS} first (`long-term`, `red-haired`)
 * or a common word before a past participle (`tear-soaked`, `city-bred`), or a past participle
 * before a particle (`beefed-up`).
 */
function modifierPair(vocabulary: Vocabulary, head: string, tail: string): boolean {
  if (PARTICLES.has(tail) && pastParticiple(head, vocabulary.spelling)) return true;
  // A verb and `up` make nouns and modifiers (`wake-up`, `run-up`, `walk-up`, `runner-up`) that
  // English hyphenates or leaves open unless the dictionary lists them closed (`setup`, `pickup`); a
  // plural noun takes no particle (`catsup`).
  if (tail === 'up')
    return (
      head.length >= SHORTEST_PART &&
      !head.endsWith('s') &&
      !isFunctionWord(head) &&
      vocabulary.spelling(head) &&
      commonWord(vocabulary, head)
    );
  if (head.length < SHORTEST_PART || tail.length < SHORTEST_PART) return false;
  if (tail === 'like') return hyphenatedLike(vocabulary, head);
  if (isFunctionWord(head) || isFunctionWord(tail) || closedCompound([head, tail])) return false;
  if (!vocabulary.spelling(tail)) return false;
  if (MODIFIER_HEADS.has(head)) return true;
  if (MODIFIER_TAILS.has(tail) && vocabulary.spelling(head)) return true;
  return (
    vocabulary.spelling(head) && commonWord(vocabulary, head) && pastParticiple(tail, vocabulary.spelling)
  );
}

/**
 * The two words of a compound modifier that `token` is without its hyphen (`hardfought` → `hard`,
 * `fought`; see {@link modifierPair}), if it reads so one way only.
 */
export function compoundModifier(vocabulary: Vocabulary, token: string): [string, string] | undefined {
  let found: [string, string] | undefined;
  for (let at = SHORTEST_PART; at <= token.length - SHORTEST_PARTICLE; at++) {
    const head = token.slice(0, at);
    const tail = token.slice(at);
    if (!modifierPair(vocabulary, head, tail)) continue;
    if (found) return undefined;
    found = [head, tail];
  }
  return found;
}

/**
 * Prefixes that English writes both closed and with a hyphen before any word (`antidrug` and
 * `anti-drug`, `semiautonomous`, `pseudoquestions`, `postattack`, `quasilegal`, `neoclassical`):
 * the dictionary lists the closed forms in use, so a prefixed word it lacks is as likely one that
 * lost its hyphen. Left to the dictionary: `non`, which edited English closes before any word
 * (`nontrade`, `nonionic`), and prefixes that begin closed words and names more often (`super`,
 * `inter`, `pre`, `sub`, `co`, `mid`, `multi`, `ultra`: `supercell`, `interbank`, `precut`,
 * `ultrainternationalist`).
 */
const HYPHENATING_PREFIXES = /^(anti|semi|pseudo|post|quasi|neo)(\p{Ll}{3,})$/u;

/**
 * The prefix and the dictionary word that `token` is without its hyphen (`antidrug` → `anti`,
 * `drug`; see {@link HYPHENATING_PREFIXES}). The caller asks only tokens the dictionary lacks.
 */
export function prefixedWord(
  token: string,
  spelling: (word: string) => boolean,
): [string, string] | undefined {
  const parts = HYPHENATING_PREFIXES.exec(token);
  const [prefix = '', word = ''] = parts ? [parts[1], parts[2]] : [];
  return parts && spelling(word) ? [prefix, word] : undefined;
}

/** Prefixes ending in a vowel that English hyphenates before the same vowel (`anti-intellectual`, `semi-independent`). */
const VOWEL_PREFIXES =
  /^(anti|semi|multi|ultra|pseudo|infra|intra|extra|supra|micro|macro|mini|retro|neo|proto|auto)(\p{Ll}{4,})$/u;

/**
 * The hyphenated form of a prefix and a word whose first letter doubles the prefix's last
 * (`semiindependent` → `semi-independent`, `antiintellectual`): English keeps the hyphen there,
 * and the word must be a dictionary word.
 */
export function doubledVowelPrefix(token: string, spelling: (word: string) => boolean): string | undefined {
  const parts = VOWEL_PREFIXES.exec(token);
  const [prefix = '', word = ''] = parts ? [parts[1], parts[2]] : [];
  if (!parts || prefix.slice(-1) !== word[0] || !spelling(word)) return undefined;
  return `${prefix}-${word}`;
}

/**
 * The hyphenated form of a compound whose joint a letter written three times marks
 * (`crosssectional` → `cross-sectional`, `bulllike`, `shellless`): English never writes a letter
 * three times in a word, and keeps a hyphen between the two words; both must be dictionary words.
 */
export function tripledLetter(token: string, spelling: (word: string) => boolean): string | undefined {
  const triple = /(\p{Ll})\1\1/u.exec(token);
  if (!triple) return undefined;
  const joints = [triple.index + 2, triple.index + 1].filter(
    (at) => spelling(token.slice(0, at)) && spelling(token.slice(at)),
  );
  const [at] = joints;
  return joints.length === 1 && at !== undefined ? `${token.slice(0, at)}-${token.slice(at)}` : undefined;
}

/**
 * A token that is a compound English writes with a hyphen (see {@link Vocabulary.compounds})
 * closed up, where the dictionary lacks the closed form and English rarely writes it (`fulltime`,
 * `highspirited`), unless its prefix or last part is one English closes up with any word (see
 * {@link closedCompound}): uncertain, since some such compounds are also written closed
 * (`policymaking`). Compounds English writes with a space are left out: as many are written closed
 * (`roadmap`, `homerun`, `skywave`) as lose their space by damage.
 */
export function hyphenatedCompoundProblem(
  vocabulary: Vocabulary,
  span: Span,
  token: string,
): Problem | undefined {
  const lower = token.toLowerCase();
  if (vocabulary.spelling(lower) || vocabulary.frequency(lower) >= RARE_PER_MILLION) return undefined;
  const joined = vocabulary.compounds.joined(lower);
  // A prefix or a last part English closes up (`semi-processed`, `glass-like`) may be written either way.
  if (!joined?.includes('-') || closedCompound(joined.split('-'))) return undefined;
  // A capital first (a sentence's first word) stays first.
  const compound = token.slice(0, 1) + joined.slice(1);
  return {
    code: 'text.runTogetherUncertain',
    span,
    message: `\`${token}\` may be \`${compound}\`: English writes it with a hyphen, unless the text writes it as one word.`,
    related: [],
    fixes: [
      { title: 'Insert a hyphen', replacements: [{ span, newText: compound }], preferred: false },
      {
        title: 'Insert a space',
        replacements: [{ span, newText: compound.replace('-', ' ') }],
        preferred: false,
      },
    ],
  };
}
