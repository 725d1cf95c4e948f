import assert from 'node:assert/strict';
import { gatedLineMatches } from '../../server/src/topics/textDamage/gatedLines';

/** The matches as [index, text, groups…], for comparing two ways of finding them. */
const shown = (matches: Iterable<RegExpMatchArray>) => [...matches].map((match) => [match.index, ...match]);

describe('text damage: patterns searched only on the lines their gate finds', () => {
  const rules: [RegExp, RegExp][] = [
    [/(?<![\p{L}\d])(\p{Ll}{2,})(I)(?=\s)/gu, /\p{Ll}I\s/gu],
    [/(?<![\p{L}\d])(\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})(?!\p{L})/gu, /\p{Ll}\p{Lu}\p{Ll}{2}/gu],
    [/(?<!\p{L})(\p{L}*\p{Ll}{2})(\()(?=\p{Lu})/gu, /\p{Ll}\(/gu],
  ];

  it('finds what the whole text gives, at line ends of every kind and at the end of the text', () => {
    const text = 'so I\nthatI\r\nwhenI\rhowI thinkI\nworseningI andYagoda\r\nplenum(RTsKhIDNI xI';
    for (const [pattern, gate] of rules)
      assert.deepEqual(
        shown(gatedLineMatches(text, pattern, gate)),
        shown(text.matchAll(pattern)),
        String(pattern),
      );
  });

  it('finds what the whole text gives on random texts', () => {
    const alphabet = ['a', 'b', 'I', 'Y', '(', ' ', '\n', '\r', '1', 'é', '𝐀', '-'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 2000; round++) {
      const text = Array.from({ length: 30 }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      for (const [pattern, gate] of rules)
        assert.deepEqual(
          shown(gatedLineMatches(text, pattern, gate)),
          shown(text.matchAll(pattern)),
          JSON.stringify(text),
        );
    }
  });
});
