import { loadEnglishDictionary } from '../../server/src/topics/textDamage/englishDictionary';
import { checkDiagnostics } from '../checks';
import { lines } from '../fixture';

// The rules weigh words by the dictionary; this file loads it itself.
before(async () => {
  await loadEnglishDictionary();
});

const ignore = ['note.missing', 'date.weekday', 'date.dateline', 'person.unknown'];

describe('text damage: two capitalised words joined where a hyphen or dash stood', () => {
  it('reads a name joined to a word as a pair that may have lost its dash', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'They shopped at NeimanMarcus and saw a ToulouseLautrec.',
        '                ^^^^^^^^^^^^ text.runTogetherUncertain: `NeimanMarcus` may be `Neiman–Marcus` (or `Neiman Marcus`)',
        '                                       ^^^^^^^^^^^^^^^ text.runTogetherUncertain',
      ),
      { ignore },
    );
  });

  it('does not take a capital inside for a closed word the dictionary knows', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The AntiCommunist bloc and the PostGraduate school.',
        '    ^^^^^^^^^^^^^ text.runTogether: `AntiCommunist` looks like `Anti Communist`',
        '                               ^^^^^^^^^^^^ text.runTogether',
      ),
      { ignore },
    );
  });

  it('stays silent on names written with a capital inside and closed words', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'MacDonald, McKinley, DeWitt, FitzGerald, VanDyke and LaGuardia met the anticommunist firstborn.',
      ),
      { ignore },
    );
  });
});
