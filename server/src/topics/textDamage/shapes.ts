import type { Fix, Problem } from '../../analysis/problems';
import type { Span } from '../../syntax/span';
import { gatedLines, matchesInLine } from './gatedLines';

/** The text-damage codes this module reports. */
export type TextDamageCode = 'text.runTogether' | 'text.lostDash' | 'text.missingSpace' | 'text.quote';

/** One shape rule: a pattern whose match is damage, and how to read it. */
interface ShapeRule {
  readonly code: TextDamageCode;
  /** Global pattern; group 1 is the text before the break, group 2 the text after it. */
  readonly pattern: RegExp;
  /**
   * A short global pattern that every match contains: only the lines where it matches are searched
   * with the full pattern (see {@link matchesInLine}), whose lookbehind and Unicode classes are
   * slow to try at every letter.
   */
  readonly gate?: RegExp;
  /** The joint between the two groups, reinserted by the first fix. */
  readonly joint: string;
  readonly describe: (reading: string) => string;
}

/**
 * Rules that read the shape of the text alone, chosen so that correct prose never matches:
 * an editorial attribution (`U.S. Ed.`, `J. Stalin`) (or `Trans.`) glued to a letter lost its em dash; a
 * lower-case word glued to a capitalised one (`andYagoda`) lost its space; a letter glued to an
 * opening bracket (`plenum(RTsKhIDNI`) or a comma glued to a capital (`example,G.`) lost a space;
 * a lower-case word glued to another after a comma (`day,if`), a word or initial glued to a
 * capitalised word after a full stop (`now.Now`, `I.Bakaev`, `Com.Molotov`, `Mr.Wagner`, `it.He`), a
 * word glued after a semicolon, colon, question or exclamation mark (`breed;a`, `stage?Where`), a closing quote glued
 * to a bracket, a possessive glued to a capitalised word (`Politburo'sPolish`) lost a space; a
 * contraction glued to a word (`don'tthink`) and a word glued to the pronoun `I` (`worseningI`) are
 * words run together; two apostrophes before a letter stand for an opening double quote.
 */
