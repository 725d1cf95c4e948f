import { loadEnglishDictionary } from '../../server/src/topics/textDamage/englishDictionary';
import { checkDiagnostics, checkFix } from '../checks';
import { lines } from '../fixture';

// The rules weigh words by the dictionary and the frequency list; this file loads them itself.
before(async () => {
  await loadEnglishDictionary();
});

const ignore = ['note.missing', 'date.weekday', 'date.dateline'];

describe('text damage: joints a capital marks', () => {
  it('finds an acronym glued to the word after it', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The DNAbinding site, the UKborn writer and the USled forces.',
        '    ^^^^^^^^^^ text.runTogether: `DNAbinding` looks like `DNA-binding`',
        '                         ^^^^^^ text.runTogether: `UKborn` looks like `UK-born`',
        '                                               ^^^^^ text.runTogether: `USled` looks like `US-led`',
      ),
      { ignore },
    );
  });

  it('finds a name glued to a participle or to a word that makes modifiers of names', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The New Englandborn President, a Freudstyle dream and Chicagoarea dairies.',
        '        ^^^^^^^^^^^ text.runTogether: `Englandborn` looks like `England-born`',
        '                                 ^^^^^^^^^^ text.runTogether: `Freudstyle` looks like `Freud-style`',
        '                                                      ^^^^^^^^^^^ text.runTogether: `Chicagoarea` looks like `Chicago-area`',
      ),
      { ignore },
    );
    const before = lines('Letter 1', '[1 May 1926]', 'A {|}Seinfeldthemed bar.');
    checkFix(before, lines('Letter 1', '[1 May 1926]', 'A Seinfeld themed bar.'), 'Insert a space');
    checkFix(before, lines('Letter 1', '[1 May 1926]', 'A Seinfeld-themed bar.'), 'Insert a hyphen');
  });

  it('finds a word glued to a capital letter after it, the space first before `I` and `A`', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'A ClassD club, a gradeA turkey.',
        '  ^^^^^^ text.runTogether: `ClassD` looks like `Class-D`',
        '                 ^^^^^^ text.runTogether: `gradeA` looks like `grade A`',
      ),
      { ignore },
    );
    const before = lines('Letter 1', '[1 May 1926]', 'A {|}ClassD club.');
    checkFix(before, lines('Letter 1', '[1 May 1926]', 'A Class D club.'), 'Insert a space');
  });

  it('finds a function word glued to the acronym after it, the space first', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        "In theUK and theUSSR the twoSEAL's came.",
        '   ^^^^^ text.runTogether: `theUK` looks like `the UK`: a function word is not written closed with the acronym after it.',
        '             ^^^^^^^ text.runTogether: `theUSSR` looks like `the USSR`',
        '                         ^^^^^^^ text.runTogether: `twoSEAL` looks like `two SEAL`',
      ),
      { ignore },
    );
    checkFix(
      lines('Letter 1', '[1 May 1926]', 'In {|}theUK.'),
      lines('Letter 1', '[1 May 1926]', 'In the UK.'),
      'Insert a space',
    );
  });

  it('stays silent on other words before an acronym: names, units, molecules', () => {
    checkDiagnostics(
      lines('Letter 1', '[1 May 1926]', 'The macOS release, siRNA and mtDNA samples, the pdfTeX output.'),
      { ignore },
    );
  });

  it('stays silent on acronyms, names and words English writes so', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The NATO forces, the USSR and the TVs; Welborn, Gottfried and Seyfried came.',
        'Reported cases rose in MHz and PhD work, and the iPhone was sold.',
      ),
      { ignore },
    );
  });
});
