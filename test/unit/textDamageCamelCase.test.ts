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
        'The AntiCommunist bloc and the PostGraduate school: Communist and Graduate.',
        '    ^^^^^^^^^^^^^ text.runTogether: `AntiCommunist` looks like `Anti Communist`',
        '                               ^^^^^^^^^^^^ text.runTogether',
        'The Communist faction and the Graduate office.',
      ),
      { ignore },
    );
  });

  it('is unsure of a pair neither of whose words the text writes on its own: a brand is written so', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The system SuperDot was named by the Central Committee; the Committee met at the CentralCommittee building.',
        '           ^^^^^^^^ text.runTogetherUncertain: `SuperDot` may be `Super Dot`: the text does not write these words on their own, and a name may be written with a capital inside.',
        '                                                                                 ^^^^^^^^^^^^^^^^ text.runTogether: `CentralCommittee` looks like `Central Committee`',
        'In GreatBritain they met.',
        '   ^^^^^^^^^^^^ text.runTogether: `GreatBritain` looks like `Great Britain`',
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

describe('text damage: a capitalised word glued to a lower-case one inside a sentence', () => {
  it('is unsure when the text never writes the capitalised word alone: a name may begin so', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The results of Herbert Simon and Fernand Gobet were read in the hall.',
        '                                 ^^^^^^^ text.runTogetherUncertain: `Fernand` may be `Fern and`: a name may begin with `Fern`, which the text does not write on its own.',
      ),
      { ignore },
    );
  });

  it('is sure when the text writes the word alone, it is a name of its own, or a long word follows', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The Fern is a hall; the Fern was full. Then the Fernand the others met in Germanywhere we were.',
        '                                                ^^^^^^^ text.runTogether: `Fernand` looks like `Fern and`.',
        '                                                                          ^^^^^^^^^^^^ text.runTogether',
        'They spoke with the Westernparties at the congress.',
        '                    ^^^^^^^^^^^^^^ text.runTogether: `Westernparties` looks like `Western parties`.',
      ),
      { ignore },
    );
  });
});

describe('text damage: names after initials, names that split two ways, brands of two words', () => {
  it('reads a capitalised word after an initial as a surname, not as the start of a sentence', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        // `Was son` and `Card one` would be damage first in a sentence; after an initial they are surnames.
        'Even D. A. Wasson compared them, and J.S. Cardone came to the hall.',
        '                                          ^^^^^^^ text.runTogetherUncertain: `Cardone` may be `Card one`: a name may begin with `Card`',
      ),
      { ignore },
    );
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'It was late. Wasson came, and the vitamins were sent.',
        '             ^^^^^^ text.runTogether: `Wasson` looks like `Was son`.',
      ),
      { ignore },
    );
  });

  it('weighs the likeliest split of a name that splits two ways', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'Godfrey Burr, the vicar of Rushall in the county, wrote.',
        '                           ^^^^^^^ text.runTogetherUncertain: `Rushall` may be `Rush all` (or `Ru shall`): a name may begin with `Rush`',
      ),
      { ignore },
    );
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The Rush was over; the Rush came back. Then the Rushall men left.',
        '                                                ^^^^^^^ text.runTogether: `Rushall` looks like `Rush all`.',
      ),
      { ignore },
    );
  });

  it('is unsure of two capitalised words when the text writes only one of them elsewhere: a brand is made so', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The world came to WorldPride, and the world saw it.',
        '                  ^^^^^^^^^^ text.runTogetherUncertain: `WorldPride` may be `World Pride`: the text does not write these words on their own',
      ),
      { ignore },
    );
  });

  it('is sure of two capitalised words the text writes both elsewhere', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The world and its pride, the world and its pride: the WorldPride again.',
        '                                                      ^^^^^^^^^^ text.runTogether: `WorldPride` looks like `World Pride`',
      ),
      { ignore },
    );
  });
});

describe('text damage: a surname with its particle written closed up', () => {
  it("reads a lower-case particle before a capitalised name as the name's, and a word before one as run together", () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'Neil deGrasse Tyson, Joe diMaggio and the vanDyke brothers met andYagoda.',
        '                                                               ^^^^^^^^^ text.runTogether: `andYagoda` looks like `and Yagoda`',
      ),
      { ignore },
    );
  });
});
