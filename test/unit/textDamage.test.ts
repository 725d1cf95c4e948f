import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { shapeProblems } from '../../server/src/topics/textDamage/shapes';
import { loadEnglishDictionary } from '../../server/src/topics/textDamage/englishDictionary';
import { textDamageProblems } from '../../server/src/topics/textDamage/textDamageCheck';
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

describe('text damage: the sample', () => {
  it('finds exactly the labelled shape damage of the sample', () => {
    const text = readFileSync(path.join(__dirname, '../../samples/stalin-molotov-1926.letters'), 'utf8');
    const expected: [string, string][] = [
      ['text.quote', "''w"],
      ['text.runTogether', 'andYagoda'],
      ['text.missingSpace', 'plenum('],
      ['text.lostDash', 'leftU.S. Ed.'],
      ['text.lostDash', 'NorwayJ. Stalin]'],
      ['text.lostDash', '"J. Stalin]'],
      ['text.lostDash', 'CommitteeJ. Stalin]'],
      ['text.lostDash', '"J. Stalin]'],
      ['text.lostDash', 'organizationU.S. Ed.'],
      ['text.runTogether', 'inRussian'],
      ['text.missingSpace', 'example,G'],
      ['text.lostDash', 'unionU.S. Ed.'],
      ['text.runTogether', 'thePolitburo'],
      ['text.lostDash', 'strikeU.S. Ed.'],
      ['text.lostDash', 'institutionsU.S. Ed.'],
      ['text.lostDash', 'strikeU.S. Ed.'],
      ['text.runTogether', 'theFrench'],
      ['text.runTogether', 'inMoscow'],
      ['text.quote', "''b"],
      ['text.lostDash', 'partyU.S. Ed.'],
      ['text.runTogether', 'thePolitburo'],
      ['text.runTogether', 'toChina'],
      ['text.runTogether', 'theSupreme'],
      ['text.lostDash', 'strikeU.S. Ed.'],
      ['text.runTogether', 'voteTomskii'],
      ['text.runTogether', 'theCentral'],
      ['text.lostDash', 'friendshipTrans.'],
      ['text.missingSpace', 'Stalin('],
      ['text.quote', "''T"],
      ['text.runTogether', 'ofWorker'],
      ['text.runTogether', 'thatKopp'],
      ['text.runTogether', 'inBerlin'],
      ['text.runTogether', 'appointKopp'],
      ['text.runTogether', 'andespeciallyNazaretian'],
      ['text.quote', "''o"],
      ['text.quote', "''t"],
      ['text.lostDash', 'jocularTrans.'],
      ['text.runTogether', 'ofMedvedev'],
      ['text.runTogether', 'andCentral'],
    ];
    // A lost dash is reported from the last character before the attribution.
    const label = ([code, damaged]: [string, string]) =>
      code === 'text.lostDash'
        ? `${code} ${damaged.replace(/^.*(?=.(U\.S\.|J\.|Trans\.))/u, '')}`
        : `${code} ${damaged}`;
    assert.deepEqual(found(text).map(label), expected.map(label));
  });
});

describe('text damage: letters 11–16 of the sample, labelled line by line', () => {
  const text = readFileSync(path.join(__dirname, '../../samples/stalin-molotov-1926.letters'), 'utf8');
  const range = { start: 0, end: text.indexOf('\nLetter 17') };
  let found: [string, string][] = [];
  before(() => {
    found = textDamageProblems(text, range).map((problem): [string, string] => [
      problem.code,
      text.slice(problem.span.start, problem.span.end),
    ]);
  });

  it('finds exactly the labelled damage of these kinds', () => {
    // A lost dash is reported from the last character before the attribution.
    const expected: [string, string][] = [
      ['text.runTogetherUncertain', 'formedical'],
      ['text.quote', "''w"],
      ['text.missingSpace', "workers'opposition"],
      ['text.runTogether', 'ourworkers'],
      ['text.runTogether', 'itselfthis'],
      ['text.runTogether', 'andYagoda'],
      ['text.missingSpace', "workers'opposition"],
      ['text.missingSpace', 'plenum('],
      ['text.lostDash', 'tU.S. Ed.'],
      ['text.lostDash', 'yJ. Stalin]'],
      ['text.lostDash', '"J. Stalin]'],
      ['text.lostDash', 'eJ. Stalin]'],
      ['text.lostDash', '"J. Stalin]'],
      ['text.lostDash', 'nU.S. Ed.'],
      ['text.runTogether', 'inRussian'],
      ['text.missingSpace', 'example,G'],
      ['text.runTogether', 'towork'],
      ['text.lostDash', 'nU.S. Ed.'],
      ['text.runTogetherUncertain', 'fortraining'],
      ['text.runTogether', 'thepresence'],
      ['text.runTogether', 'tradeunions'],
      ['text.runTogether', 'whoare'],
      ['text.runTogetherUncertain', 'whichleads'],
      ['text.runTogether', 'ourselvesthe'],
      ['text.runTogetherUncertain', 'adisruption'],
      ['text.runTogether', 'adecision'],
      ['text.runTogetherUncertain', 'hangerson'],
      ['text.runTogether', 'thePolitburo'],
      ['text.runTogether', 'ofresignation'],
      ['text.runTogether', 'overthe'],
      ['text.runTogether', 'aninternational'],
      ['text.runTogether', 'aninternational'],
      ['text.runTogether', 'tradeunions'],
      ['text.runTogetherUncertain', 'moderatetrade'],
      ['text.lostDash', 'eU.S. Ed.'],
      ['text.runTogetherUncertain', 'thecreation'],
      ['text.runTogetherUncertain', 'thatallegedly'],
      ['text.lostDash', 'sU.S. Ed.'],
    ];
    assert.deepEqual(found, expected);
  });

  it('does not find the damage it is known to miss', () => {
    const knownMisses: [string, string][] = [
      // A capitalised word glued to a lower-case one: capitalised tokens are left alone as names.
      ['text.runTogether', 'Partyshould'],
      // `hangers-on` is in neither the dictionary nor elsewhere in the edition: reported as
      // `text.runTogetherUncertain` `hangers on` instead.
      ['text.lostHyphen', 'hangerson'],
      // An em dash that became a plain space (`stabilization that is, in this case`).
      ['text.lostDash', 'stabilization that is'],
    ];
    for (const [code, damaged] of knownMisses) {
      assert.ok(text.slice(range.start, range.end).includes(damaged), damaged);
      assert.ok(!found.some(([foundCode, place]) => foundCode === code && damaged.includes(place)), damaged);
    }
  });
});
