import type { Problem } from '../../analysis/problems';
import type { Span } from '../../syntax/span';
import { gatedLineMatches } from './gatedLines';
import type { SpellingCheck } from './englishDictionary';
import { codePointBefore, isLetter } from './characters';

/**
 * A plural possessive glued to the next word (`workers'opposition`): both sides are English words
 * and the whole is not, so the space after the apostrophe was lost. Transliterations that use the
 * apostrophe for the soft sign (`s'ezd`, `zhizn'`) do not split into two English words. Also a
 * contraction glued to a word (see {@link contractionJointProblems}).
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
  return [...problems, ...contractionJointProblems(slice, range.start, spelling)].sort(
    (a, b) => a.span.start - b.span.start,
  );
}

/** A word with a contraction at its end (`can't`, `it's`, `you're`), and a word glued before or after it. */
const CONTRACTION_JOINT = /(?<![\p{L}'’])\p{L}+['’](?:t|s|re|ve|ll|m|d)\p{Ll}*(?![\p{L}'’])/uy;

/** The apostrophe and ending of a contraction, which every match of {@link CONTRACTION_JOINT} holds. */
const CONTRACTION_GATE = /['’](?:t|s|re|ve|ll|m|d)/gu;

/**
 * The matches of {@link CONTRACTION_JOINT} in `text`, as `matchAll` would give them with the
 * pattern global. A match holds one apostrophe, right after its first run of letters, and a
 * contraction's ending after it: so the pattern is tried only at the start of the run of letters
 * before each apostrophe that such an ending follows, not at every character of the lines that
 * hold one (most lines of prose do: `it's`, `don't`).
 */
export function contractionMatches(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  CONTRACTION_GATE.lastIndex = 0;
  for (let hit = CONTRACTION_GATE.exec(text); hit; hit = CONTRACTION_GATE.exec(text)) {
    let start = hit.index;
    for (let before = codePointBefore(text, start, { start: 0, end: text.length }); isLetter(before);) {
      start -= before > 0xffff ? 2 : 1;
      before = codePointBefore(text, start, { start: 0, end: text.length });
    }
    if (start === hit.index) continue;
    CONTRACTION_JOINT.lastIndex = start;
    const match = CONTRACTION_JOINT.exec(text);
    if (!match) continue;
    matches.push(match);
    CONTRACTION_GATE.lastIndex = start + match[0].length;
  }
  return matches;
}

/**
 * A contraction glued to the word before or after it at a lost line's end (`youcan't`,
 * `Iwouldn't`, `you'regoing`, `It'scold`): a token the dictionary does not know, that is a word
 * and a contraction it knows (`can't`, `you're`; never a possessive, `Nugent's`), or a contraction
 * and a word of two letters or more.
 * A name with an apostrophe (`O'Brien`, `d'Abernon`) has no contraction's ending.
 */
function contractionJointProblems(slice: string, offset: number, spelling: SpellingCheck): Problem[] {
  const problems: Problem[] = [];
  for (const match of contractionMatches(slice)) {
    const token = match[0];
    if (spelling(token) || spelling(token.toLowerCase())) continue;
    const joint = contractionJoint(token, spelling);
    if (joint === undefined) continue;
    const start = offset + (match.index ?? 0);
    const reading = `${token.slice(0, joint)} ${token.slice(joint)}`;
    problems.push({
      code: 'text.runTogether',
      span: { start, end: start + token.length },
      message: `\`${token}\` looks like \`${reading}\`: two words run together.`,
      related: [],
      fixes: [
        {
          title: 'Insert a space',
          replacements: [{ span: { start: start + joint, end: start + joint }, newText: ' ' }],
          preferred: true,
        },
      ],
    });
  }
  return problems;
}

/** Whether `word` is a word of two letters or more the dictionary knows, or `I`. */
const knownPart = (word: string, spelling: SpellingCheck) =>
  word === 'I' || (word.length >= 2 && (spelling(word) || spelling(word.toLowerCase())));

/** Where `token` splits into a word and a contraction, or a contraction and a word, the only such place. */
function contractionJoint(token: string, spelling: SpellingCheck): number | undefined {
  const apostrophe = token.search(/['’]/u);
  const possessive = /['’]s$/u.test(token);
  const joints: number[] = [];
  for (let at = 1; at < token.length; at++) {
    const head = token.slice(0, at);
    const tail = token.slice(at);
    // A word before a possessive is a name's part (`Nugent's` is no `Nu gent's`): contractions
    // only; a capitalised word before one is the rule of capitalised words' (`Chinahe'll`).
    const lowerHead = head === 'I' || /^\p{Ll}/u.test(head);
    if (
      at < apostrophe &&
      !possessive &&
      lowerHead &&
      knownPart(head, spelling) &&
      spelling(tail.toLowerCase())
    )
      joints.push(at);
    if (at > apostrophe + 1 && spelling(head) && /^\p{Ll}{2,}$/u.test(tail) && knownPart(tail, spelling))
      joints.push(at);
  }
  return joints.length === 1 ? joints[0] : undefined;
}
