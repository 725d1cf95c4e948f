/**
 * Joints that a capital marks where a hyphen or a space was lost: an acronym glued to the word after
 * it (`DNAbinding`, `UKborn`) or a function word to the acronym (`theUK`), a name glued to a participle or to a word that makes compound
 * modifiers of names (`Englandborn`, `Seinfeldthemed`, `Freudstyle`), and a word glued to a
 * capital letter after it (`ClassD`, `gradeA`). English writes none of them closed: a capital
 * inside a word starts a name or an acronym, never a lower-case word after it, and no name ends
 * in `born` or `style`.
 */
import { placeProblem } from '../../analysis/letterProblems';
import { verdictSlot } from './countQuestions';
import type { Problem } from '../../analysis/problems';
import type { Span } from '../../syntax/span';
import { pastParticiple } from './compoundModifiers';
import { isFunctionWord } from './compoundParts';
import { gatedLineMatches } from './gatedLines';
import { remembered } from './fusedWords';
import type { Vocabulary } from './splitWeights';

/** An acronym of two capitals or more, then a lower-case word of three letters or more (`DNAbinding`, `USled`). */
const ACRONYM_WORD = /(?<![\p{L}\p{N}'’.-])(\p{Lu}{2,})(\p{Ll}{3,})(?![\p{L}\p{N}'’-])/gu;

/**
 * A lower-case word, then an acronym of two capitals or more, which a possessive or a sentence's
 * full stop may follow (`theUK`, `twoSEAL's`, `ontoGAIS`), not an initialism's (`theUS.Army`).
 */