const RULES: readonly ShapeRule[] = [
  {
    code: 'text.lostDash',
    // The space inside an attribution may be the line break of a hard-wrapped paragraph.
    pattern: /([\p{Ll}\d\]"'’”])((?:U\.S\.(?: |\r?\n)Ed\.)|(?:J\.(?: |\r?\n)Stalin\])|(?:Trans\.))/gu,
    joint: '—',
    describe: (reading) => `looks like \`${reading}\`: an em dash before the attribution was lost.`,
  },
  {
    code: 'text.runTogether',
    // Never a surname's lower-case particle written closed up (`deGrasse`, `diMaggio`, `vanDyke`).
    pattern:
      /(?<![\p{L}\d])(?!(?:de|di|da|du|del|della|der|le|la|van|von)\p{Lu})(\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})(?!\p{L})/gu,
    gate: /\p{Ll}\p{Lu}\p{Ll}{2}/gu,
    joint: ' ',
    describe: (reading) => `looks like \`${reading}\`: two words run together.`,
  },
  {
    code: 'text.missingSpace',
    pattern: /(?<!\p{L})(\p{L}*\p{Ll}{2})(\()(?=\p{Lu})/gu,
    gate: /\p{Ll}\(/gu,
    joint: ' ',
    describe: (reading) => `looks like \`${reading}\`: a space before the bracket was lost.`,
  },
  {
    code: 'text.missingSpace',
    // The whole word before the comma (`Germany,Berlin` from its capital), ending in two lower-case letters.
    pattern: /(?<!\p{L})(\p{L}*\p{Ll}{2},)(\p{Lu}\p{L}*)/gu,
    gate: /,\p{Lu}/gu,
    joint: ' ',
    describe: (reading) => `looks like \`${reading}\`: a space after the comma was lost.`,
  },
  {
    code: 'text.missingSpace',
    // Before the comma a word of two letters or more (`day,if`, `EU,and`, `Oh,my`) or a
    // contraction (`wasn't,okay`, `40's,and`), after it a lower-case word or the article `a`
    // (`Sykes,a`); a comma between single letters or digits (`a,b`, `3,a`) is no prose.
    pattern: /(?<![\p{L}'’])(\p{L}*(?:\p{L}{2}|['’]\p{Ll}),)(\p{Ll}{2,}|a(?!\p{L}))/gu,
    gate: /,\p{Ll}/gu,
    joint: ' ',
    describe: (reading) => `looks like \`${reading}\`: a space after the comma was lost.`,
  },
  {
    code: 'text.missingSpace',
    // A comma after a closing bracket or quote (`(OGPU),which`).
    pattern: /([)\]"”],)(\p{L}{2,})/gu,
    gate: /[)\]"”],\p{L}/gu,
    joint: ' ',
    describe: (reading) => `looks like \`${reading}\`: a space after the comma was lost.`,
  },
  {
    code: 'text.lostDash',
    // An abbreviation's full stop does not end a sentence: a word glued after it lost a dash (or a space).
    pattern: /(?<!\p{L})((?:etc|viz|esp|approx|incl)\.)(\p{Ll}{2,})/gu,
    gate: /(?:etc|viz|esp|approx|incl)\.\p{Ll}/gu,
    joint: '—',
    describe: (reading) =>
      `looks like \`${reading}\`: an em dash (or a space) after the abbreviation was lost.`,
  },
  {
    code: 'text.missingSpace',
    // Any word, a title's abbreviation (`Mr.Wagner`) among them, or an initial before a capitalised
    // word, or after a word `A` or `I` (`it.He`, `point.A`), a contraction among them (`don't.It`);
    // never an initialism (`U.S.Army`), a degree (`Ph.D`) or two initials (`I.A`), nor a chain of
    // short abbreviations (`Ill.App.3d`).
    pattern:
      /(?<![\p{L}.])(?!\p{Lu}\p{Ll}{1,3}\.\p{Lu}\p{Ll}{0,3}\.)(\p{L}\p{Ll}+\.|(?<=\p{L}['’])\p{Ll}\.|\p{Lu}\.(?=\p{Lu}\p{Ll}))(\p{Lu}\p{Ll}+|[AI](?![\p{L}.]))/gu,
    gate: /\.\p{Lu}/gu,
    joint: ' ',
    describe: (reading) => `looks like \`${reading}\`: a space after the full stop was lost.`,
  },
  {
    code: 'text.missingSpace',
    // A semicolon or colon glued to a word (`breed;a`, `life:the`); times and references have
    // digits, and a character entity (`&nbsp;`) an ampersand.
    pattern: /(?<![\p{L}&])(\p{L}*\p{Ll}{2}[;:])(\p{L}{2,}|[aAI](?!\p{L}))/gu,
    gate: /\p{Ll}[;:]\p{L}/gu,
    joint: ' ',
    describe: (reading) => `looks like \`${reading}\`: a space after the punctuation was lost.`,
  },
  {
    code: 'text.missingSpace',
    // A question or exclamation mark glued to a word (`stage?Where`, `koinonia!What`).
    pattern: /(?<!\p{L})(\p{L}*\p{Ll}{2}[?!])(\p{L}{2,}|[aAI](?!\p{L}))/gu,
    gate: /\p{Ll}[?!]\p{L}/gu,
    joint: ' ',
    describe: (reading) => `looks like \`${reading}\`: a space after the punctuation was lost.`,
  },
  {
    code: 'text.missingSpace',
    pattern: /(?<!\p{L})(\p{L}+["”])(\()/gu,
    gate: /["”]\(/gu,
    joint: ' ',
    describe: (reading) => `looks like \`${reading}\`: a space before the bracket was lost.`,
  },
  {
    code: 'text.missingSpace',
    pattern: /(?<!\p{L})(\p{L}+[,.]?["”])(\p{Ll}{2,})/gu,
    gate: /[\p{L},.]["”]\p{Ll}/gu,
    joint: ' ',
    describe: (reading) =>
      `looks like \`${reading}\`: a space (or an em dash) after the closing quote was lost.`,
  },
  {
    code: 'text.missingSpace',
    pattern: /(?<!\p{L})(\p{L}+['’]s)(\p{Lu}\p{Ll}{2,})/gu,
    gate: /['’]s\p{Lu}/gu,
    joint: ' ',
    describe: (reading) => `looks like \`${reading}\`: a space after the possessive was lost.`,
  },
  {
    code: 'text.runTogether',
    pattern: /(?<!\p{L})(\p{L}*n['’]t)(\p{Ll}{2,})/gu,
    gate: /n['’]t\p{Ll}/gu,
    joint: ' ',
    describe: (reading) => `looks like \`${reading}\`: two words run together.`,
  },
  {
    code: 'text.runTogether',
    pattern: /(?<![\p{L}\d])(\p{Ll}{2,})(I)(?=\s)/gu,
    gate: /\p{Ll}I\s/gu,
    joint: ' ',
    describe: (reading) =>
      `looks like \`${reading}\` (or a lost em dash before \`I\`): two words run together.`,
  },
  {
    code: 'text.quote',
    pattern: /(?<![\p{L}'])('')(\p{L})/gu,
    joint: '',
    describe: () => 'two apostrophes stand for an opening double quote.',
  },
];

/** Rules searched together: one gated rule after another share a search for their lines. */
interface RuleGroup {
  readonly rules: readonly ShapeRule[];
  /** Any of the rules' gates, when they all have one. */
  readonly gate?: RegExp;
}

/**
 * The rules in their order, each run of gated rules one group: a single search for any of their
 * gates finds the lines where one of them may match, instead of one search of the letter per rule.
 */
const GROUPS: readonly RuleGroup[] = RULES.reduce<ShapeRule[][]>((runs, rule) => {
  const last = runs[runs.length - 1];
  if (rule.gate && last?.[0]?.gate) last.push(rule);
  else runs.push([rule]);
  return runs;
}, []).map((rules) =>
  rules[0]?.gate
    ? { rules, gate: new RegExp(rules.map((rule) => rule.gate?.source).join('|'), 'gu') }
    : { rules },
);

/**
 * The matches of each rule of a group, in the order the rules are tried: one rule's in the text's
 * order, and for gated rules line by line, each rule on the lines where its own gate matches.
 * Matches at the same place come from one line, so the problems sorted by place come in the same
 * order as if each rule had searched the whole text in turn.
 */
function* groupMatches(slice: string, group: RuleGroup): Generator<[ShapeRule, RegExpMatchArray]> {
  if (!group.gate) {
    for (const rule of group.rules) for (const match of slice.matchAll(rule.pattern)) yield [rule, match];
    return;
  }
  for (const line of gatedLines(slice, group.gate))
    for (const rule of group.rules) {
      if (!rule.gate) continue;
      rule.gate.lastIndex = 0;
      if (!rule.gate.test(line.text)) continue;
      for (const match of matchesInLine(line, rule.pattern)) yield [rule, match];
    }
}

/** The text-damage problems that the shape rules find in `text` within `range`. */
export function shapeProblems(text: string, range: Span): Problem[] {
  const slice = text.slice(range.start, range.end);
  const problems: Problem[] = [];
  const taken = new Set<number>();
  for (const group of GROUPS)
    for (const [rule, match] of groupMatches(slice, group)) {
      const before = match[1] ?? '';
      const after = match[2] ?? '';
      const start = range.start + (match.index ?? 0);
      const joint = start + before.length;
      if (taken.has(joint)) continue;
      taken.add(joint);
      const fix = ruleFix(rule, before, start, joint);
      const reading = fix.replacements[0]?.newText ?? '';
      problems.push({
        code: rule.code,
        span: { start, end: joint + after.length },
        message: `\`${before}${after}\` ${rule.describe(rule.code === 'text.quote' ? '“' : before.slice(-12) + reading + after)}`,
        related: [],
        fixes: [fix],
      });
    }
  return problems.sort((a, b) => a.span.start - b.span.start);
}

function ruleFix(rule: ShapeRule, before: string, start: number, joint: number): Fix {
  if (rule.code === 'text.quote')
    return {
      title: "Replace `''` with `\"`",
      replacements: [{ span: { start, end: start + before.length }, newText: '"' }],
      preferred: true,
    };
  const title = rule.joint === '—' ? 'Insert an em dash' : 'Insert a space';
  return {
    title,
    replacements: [{ span: { start: joint, end: joint }, newText: rule.joint }],
    preferred: true,
  };
}
