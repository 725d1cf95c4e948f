import { checkDiagnostics, checkFix } from '../checks';
import { lines } from '../fixture';
import { OTHER_CHECKS as ignore, withEnglishDictionary } from './textDamageSetup';

withEnglishDictionary();

describe('text damage: number ranges without their en dash', () => {
  it('reads page ranges in citations and quantity ranges', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'Stalin (Benson, Vt.: Chalidze, 1988], 1:90101) and (vol. 4 [Moscow, 1984], 13748).',
        '                                        ^^^^^ text.lostEnDash: `90101` looks like `90–101`',
        '                                                                           ^^^^^ text.lostEnDash: `13748` looks like `137–48`',
        'Some 2030 thousand workers struck, pp. 1214.',
        '     ^^^^ text.lostEnDash',
        '                                       ^^^^ text.lostEnDash',
      ),
      { ignore },
    );
    checkFix(
      lines('Letter 1', '[1 May 1926]', 'See [Moscow, 1984], {|}13748.'),
      lines('Letter 1', '[1 May 1926]', 'See [Moscow, 1984], 137–48.'),
    );
  });

  it('reads a page range after pp. that crosses a power of ten', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'See pp. 40104 of the book.',
        '        ^^^^^ text.lostEnDash: `40104` looks like `40–104`',
      ),
      { ignore },
    );
  });

  it('reads quantities glued to a word or cut of their en dash before a quantity word', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'Coal150 million poods; some 300400 million rubles and 120140 thousand poods; about150 tons.',
        '^^^^^^^ text.lostDash: `Coal150` looks like `Coal—150`',
        '                            ^^^^^^ text.lostEnDash: `300400` looks like `300–400`',
        '                                                      ^^^^^^ text.lostEnDash: `120140` looks like `120–140`',
        '                                                                             ^^^^^^^^ text.missingSpace: `about150` looks like `about 150`',
      ),
      { ignore },
    );
    checkFix(
      lines('Letter 1', '[1 May 1926]', 'Grain: {|}Coal150 million poods.'),
      lines('Letter 1', '[1 May 1926]', 'Grain: Coal—150 million poods.'),
    );
  });

  it('stays silent on quantities that are right, references, years, decimals and list numbers', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'In 1926 some 1500 thousand rubles, 1926 percent, 1925 tons; f. 1520 tons; 2.25 million rubles.',
        'The 10,000 tons, 150 million poods, 300–400 million, 120 thousand; vol. 3040 tons; 4th million.',
        '',
        '2030. Million rubles were spent; 2000 tons and 100500 rubles.',
      ),
      { ignore },
    );
  });

  it('stays silent on years, plain numbers, pages and dates', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'In 1926 some 12345 people and 1500 thousand rubles; [Moscow, 1984], 1234; 191 delegates.',
        'The 2.25 million rubles, 10,000 men, 1926 percent, RTsKhIDNI f. 558, op. 1, d. 5297.',
      ),
      { ignore },
    );
  });
});
