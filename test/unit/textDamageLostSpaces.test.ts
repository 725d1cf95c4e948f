import { loadEnglishDictionary } from '../../server/src/topics/textDamage/englishDictionary';
import { checkDiagnostics, checkFix } from '../checks';
import { lines } from '../fixture';

// A contraction is asked of the dictionary; this file loads it itself.
before(async () => {
  await loadEnglishDictionary();
});

const ignore = ['note.missing', 'date.weekday', 'date.dateline', 'person.unknown'];

describe('text damage: a space lost after punctuation', () => {
  it('finds a word glued after a full stop: a short word, a title, `A` and `I`', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'He swung his feet into it.He closed his eyes. Then Mr.Wagner came to the point.A man',
        '                       ^^^^^ text.missingSpace: `it.He` looks like `it. He`',
        '                                                   ^^^^^^^^^ text.missingSpace',
        '                                                                         ^^^^^^^ text.missingSpace',
        'said it to the world.I will go.',
        '               ^^^^^^^ text.missingSpace',
      ),
      { ignore },
    );
  });

  it('finds a word glued after a semicolon, a colon, a question or an exclamation mark', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'Where birds breed;a law. Two interests in life:the table. The stage?Where then? Koinonia!What',
        '            ^^^^^^^ text.missingSpace: `breed;a` looks like `breed; a`',
        '                                          ^^^^^^^^ text.missingSpace',
        '                                                              ^^^^^^^^^^^ text.missingSpace',
        '                                                                                ^^^^^^^^^^^^^ text.missingSpace',
      ),
      { ignore },
    );
    checkFix(
      lines('Letter 1', '[1 May 1926]', 'The {|}stage?Where then?'),
      lines('Letter 1', '[1 May 1926]', 'The stage? Where then?'),
    );
  });

  it('finds a word glued after a comma: after an acronym, a short word or a contraction, and `a` after it', () => {
    const text = "Oh,my: the EU,where Sykes,a man, said in the 40's,and it wasn't,okay, it wasn't.It came.";
    const caret = (token: string, rest = '') =>
      `${' '.repeat(text.indexOf(token))}${'^'.repeat(token.length)} text.missingSpace${rest}`;
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        text,
        caret('Oh,my', ': `Oh,my` looks like `Oh, my`'),
        caret('EU,where'),
        caret('Sykes,a', ': `Sykes,a` looks like `Sykes, a`'),
        caret("'s,and"),
        caret("wasn't,okay"),
        caret('t.It', ': `t.It` looks like `t. It`'),
      ),
      { ignore },
    );
  });

  it('stays silent on a comma between letters, numbers and a word of one letter', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The points a,b and x,y; 1,000 men, 3,a and Jones,b, the 1920s, and so, a man.',
      ),
      { ignore },
    );
  });

  it('stays silent on initialisms, degrees, times, references and character entities', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The U.S.Army and a Ph.D. in 1926; at 9:30 the U.S.S.R. met, Genesis 6:1, and &nbsp;here, &lt;ref.',
        'Yes! He came. Really? A man. It is so; a law: the end. The J.A. Smith and A.M. Aikin papers, I.A).',
      ),
      { ignore },
    );
  });
});

describe('text damage: a contraction glued to a word', () => {
  it('splits a word and a contraction, or a contraction and a word', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        "Then youcan't say it, and you'regoing home.",
        "     ^^^^^^^^ text.runTogether: `youcan't` looks like `you can't`",
        "                          ^^^^^^^^^^^ text.runTogether: `you'regoing` looks like `you're going`",
      ),
      { ignore },
    );
  });

  it('stays silent on possessives, names and contractions that stand alone', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        "Nugent's and Gladden's men, O'Brien and d'Abernon at one o'clock: it's so, can't be, y'all.",
      ),
      { ignore },
    );
  });
});

describe('text damage: two short function words run together', () => {
  it('splits a token of three or four letters that is two function words one way only', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'He went ofa while, and it isan odd plan.',
        '        ^^^ text.runTogether: `ofa` looks like `of a`',
        '                          ^^^^ text.runTogether: `isan` looks like `is an`',
      ),
      { ignore },
    );
  });

  it('stays silent on the short words English writes', () => {
    checkDiagnostics(
      lines('Letter 1', '[1 May 1926]', 'Into the tome, onto the atom, anon upon its ion; also unto us.'),
      { ignore },
    );
  });
});
