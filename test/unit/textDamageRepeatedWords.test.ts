import assert from 'node:assert/strict';
import { PassAnswers, TableReading } from '../../server/src/topics/textDamage/countQuestions';
import { loadEnglishDictionary } from '../../server/src/topics/textDamage/englishDictionary';
import { countWords, wordKey } from '../../server/src/topics/textDamage/wordCounts';
import { checkDiagnostics } from '../checks';
import { lines } from '../fixture';

before(async () => {
  await loadEnglishDictionary();
});

const ignore = ['person.unknown', 'note.heading', 'note.unreferenced', 'note.missing', 'date.weekday'];

describe('text damage: a token the text writes more often than the words of its split', () => {
  it('is a word of the text, even with a sure split, when each content word of the split is written less often', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The transferor signs; a transfer by the transferor is taxed, and the transferor pays.',
        'The firm PlayWood sued, and PlayWood won; the wood was theirs.',
      ),
      { ignore },
    );
  });

  it('stays damage where a content word of the split is written as often or more on its own', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The unions met; the unions struck; the unions won. Then the tradeunions met, and the tradeunions left.',
        '                                                            ^^^^^^^^^^^ text.runTogetherUncertain',
        '                                                                                     ^^^^^^^^^^^ text.runTogetherUncertain',
        'The Party met, the Party voted, the Party ruled; the CommunistParty and the CommunistParty agreed.',
        '                                                     ^^^^^^^^^^^^^^ text.runTogether: `CommunistParty` looks like `Communist Party`',
        '                                                                            ^^^^^^^^^^^^^^ text.runTogether: `CommunistParty` looks like `Communist Party`',
      ),
      { ignore },
    );
  });

  it('stays damage, however often, when the sure split is not at an affix', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The liberalconservative split, the liberalconservative division; a onestory house, a onestory shed.',
        '    ^^^^^^^^^^^^^^^^^^^ text.runTogether: `liberalconservative` looks like `liberal conservative`',
        '                                   ^^^^^^^^^^^^^^^^^^^ text.runTogether: `liberalconservative` looks like `liberal conservative`',
        '                                                                   ^^^^^^^^ text.runTogether: `onestory` looks like `one story`',
        '                                                                                     ^^^^^^^^ text.runTogether: `onestory` looks like `one story`',
        'The prices ofconsumer goods, and the supply ofconsumer goods, rose.',
        '           ^^^^^^^^^^ text.runTogether: `ofconsumer` looks like `of consumer`',
        '                                            ^^^^^^^^^^ text.runTogether: `ofconsumer` looks like `of consumer`',
      ),
      { ignore },
    );
  });

  it('keeps the answer while the counts it compared keep their order, and asks again when they change', () => {
    const reading = new TableReading();
    const pass = new PassAnswers(() => countWords('transferor transferor transferor transfer'));
    assert.equal(pass.recording(reading).ownWord('transferor', ['transfer']), true);
    assert.ok(reading.read(wordKey('transfer')) && reading.read(wordKey('transferor')));
    const changed = [wordKey('transfer')];
    assert.ok(
      reading.stillAnswered(countWords('transferor transferor transferor transfer transfer'), changed),
    );
    const outnumbered = countWords('transferor transferor transferor transfer transfer transfer');
    assert.ok(!reading.stillAnswered(outnumbered, changed));
    assert.ok(!reading.stillAnswered(outnumbered, undefined));
    assert.ok(reading.stillAnswered(outnumbered, [wordKey('the')]));
  });
});
