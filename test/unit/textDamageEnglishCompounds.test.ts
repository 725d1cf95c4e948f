import assert from 'node:assert/strict';
import {
  englishCompounds,
  loadEnglishDictionary,
} from '../../server/src/topics/textDamage/englishDictionary';
import { checkDiagnostics, checkFix } from '../checks';
import { lines } from '../fixture';

// The rules weigh words by the dictionary, the frequency list and the compounds; this file loads them itself.
before(async () => {
  await loadEnglishDictionary();
});

const ignore = ['note.missing', 'date.weekday', 'date.dateline'];

describe('text damage: compounds English writes with a hyphen', () => {
  it('knows the compounds of English, their plurals, and those written closed', () => {
    const compounds = englishCompounds();
    assert.equal(compounds.joined('highceilinged'), 'high-ceilinged');
    assert.equal(compounds.joined('wordofmouth'), undefined, 'two words only');
    assert.equal(compounds.joined('standardbearers'), 'standard-bearers');
    assert.equal(compounds.closed('knuckleball'), true);
    assert.equal(compounds.joined('knuckleball'), undefined);
  });

  it('reports a token that is such a compound closed up as uncertain, first in a sentence too', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'They met in a highceilinged hall with the wageearning members and standardbearers.',
        '              ^^^^^^^^^^^^^ text.runTogetherUncertain: `highceilinged` may be `high-ceilinged`: English writes it with a hyphen',
        '                                          ^^^^^^^^^^^ text.runTogetherUncertain: `wageearning` may be `wage-earning`',
        '                                                                  ^^^^^^^^^^^^^^^ text.runTogetherUncertain: `standardbearers` may be `standard-bearers`',
        'Longlived plans are rare.',
        '^^^^^^^^^ text.runTogetherUncertain: `Longlived` may be `Long-lived`',
      ),
      { ignore },
    );
  });

  it('offers the hyphen first, then the space', () => {
    const before = lines('Letter 1', '[1 May 1926]', 'A {|}highspirited man came in.');
    checkFix(before, lines('Letter 1', '[1 May 1926]', 'A high-spirited man came in.'), 'Insert a hyphen');
    checkFix(before, lines('Letter 1', '[1 May 1926]', 'A high spirited man came in.'), 'Insert a space');
  });

  it('stays silent on compounds English writes closed, on names inside a sentence, and on hyphenated ones', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The knuckleball and the cufflinks of the high-ceilinged hall were well known.',
        'He met Longlived and spoke of a roadmap, a homerun and a skywave.',
      ),
      { ignore },
    );
  });
});
