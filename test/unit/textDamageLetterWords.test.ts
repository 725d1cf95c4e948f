import assert from 'node:assert/strict';
import type { Span } from '../../server/src/syntax/span';
import { contractionMatches } from '../../server/src/topics/textDamage/apostropheJoints';
import { capitalisedCandidate } from '../../server/src/topics/textDamage/capitalisedFusions';
import {
  fusedCandidate,
  shortPair,
  shortPairCandidate,
} from '../../server/src/topics/textDamage/wordCandidates';
import { CAPITALISED, letterWords, LOWER_CASE } from '../../server/src/topics/textDamage/letterWords';
import { TextTable } from '../../server/src/topics/textDamage/textTable';
import { countTokens } from '../../server/src/topics/textDamage/wordCounts';
import { TokenTable } from '../../server/src/topics/textDamage/countQuestions';
import { proseWord } from '../../server/src/topics/textDamage/misspeltWords';

/**
 * What each rule of lower-case and capitalised words asks about, as the pattern it matched the
 * letter's text with before the letter's words were scanned once for all of them.
 */
const RULES: {
  name: string;
  pattern: RegExp;
  asks: (text: string, range: Span, start: number, end: number, shape: number, letters: number) => boolean;
}[] = [
  {
    name: 'fused',
    pattern: /(?<![\p{L}\p{N}'’-])\p{Ll}{5,}(?![\p{L}\p{N}-]|['’](?!(?:s|ll|re|ve|d|m)(?!\p{L})))/gu,
    asks: (text, range, start, end, shape, letters) =>
      shape === LOWER_CASE && letters >= 5 && fusedCandidate(text, range, start, end),
  },
  {
    name: 'short pair',
    pattern: /(?<![\p{L}\p{N}'’-])(?:a|an|as|at|by|in|is|it|of|on|or|to)\p{Ll}{1,2}(?![\p{L}\p{N}'’-])/gu,
    asks: (text, range, start, end, shape, letters) =>
      shape === LOWER_CASE &&
      letters < 5 &&
      shortPairCandidate(text, range, start, end) &&
      shortPair(text.slice(start, end)),
  },
  {
    name: 'misspelt',
    pattern: /(?<![\p{L}\p{M}\p{N}'’\-/.@_])\p{Ll}{3,}(?![\p{L}\p{M}\p{N}'’\-/@_]|\.\p{L})/gu,
    asks: (text, range, start, end, shape, letters) =>
      shape === LOWER_CASE && letters >= 3 && proseWord(text, range, start, end),
  },
  {
    name: 'capitalised',
    pattern: /(?<![\p{L}\p{N}-]|\p{L}['’])\p{Lu}\p{Ll}{2,}(?![\p{L}\p{N}])/gu,
    asks: (text, range, start, end, shape) =>
      shape === CAPITALISED && capitalisedCandidate(text, range, start, end),
  },
];

/** The words each rule asks about in `range` of `text`, by the scan and by the pattern on the range. */
function asked(text: string, range: Span): { scanned: string[][]; matched: string[][] } {
  const tokens = new TokenTable();
  const words = letterWords(text, range, tokens);
  const scanned = RULES.map(({ asks }) => {
    const found: string[] = [];
    for (let index = 0; index < words.length; index++) {
      const [start, end] = [words.starts[index] as number, words.ends[index] as number];
      if (asks(text, range, start, end, words.shapes[index] as number, words.letters[index] as number))
        found.push(`${start} ${tokens.textOf(words.tokens[index] as number)}`);
    }
    return found;
  });
  const matched = RULES.map(({ pattern }) =>
    [...text.slice(range.start, range.end).matchAll(pattern)].map(
      (match) => `${range.start + (match.index ?? 0)} ${match[0]}`,
    ),
  );
  return { scanned, matched };
}

describe('text damage: the words of a letter, scanned once for every rule', () => {
  it('lists the lower-case words of three letters (two after `a`) and the capitalised words, their letters counted as characters', () => {
    const text = 'a of an Naïve café e\u0301tude O’Brien x-ray 𝐚𝐛𝐜 NATO MacDonald Ab Abc';
    const tokens = new TokenTable();
    const words = letterWords(text, { start: 0, end: text.length }, tokens);
    assert.deepEqual(
      words.tokens.map((token, index) => [tokens.textOf(token), words.shapes[index], words.letters[index]]),
      [
        ['an', LOWER_CASE, 2],
        ['Naïve', CAPITALISED, 5],
        ['café', LOWER_CASE, 4],
        ['tude', LOWER_CASE, 4],
        ['Brien', CAPITALISED, 5],
        ['ray', LOWER_CASE, 3],
        ['𝐚𝐛𝐜', LOWER_CASE, 3],
        ['Abc', CAPITALISED, 3],
      ],
    );
  });

  it('gives one token per distinct word, in every text scanned with the same table', () => {
    const tokens = new TokenTable();
    const first = letterWords('the workers and the others', { start: 0, end: 26 }, tokens);
    const second = letterWords('others, workers', { start: 0, end: 15 }, tokens);
    assert.equal(first.tokens[0], first.tokens[3]);
    assert.equal(second.tokens[0], first.tokens[4]);
    assert.equal(second.tokens[1], first.tokens[1]);
    assert.equal(tokens.of('workers'), first.tokens[1]);
    // Thousands of distinct words: the table grows and still finds each.
    const many = Array.from({ length: 3000 }, (_, index) => `w${index.toString(36)}x`.replace(/\d/gu, 'q'));
    const distinct = [...new Set(many)];
    const scanned = letterWords(distinct.join(' '), { start: 0, end: distinct.join(' ').length }, tokens);
    assert.deepEqual(
      scanned.tokens.map((token) => tokens.textOf(token)),
      distinct,
    );
    assert.ok(distinct.every((word, index) => tokens.of(word) === scanned.tokens[index]));
  });

  it('asks each rule about the words its pattern matched, at the edges of words and ranges', () => {
    const text =
      "x thequick 1thequick the-quick thequick's thequick'll abc'sx e\u0301tude etude.Next tobe 'tobe ofa- file/name a@b.com end. Zinov O'Brien Tal-Ravel 3Alpha Beta9";
    for (const range of [
      { start: 0, end: text.length },
      { start: 3, end: 40 },
      { start: 11, end: 58 },
    ]) {
      const { scanned, matched } = asked(text, range);
      assert.deepEqual(scanned, matched, JSON.stringify(range));
    }
  });

  it('asks each rule about the words its pattern matched, on random texts and ranges', () => {
    const alphabet = [
      'a',
      'b',
      'o',
      'f',
      't',
      's',
      'l',
      'e',
      'A',
      'B',
      ' ',
      '\n',
      "'",
      '’',
      '-',
      '.',
      '/',
      '@',
      '_',
      '1',
      'é',
      '\u0301',
      '𝐚',
      '𝐀',
      'ǅ',
    ];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 3000; round++) {
      const text = Array.from({ length: 40 }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const start = Math.floor(next() * 6);
      const range = { start, end: text.length - Math.floor(next() * 6) };
      const { scanned, matched } = asked(text, range);
      assert.deepEqual(scanned, matched, JSON.stringify([text, range]));
    }
  });
});

describe("text damage: the word table's tokens, counted by one scan", () => {
  /** The tokens of `text` with their counts, by the scan and by the table's pattern. */
  function counted(text: string): { scanned: string[]; matched: string[] } {
    const table = new TextTable();
    const counts: number[] = [];
    countTokens(text, table, counts);
    const matched = new Map<string, number>();
    for (const [token] of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu))
      matched.set(token, (matched.get(token) ?? 0) + 1);
    return {
      scanned: Array.from({ length: table.size }, (_, index) => `${table.textOf(index)} ${counts[index]}`),
      matched: [...matched].map(([token, count]) => `${token} ${count}`),
    };
  }

  it('counts words and hyphenated compounds as the pattern finds them, in the order first met', () => {
    const { scanned, matched } = counted('so-called -so so--called x-ray x- Naïve 𝐚-𝐛 e\u0301te so-called');
    assert.deepEqual(scanned, [
      'so-called 2',
      'so 2',
      'called 1',
      'x-ray 1',
      'x 1',
      'Naïve 1',
      '𝐚-𝐛 1',
      'e 1',
      'te 1',
    ]);
    assert.deepEqual(scanned, matched);
  });

  it('counts as the pattern finds on random texts', () => {
    const alphabet = ['a', 'b', 'A', ' ', '-', '\n', '1', 'é', '\u0301', '𝐚', '’'];
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 2000; round++) {
      const text = Array.from({ length: 30 }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const { scanned, matched } = counted(text);
      assert.deepEqual(scanned, matched, JSON.stringify(text));
    }
  });
});

describe('text damage: contractions tried only at the words before their apostrophes', () => {
  const pattern = /(?<![\p{L}'’])\p{L}+['’](?:t|s|re|ve|ll|m|d)\p{Ll}*(?![\p{L}'’])/gu;
  const shown = (matches: Iterable<RegExpMatchArray>) => [...matches].map((match) => [match.index, match[0]]);

  it('finds what the pattern finds at every character', () => {
    const text = "youcan't it's o'clock's I'd've you'regoing It'scold 𝐀𝐛's d'Abernon 'tis\ndon't";
    assert.deepEqual(shown(contractionMatches(text)), shown(text.matchAll(pattern)));
    assert.ok(contractionMatches(text).length >= 4);
  });

  it('finds what the pattern finds on random texts', () => {
    const alphabet = ['a', 't', 's', 'l', 'r', 'e', 'v', 'd', 'm', 'I', "'", '’', ' ', '\n', '1', '𝐚', '-'];
    let seed = 3;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 3000; round++) {
      const text = Array.from({ length: 30 }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      assert.deepEqual(shown(contractionMatches(text)), shown(text.matchAll(pattern)), JSON.stringify(text));
    }
  });
});
