import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { brownParagraphs, detokenize, halfOf, isEditedSentence } from '../../scripts/textDamage/corpora';
import { intoLetters, lettersText } from '../../scripts/textDamage/lettersText';
import { correctedSample, sampleCorpus } from '../../scripts/textDamage/sampleCorpus';
import { SAMPLE_CORRECTIONS } from '../../scripts/textDamage/sampleCorrections';
import { catchers, falseAlarms, touches } from '../../scripts/textDamage/score';
import type { Finding } from '../../scripts/textDamage/runCheck';

const tokens = (tagged: string) => tagged.split(' ');

describe('clean corpora for the text-damage measurement', () => {
  it('detokenizes Brown: quotes against their words, punctuation inside the quote, dashes and ranges', () => {
    assert.equal(
      detokenize(
        tokens("``/`` Only/rb a/at handful/nn was/bedz received/vbn ''/'' ,/, the/at jury/nn said/vbd ./."),
      ),
      '"Only a handful was received," the jury said.',
    );
    assert.equal(
      detokenize(tokens('He/pps left/vbd --/-- slowly/rb --/-- in/in 1961-62/cd (/( not/* 1960/cd )/) ./.')),
      'He left—slowly—in 1961–62 (not 1960).',
    );
    assert.equal(detokenize(tokens('Ivan/np Allen/np Jr./np ./.')), 'Ivan Allen Jr.');
    assert.equal(
      detokenize(tokens("the/at term-end/nn presentments/nns didn't/dod* matter/vb ;/.")),
      "the term-end presentments didn't matter;",
    );
  });

  it('prints once the question mark, exclamation mark or semicolon that Brown doubles at a sentence end', () => {
    assert.equal(detokenize(tokens('Who/wps came/vbd ?/. ?/.')), 'Who came?');
    assert.equal(detokenize(tokens('not/* Parker/np !/. !/.')), 'not Parker!');
    assert.equal(detokenize(tokens('in/in Christianity/np ;/. ;/.')), 'in Christianity;');
    // A mark that is not the corpus's sentence end stays as written.
    assert.equal(detokenize(tokens('What/wdt ?/. !/.')), 'What?!');
    assert.equal(detokenize(tokens('Well/uh ./. ./. ./.')), 'Well.');
  });

  it('reads a Brown sample as paragraphs: a tab starts one, headlines and a lost dateline dash are left out', () => {
    const sample = [
      '',
      '\tThe/at jury/nn met/vbd ./.',
      'It/pps adjourned/vbd ./.',
      '',
      'Merger/nn-hl proposed/vbn-hl',
      '--/-- Senators/nns voted/vbd ./.',
      '\t1/cd ./. Not/* prose/nn ./.',
      '\tHe/pps said/vbd :/: ``/``',
      '\tWe/ppss may/md ./.',
    ].join('\n');
    assert.deepEqual(brownParagraphs(sample), [
      'The jury met. It adjourned.',
      'Senators voted.',
      'He said:',
      '"We may.',
    ]);
  });

  it('goes on with a sentence after a doubled mark when the next line opens with a dash', () => {
    const sample = [
      '\tThis/dt is/bez Channing/np ,/, not/* Parker/np !/. !/.',
      '--/-- that/cs should/md a/at minister/nn speak/vb ./.',
      '\tWhat/wdt of/in it/ppo ?/. ?/.',
      '--/-- liberal/jj men/nns ask/vb ./.',
    ].join('\n');
    assert.deepEqual(brownParagraphs(sample), [
      'This is Channing, not Parker!—that should a minister speak.',
      'What of it?—liberal men ask.',
    ]);
  });

  it('splits by a fixed rule: odd numbers develop, even numbers test', () => {
    assert.equal(halfOf(1), 'dev');
    assert.equal(halfOf(2), 'test');
    assert.equal(halfOf(0), 'test');
  });

  it('takes from nlp-corpus only sentences that read as edited prose', () => {
    assert.ok(isEditedSentence('The committee adopted the resolution without a vote on Monday.'));
    assert.ok(!isEditedSentence('lol i dont think so haha see u at 8 tmr ok'));
    assert.ok(!isEditedSentence('Visit www.example.com for the full list of our offers today!'));
    assert.ok(!isEditedSentence('Too short.'));
    // The shapes of chat: the pronoun in lower case, `u` for you, an emoticon.
    assert.ok(!isEditedSentence('Most of the time when i go there it is so full of people.'));
    assert.ok(!isEditedSentence('Help me buy the marshmallows at the shop if u see any.'));
    assert.ok(!isEditedSentence('My quesadilla on the other hand was very soft and soggy :).'));
    assert.ok(isEditedSentence('It holds, i.e. the rule of section (i) applies to the case as well.'));
  });

  it('wraps prose as letters with headings and editorial dates, the regions on the paragraphs', () => {
    const letters = intoLetters(['One two three.', 'Four five.', 'Six.'], 4);
    assert.deepEqual(letters, [['One two three.', 'Four five.'], ['Six.']]);
    const { text, regions } = lettersText('Title', letters, 1961);
    assert.equal(
      text,
      'Title\n\nLetter 1\n\n[1 January 1961]\n\nOne two three.\n\nFour five.\n\n\nLetter 2\n\n[2 January 1961]\n\nSix.\n\n\n',
    );
    assert.deepEqual(
      regions.map((region) => text.slice(region.start, region.end)),
      ['One two three.', 'Four five.', 'Six.'],
    );
  });

  it('corrects every labelled damage of the sample, and nothing else', () => {
    const text = readFileSync(path.join(__dirname, '../../samples/stalin-molotov-1926.letters'), 'utf8');
    const corrected = correctedSample(text);
    for (const damaged of ['ourworkers', 'socalled', 'Wanhsientook', 'note4', 'with[agricultural]']) {
      assert.ok(text.includes(damaged) && !corrected.includes(damaged), damaged);
    }
    assert.ok(corrected.includes('itself—this can do harm'));
    assert.ok(corrected.includes('signed by Bukharin, Tomskii, and Molotov'));
    const change = SAMPLE_CORRECTIONS.reduce(
      (sum, [, , damaged, fix]) => sum + fix.length - damaged.length,
      0,
    );
    assert.equal(corrected.length - text.length, change);
    assert.throws(() => correctedSample(text.slice(1)), /the sample changed/);
  });

  it("sets the sample's even letters apart as the test half, with its registers beside them", () => {
    const [test] = sampleCorpus('test');
    assert.ok(test);
    assert.match(test.text, /^Letter 12$/m);
    assert.doesNotMatch(test.text, /^Letter 11$/m);
    assert.ok(test.companions?.some(([name]) => name.endsWith('.persons.json')));
    for (const region of test.regions) {
      assert.doesNotMatch(test.text.slice(region.start, region.end), /^(\d+\.\s|Letter \d|\[\d)/);
    }
  });
});

describe('scoring of the measurement', () => {
  const finding = (code: string, start: number, end: number, severity: 1 | 2 | 3 | 4 = 2): Finding => ({
    code,
    severity,
    start,
    end,
    message: '',
  });

  it('counts a finding that touches the damaged form, and for a typo only text.misspelt', () => {
    assert.ok(touches(finding('text.runTogether', 5, 10), 9, 12));
    assert.ok(!touches(finding('text.runTogether', 5, 10), 10, 12));
    assert.ok(touches(finding('text.missingSpace', 10, 10), 10, 12));
    const fused = {
      kind: 'lostLineEnd',
      offset: 10,
      original: 'our workers',
      damaged: 'ourworkers',
    } as const;
    assert.equal(catchers(fused, [finding('text.runTogether', 12, 14)]).length, 1);
    const typo = { kind: 'typo', offset: 10, original: 'rendezvous', damaged: 'rendevous' } as const;
    assert.equal(catchers(typo, [finding('text.runTogetherUncertain', 10, 19)]).length, 0);
    assert.equal(catchers(typo, [finding('text.misspelt', 10, 19, 3)]).length, 1);
  });

  it('counts as false alarms the findings at information or above on the prose', () => {
    const regions = [{ start: 0, end: 20 }];
    assert.deepEqual(
      falseAlarms(
        [finding('text.runTogether', 3, 6), finding('text.quote', 5, 6, 4), finding('text.lostDash', 30, 33)],
        regions,
      ).map((alarm) => alarm.code),
      ['text.runTogether'],
    );
  });
});