const WORD_ACRONYM = /(?<![\p{L}\p{N}'’.-])(\p{Ll}{2,})(\p{Lu}{2,})(?![\p{L}\p{N}-]|\.\p{L})/gu;

/**
 * A word of three letters or more, then one capital letter (`ClassD`, `gradeA`, `butI`); not an
 * initial, which a full stop follows (`leftU.S.`: a dash lost before an abbreviation, another rule's).
 */
const WORD_LETTER = /(?<![\p{L}\p{N}'’.-])(\p{L}\p{Ll}{2,})(\p{Lu})(?![\p{L}\p{N}'’.-])/gu;

/**
 * Words that make compound modifiers of a name (`England-born`, `Freud-style`, `Chicago-area`,
 * `Union-wide`), besides past participles (`Seinfeld-themed`).
 */
const NAME_MODIFIER_TAILS = 'like|type|style|wide|based|area|born|bred|led|made|owned|run';

/** One of {@link NAME_MODIFIER_TAILS} as a whole word. */
const NAME_MODIFIER_TAIL = new RegExp(`^(?:${NAME_MODIFIER_TAILS})$`, 'u');

/** A capitalised word of four letters or more, then a past participle or one of {@link NAME_MODIFIER_TAILS}. */
const NAME_MODIFIER = new RegExp(
  `(?<![\\p{L}\\p{N}'’.-])\\p{Lu}\\p{Ll}{3,}?(?:${NAME_MODIFIER_TAILS}|\\p{Ll}{3,}ed)(?![\\p{L}\\p{N}'’-])`,
  'gu',
);

/** The gates of the patterns: what each match holds, without the lookbehinds that are slow to try at every character. */
const ACRONYM_GATE = /\p{Lu}\p{Lu}\p{Ll}/gu;
const WORD_ACRONYM_GATE = /\p{Ll}\p{Lu}\p{Lu}/gu;
const LETTER_GATE = /\p{Ll}\p{Lu}(?![\p{L}\p{N}])/gu;
const NAME_GATE = new RegExp(
  `\\p{Lu}\\p{Ll}{3,}(?:${NAME_MODIFIER_TAILS}|\\p{Ll}{3,}ed)(?![\\p{L}\\p{N}])`,
  'gu',
);

/** The shortest name that a modifier's word may follow: names of three letters end in anything (`Seyfried`). */
const SHORTEST_NAME = 4;

/** Whether English knows `token` as it stands or in lower case: no joint is lost there. */
function word(vocabulary: Vocabulary, token: string): boolean {
  const lower = token.toLowerCase();
  return vocabulary.spelling(token) || vocabulary.spelling(lower) || vocabulary.frequency(lower) > 0;
}

/**
 * The place where a name ends and a modifier's word begins in `token`, if there is one: the name one
 * that the dictionary lists with its capital only (`England`, `Chicago`; not `Long`, whose
 * capital may be a name's: `Longlived`) or one of the edition's registers.
 */
function nameModifierJoint(vocabulary: Vocabulary, token: string): number | undefined {
  for (let at = SHORTEST_NAME; at <= token.length - 3; at++) {
    const head = token.slice(0, at);
    const tail = token.slice(at);
    if (!NAME_MODIFIER_TAIL.test(tail) && !pastParticiple(tail, vocabulary.spelling)) continue;
    const lower = head.toLowerCase();
    if (vocabulary.known.has(lower) || (vocabulary.spelling(head) && !vocabulary.spelling(lower))) return at;
  }
  return undefined;
}

function jointProblem(token: string, at: number, why: string, spaceFirst = false): Problem {
  const span: Span = { start: 0, end: token.length };
  const hyphen = {
    title: 'Insert a hyphen',
    replacements: [{ span, newText: `${token.slice(0, at)}-${token.slice(at)}` }],
    preferred: false,
  };
  const space = {
    title: 'Insert a space',
    replacements: [{ span, newText: `${token.slice(0, at)} ${token.slice(at)}` }],
    preferred: false,
  };
  const fixes = spaceFirst ? [space, hyphen] : [hyphen, space];
  const first = fixes[0]?.replacements[0]?.newText ?? token;
  return {
    code: 'text.runTogether',
    span,
    message: `\`${token}\` looks like \`${first}\`: ${why}.`,
    related: [],
    fixes,
  };
}

function acronymFinding(vocabulary: Vocabulary, token: string): Problem | undefined {
  const at = /^\p{Lu}+/u.exec(token)?.[0].length ?? 0;
  if (word(vocabulary, token) || !vocabulary.spelling(token.slice(at))) return undefined;
  return jointProblem(token, at, 'a lower-case word does not follow an acronym in the same word');
}

/**
 * A function word glued to the acronym after it (`theUK`): English makes no word of them. Other
 * words make names and units so (`macOS`, `siRNA`, `mtDNA`).
 */
function wordAcronymFinding(vocabulary: Vocabulary, token: string): Problem | undefined {
  const at = /^\p{Ll}+/u.exec(token)?.[0].length ?? 0;
  if (!isFunctionWord(token.slice(0, at)) || word(vocabulary, token)) return undefined;
  return jointProblem(token, at, 'a function word is not written closed with the acronym after it', true);
}

function letterFinding(vocabulary: Vocabulary, token: string): Problem | undefined {
  const at = token.length - 1;
  const head = token.slice(0, at);
  if (word(vocabulary, token) || !vocabulary.spelling(head.toLowerCase())) return undefined;
  // `I` and `A` are words of their own (`butI`); another letter names a class or a grade (`Class D`).
  return jointProblem(token, at, 'a capital does not end a word', /[IA]$/u.test(token));
}

function nameModifierFinding(vocabulary: Vocabulary, token: string): Problem | undefined {
  if (word(vocabulary, token)) return undefined;
  const at = nameModifierJoint(vocabulary, token);
  if (at === undefined) return undefined;
  if (NAME_MODIFIER_TAIL.test(token.slice(at)))
    return jointProblem(token, at, 'a name and the word after it make a compound modifier with a hyphen');
  // A participle may be a verb after its subject (`Commission reviewed`) or make a modifier (`Seinfeld-themed`).
  return jointProblem(token, at, 'a name is not written closed with the word after it', true);
}

/** The verdicts of each rule of {@link capitalJointProblems} on a token. */
const ACRONYM_JOINT = verdictSlot();
const WORD_ACRONYM_JOINT = verdictSlot();
const LETTER_JOINT = verdictSlot();
const NAME_MODIFIER_JOINT = verdictSlot();

/** The joints a capital marks (see the module's comment) in `range` of `text`, as `text.runTogether`. */
export function capitalJointProblems(text: string, range: Span, vocabulary: Vocabulary): Problem[] {
  const slice = text.slice(range.start, range.end);
  const rules = [
    [ACRONYM_JOINT, ACRONYM_WORD, ACRONYM_GATE, acronymFinding],
    [WORD_ACRONYM_JOINT, WORD_ACRONYM, WORD_ACRONYM_GATE, wordAcronymFinding],
    [LETTER_JOINT, WORD_LETTER, LETTER_GATE, letterFinding],
    [NAME_MODIFIER_JOINT, NAME_MODIFIER, NAME_GATE, nameModifierFinding],
  ] as const;
  const problems: Problem[] = [];
  const taken = new Set<number>();
  for (const [rule, pattern, gate, finding] of rules) {
    for (const match of gatedLineMatches(slice, pattern, gate)) {
      const at = match.index ?? 0;
      if (taken.has(at)) continue;
      const found = remembered(vocabulary, rule, match[0], finding);
      if (!found) continue;
      taken.add(at);
      problems.push(placeProblem(found, range.start + at));
    }
  }
  return problems.sort((a, b) => a.span.start - b.span.start);
}
