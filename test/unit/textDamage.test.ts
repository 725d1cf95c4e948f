import assert from 'node:assert/strict';
import { loadEnglishDictionary } from '../../server/src/topics/textDamage/englishDictionary';
import { shapeProblems } from '../../server/src/topics/textDamage/shapes';
import { applyReplacements } from '../fixture';

/** `[code, damaged text]` for every finding in `text`. */
function found(text: string): [string, string][] {
  return shapeProblems(text, { start: 0, end: text.length }).map((problem) => [
    problem.code,
    text.slice(problem.span.start, problem.span.end),
  ]);
}

function fixed(text: string): string {
  const [problem] = shapeProblems(text, { start: 0, end: text.length });
  assert.ok(problem, 'a finding');
  return applyReplacements(text, problem.fixes[0]?.replacements ?? []);
}

before(async () => {
  await loadEnglishDictionary();
});

describe('text damage: shapes', () => {
  it('finds a lower-case word run into a capitalised one and splits it', () => {
    assert.deepEqual(found('that Uglanov andYagoda reported'), [['text.runTogether', 'andYagoda']]);
    assert.equal(fixed('that Uglanov andYagoda reported'), 'that Uglanov and Yagoda reported');
  });

  it('finds an attribution that lost its em dash and restores it', () => {
    assert.deepEqual(found('[as a representative of the leftU.S. Ed.]'), [['text.lostDash', 'tU.S. Ed.']]);
    assert.equal(fixed('to NorwayJ. Stalin] and'), 'to Norway—J. Stalin] and');
    assert.equal(fixed('and friendshipTrans.'), 'and friendship—Trans.');
  });

  it('finds a space lost before a bracket or after a comma', () => {
    assert.deepEqual(found('at the party plenum(RTsKhIDNI f. 17'), [['text.missingSpace', 'plenum(']]);
    assert.equal(fixed('for example,G. Ye. Zinoviev'), 'for example, G. Ye. Zinoviev');
  });

  it('reads two apostrophes before a word as an opening double quote', () => {
    assert.deepEqual(found("against the ''workers' opposition.\""), [['text.quote', "''w"]]);
    assert.equal(fixed("the ''workers\""), 'the "workers"');
  });

  it('stays silent on correct text: markers, initials, abbreviations, citations, names, decimals', () => {
    const correct = [
      'from the Politburo.3 Then again,1 he wrote.',
      'J. V. Stalin and the U.S. Ed. note; P.M. in Moscow.',
      'RTsKhIDNI f. 17, op. 2, d. 246, vyp. 1, ll. 75, 76; ob. 2; l. 1.',
      'Kommunisticheskaia oppozitsiia v SSSR; Khlebotsentr and Narkomindel; McDonald; iPhone.',
      'It rose 2.5 percent under the III International and Louis XIV.',
      "the workers' 'opposition' and ''",
      'the (RTsKhIDNI) file, (See above), as before',
    ];
    for (const text of correct) assert.deepEqual(found(text), [], text);
  });
});
