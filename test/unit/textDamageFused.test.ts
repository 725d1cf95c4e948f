import assert from 'node:assert/strict';
import { checkDiagnostics } from '../checks';
import { lines } from '../fixture';
import {
  englishCompounds,
  englishDictionary,
  englishFrequency,
  loadEnglishDictionary,
} from '../../server/src/topics/textDamage/englishDictionary';
import { DocumentModel } from '../../server/src/analysis/model';
import { Edition } from '../../server/src/analysis/edition';
import { wordCountTable, countWords, type WordCounts } from '../../server/src/topics/textDamage/wordCounts';
import { questionsOf } from '../../server/src/topics/textDamage/countQuestions';
import { apostropheJointProblems } from '../../server/src/topics/textDamage/apostropheJoints';
import { fusedWordProblems } from '../../server/src/topics/textDamage/fusedWords';
import type { Problem } from '../../server/src/analysis/problems';
import { applyReplacements } from '../fixture';

before(async () => {
  await loadEnglishDictionary();
});

/** The fused-word problems of `text`, its own words serving as the edition's vocabulary. */
function problems(text: string): Problem[] {
  const spelling = englishDictionary();
  assert.ok(spelling, 'the English dictionary loads');
  return fusedWordProblems(
    text,
    { start: 0, end: text.length },
    {
      spelling,
      frequency: englishFrequency(),
      known: new Set(),
      compounds: englishCompounds(),
      edition: questionsOf(countWords(text)),
    },
  );
}

function found(text: string): [string, string][] {
  return problems(text).map((problem) => [problem.code, text.slice(problem.span.start, problem.span.end)]);
}

/** `text` after each fix of its only problem, in the order offered. */
function fixes(text: string): string[] {
  const [problem, ...rest] = problems(text);
  assert.ok(problem && rest.length === 0, 'one finding');
  return problem.fixes.map((fix) => applyReplacements(text, fix.replacements));
}

describe('text damage: lower-case words run together', () => {
  it('splits a word into two words the edition uses often, at warning', () => {
    const text = 'Our workers struck. The workers won, and ourworkers will remember our day.';
    assert.deepEqual(found(text), [['text.runTogether', 'ourworkers']]);
    assert.match(problems(text)[0]?.message ?? '', /`ourworkers` looks like `our workers`/u);
    assert.deepEqual(fixes(text), [
      'Our workers struck. The workers won, and our workers will remember our day.',
    ]);
  });

  it('weighs words by their frequency in English: one use in the edition is enough', () => {
    const text = 'They were in Berlin formedical treatment.';
    assert.deepEqual(found(text), [['text.runTogether', 'formedical']]);
    assert.equal(problems(text)[0]?.fixes[0]?.preferred, true);
  });

  it('reports a split whose word is rare in English and in the edition as uncertain', () => {
    const text = 'They spoke at theplenum on Monday, for a month.';
    assert.deepEqual(found(text), [['text.runTogetherUncertain', 'theplenum']]);
    assert.equal(problems(text)[0]?.fixes[0]?.preferred, false);
  });

  it('leaves alone what English closes up: compounds, derivations, prefixed words, spellings of speech', () => {
    const text =
      'The knuckleball and the rightfield, a winless team, overdriving, microfossils; thinkin, coulda.';
    assert.deepEqual(found(text), []);
  });

  it('reads a split with a function word as sure, one of two short content words as a compound', () => {
    assert.deepEqual(found('The homerun and ofconsumer goods; nationalrevolutionary ones.'), [
      ['text.runTogether', 'ofconsumer'],
      ['text.runTogether', 'nationalrevolutionary'],
    ]);
  });

  it('reads two common content words of four letters or more as words run together, uncertain', () => {
    assert.deepEqual(found('The frontpage story and the wavetravel times.'), [
      ['text.runTogetherUncertain', 'frontpage'],
      ['text.runTogetherUncertain', 'wavetravel'],
    ]);
  });

  it('reads two everyday words, one of three letters among the commonest, as words run together', () => {
    const text = 'The punchedcard and the folkmusic; her ownaccount of the eyecontact.';
    const caret = (token: string, reading: string) =>
      `${' '.repeat(text.indexOf(token))}${'^'.repeat(token.length)} text.runTogetherUncertain: \`${token}\` may be \`${reading}\``;
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        text,
        caret('punchedcard', 'punched card'),
        caret('folkmusic', 'folk music'),
        caret('ownaccount', 'own account'),
        caret('eyecontact', 'eye contact'),
      ),
      { ignore: ['note.missing', 'date.weekday', 'date.dateline'] },
    );
  });

  it('leaves alone a pair shorter than nine letters, or with a word of three letters English uses less', () => {
    checkDiagnostics(
      lines('Letter 1', '[1 May 1926]', 'The homerun, the paperwads, the skinfolds and the cogwheels.'),
      { ignore: ['note.missing', 'date.weekday', 'date.dateline'] },
    );
  });

  it('reads `in` glued to a word the dictionary lacks as the preposition run into it, not surely', () => {
    // English also derives words with `in-` the dictionary lacks (`inholding`): information, not a warning.
    const text =
      'He was inbed early, saw the indepth report, and came inorder to help; inexact and incapable.';
    const caret = (token: string) =>
      `${' '.repeat(text.indexOf(token))}${'^'.repeat(token.length)} text.runTogetherUncertain: \`${token}\` may be \`in ${token.slice(2)}\`: English also makes words with \`in-\`, which the dictionary lists only in part.`;
    checkDiagnostics(
      lines('Letter 1', '[1 May 1926]', text, caret('inbed'), caret('indepth'), caret('inorder')),
      { ignore: ['note.missing', 'date.weekday', 'date.dateline'] },
    );
  });

  it('leaves such a pair alone when a word is rare or the text writes the token twice', () => {
    assert.deepEqual(found('The paperwads on the skinfolds.'), []);
    assert.deepEqual(found('The rulemaking went on; rulemaking is slow.'), []);
  });

  it('reads British spellings as words, not as words run together', () => {
    assert.deepEqual(found('They were quarrelling and travelling; the colour of labour.'), []);
  });

  it('reports a word that splits more than one way as uncertain', () => {
    // `the resolution` or `there solution`: every word of both is common here.
    const text =
      'There, the solution: the resolution passed there, a resolution; theresolution was a solution.';
    assert.deepEqual(found(text), [['text.runTogetherUncertain', 'theresolution']]);
  });

  it('restores a hyphen the edition writes elsewhere', () => {
    const text = 'The so-called opposition met; the socalled bloc followed.';
    assert.deepEqual(found(text), [['text.lostHyphen', 'socalled']]);
    assert.deepEqual(fixes(text), ['The so-called opposition met; the so-called bloc followed.']);
  });

  it('restores a hyphen English always writes, in a letter that never writes the compound', () => {
    assert.deepEqual(found('The socalled bloc met; their selfcriticism was brief.'), [
      ['text.lostHyphen', 'socalled'],
      ['text.lostHyphen', 'selfcriticism'],
    ]);
    assert.deepEqual(fixes('The socalled bloc met.'), ['The so-called bloc met.']);
  });

  it('offers an em dash second where a clause may open after the joint', () => {
    const text = 'Not by the Comintern itself. This is it: not by itselfthis can do harm. This, this.';
    assert.deepEqual(fixes(text), [
      'Not by the Comintern itself. This is it: not by itself this can do harm. This, this.',
      'Not by the Comintern itself. This is it: not by itself—this can do harm. This, this.',
    ]);
  });

  it('finds damage that repeats when the split is into plain English words', () => {
    const text = 'The tradeunions met. Trade is trade; unions are unions. The tradeunions left.';
    // Two content words English might close up (`trade union` is also written `tradeunion`): uncertain.
    assert.deepEqual(found(text), [
      ['text.runTogetherUncertain', 'tradeunions'],
      ['text.runTogetherUncertain', 'tradeunions'],
    ]);
  });

  it('stays silent on words, names, transliterations, markers and abbreviations', () => {
    const correct = [
      'from the Politburo.3 Then again,1 he wrote, nevertheless, therefore, wherever he went.',
      'Kommunisticheskaia oppozitsiia v SSSR; oppozitsiia; Narkomindel and Khlebotsentr; zhizn.',
      'RTsKhIDNI f. 17, op. 2, d. 246, vyp. 1, ll. 75, 76; ob. 2; ibid., passim.',
      'the countertheses of the ultrainternationalist timeservers, their extortions.',
      'a well-known self-criticism; the workers’ opposition; Sassenbach and Oudegeest.',
    ];
    for (const text of correct) assert.deepEqual(found(text), [], text);
  });
});

describe('text damage: a space lost after a possessive apostrophe', () => {
  const found = (text: string, spelling = englishDictionary()) =>
    spelling
      ? apostropheJointProblems(text, { start: 0, end: text.length }, spelling).map((problem) => [
          problem.code,
          text.slice(problem.span.start, problem.span.end),
          applyReplacements(text, problem.fixes[0]?.replacements ?? []),
        ])
      : assert.fail('the English dictionary loads');

  it('finds a plural possessive glued to the next word and inserts the space', () => {
    assert.deepEqual(found('of the former "workers\'opposition," drafted'), [
      ['text.missingSpace', "workers'opposition", 'of the former "workers\' opposition," drafted'],
    ]);
  });

  it('stays silent on possessives, elisions and the transliterated soft sign', () => {
    for (const text of [
      "the workers' opposition",
      "Moia zhizn' [My life]",
      "XV s'ezd",
      "o'clock",
      "the boss's",
    ])
      assert.deepEqual(found(text), [], text);
  });
});

describe('text damage: the edition word table', () => {
  const counts = (table: WordCounts) => [new Map(table.words), new Map(table.compounds)];

  it('follows edits letter by letter to exactly the counts of a fresh count', () => {
    const versions = [
      lines(
        'Title words',
        'Letter 1',
        '[1 May 1926]',
        'The so-called opposition.',
        'Letter 2',
        '[2 May 1926]',
        'Our workers.',
      ),
      lines(
        'Title words',
        'Letter 1',
        '[1 May 1926]',
        'The socalled opposition.',
        'Letter 2',
        '[2 May 1926]',
        'Our workers.',
      ),
      lines(
        'Other title',
        'Letter 1',
        '[1 May 1926]',
        'The socalled opposition.',
        'Letter 2',
        '[2 May 1926]',
        'More workers, workers.',
      ),
      lines('Letter 2', '[2 May 1926]', 'Hangers-on and trade unions.'),
      '',
    ];
    let model = new DocumentModel('file:///words.letters', 1, versions[0] as string);
    const workspace = new Edition();
    for (const [index, version] of versions.entries()) {
      const before = model.text;
      let start = 0;
      while (start < Math.min(before.length, version.length) && before[start] === version[start]) start++;
      let end = 0;
      while (
        end < Math.min(before.length, version.length) - start &&
        before[before.length - 1 - end] === version[version.length - 1 - end]
      )
        end++;
      model = DocumentModel.edited(model, index + 2, version, {
        start,
        oldEnd: before.length - end,
        newEnd: version.length - end,
      });
      workspace.put(model);
      assert.deepEqual(counts(wordCountTable(workspace, model)), counts(countWords(version)), version);
    }
  });
});
