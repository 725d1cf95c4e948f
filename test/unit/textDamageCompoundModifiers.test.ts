import { loadEnglishDictionary } from '../../server/src/topics/textDamage/englishDictionary';
import { checkDiagnostics, checkFix } from '../checks';
import { lines } from '../fixture';

// The rules weigh words by the dictionary and the frequency list; this file loads them itself.
before(async () => {
  await loadEnglishDictionary();
});

const ignore = ['note.missing', 'date.weekday', 'date.dateline'];

describe('text damage: compound modifiers that lost their hyphen', () => {
  it('reports a modifier glued to the word after it, and a word glued to a past participle, as uncertain', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'After a hardfought battle the longterm plan was kept, and a tearsoaked letter came.',
        '        ^^^^^^^^^^ text.runTogetherUncertain: `hardfought` may be `hard-fought` (or `hard fought`)',
        '                              ^^^^^^^^ text.runTogetherUncertain: `longterm` may be `long-term`',
        '                                                            ^^^^^^^^^^ text.runTogetherUncertain: `tearsoaked` may be `tear-soaked`',
      ),
      { ignore },
    );
  });

  it("reads a participle glued to a phrasal verb's particle as a modifier that lost its hyphen", () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'A beefedup plan, a soldout hall; the setback and the breakdown.',
        '  ^^^^^^^^ text.runTogetherUncertain: `beefedup` may be `beefed-up`',
        '                   ^^^^^^^ text.runTogetherUncertain: `soldout` may be `sold-out`',
      ),
      { ignore },
    );
  });

  it('offers the hyphen first, then the space', () => {
    const before = lines('Letter 1', '[1 May 1926]', 'A {|}darkhaired man came in.');
    checkFix(before, lines('Letter 1', '[1 May 1926]', 'A dark-haired man came in.'), 'Insert a hyphen');
    checkFix(before, lines('Letter 1', '[1 May 1926]', 'A dark haired man came in.'), 'Insert a space');
  });

  it('reads a word the subtitles write only rarely (`fulltime`) as the compound it is', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'He took a fulltime post.',
        '          ^^^^^^^^ text.runTogetherUncertain: `fulltime` may be `full-time`',
      ),
      { ignore },
    );
  });

  it('stays silent on closed noun compounds, words ending like a participle, and a word written so twice', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The clubrooms had a lightbulb; she kneeled and drifted crossways with a slapshot.',
        'A hardbake toffee, then another hardbake, in a clothbound book.',
        'The well-known and long-term plans were overall the best, and nonviolent.',
      ),
      { ignore },
    );
  });
});

describe('text damage: a last part that makes compound modifiers of any noun', () => {
  it('offers the hyphen before `-wide`, `-free`, `-rich`, `-based`, `-type`, `-laden`, and `-like` after a long word', () => {
    const text =
      'A genomewide scan, an oilrich state, a spiceladen breeze; a commutatorlike part, a bulllike neck.';
    const caret = (token: string, compound: string) =>
      `${' '.repeat(text.indexOf(token))}${'^'.repeat(token.length)} text.runTogetherUncertain: \`${token}\` may be \`${compound}\``;
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        text,
        caret('genomewide', 'genome-wide'),
        caret('oilrich', 'oil-rich'),
        caret('spiceladen', 'spice-laden'),
        caret('commutatorlike', 'commutator-like'),
        // A tripled letter makes it sure (see below).
        `${' '.repeat(text.indexOf('bulllike'))}^^^^^^^^ text.lostHyphen: \`bulllike\` looks like \`bull-like\``,
      ),
      { ignore },
    );
  });

  it('stays silent where English closes them up: the words the dictionary lists, `-like` after a short word', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'A worldwide, carefree and nationwide plan; a glasslike sea, a horselike face, catlike eyes.',
      ),
      { ignore },
    );
  });
});

describe('text damage: a verb and `up`, and a letter written three times', () => {
  it('offers the hyphen of a verb and `up` the dictionary does not list closed', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'A wakeup call in the runup to the vote.',
        '  ^^^^^^ text.runTogetherUncertain: `wakeup` may be `wake-up` (or `wake up`)',
        '                     ^^^^^ text.runTogetherUncertain: `runup` may be `run-up` (or `run up`)',
      ),
      { ignore },
    );
  });

  it('restores the hyphen between two words a tripled letter joins', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'A crosssectional study of a shellless snail.',
        '  ^^^^^^^^^^^^^^ text.lostHyphen: `crosssectional` looks like `cross-sectional`: English never writes a letter three times in a word.',
        '                            ^^^^^^^^^ text.lostHyphen: `shellless` looks like `shell-less`',
      ),
      { ignore },
    );
  });

  it('stays silent on the closed forms the dictionary lists, a plural before `up`, and other tripled letters', () => {
    checkDiagnostics(
      lines('Letter 1', '[1 May 1926]', 'The setup, a pickup and the cleanup; catsup, and Zinggggo, brrr.'),
      { ignore },
    );
  });
});

describe('text damage: a prefix before the same vowel', () => {
  it('restores the hyphen English keeps there', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'A semiindependent body of antiintellectual men, antiwar and semiofficial.',
        '  ^^^^^^^^^^^^^^^ text.lostHyphen: `semiindependent` looks like `semi-independent`',
        '                          ^^^^^^^^^^^^^^^^ text.lostHyphen',
      ),
      { ignore },
    );
    checkFix(
      lines('Letter 1', '[1 May 1926]', 'A {|}semiindependent body.'),
      lines('Letter 1', '[1 May 1926]', 'A semi-independent body.'),
    );
  });

  it('stays silent where the dictionary closes it up or the vowels differ', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'They cooperate, reenter and preexisting rules, semiautomatic and antiwar.',
      ),
      { ignore },
    );
  });
});

describe('text damage: a prefix English writes with a hyphen or closed', () => {
  it('offers the hyphen where the dictionary lacks the closed form', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The pseudoquestions, an antidrug law, a semiautonomous unit and the postattack survey.',
        '    ^^^^^^^^^^^^^^^ text.runTogetherUncertain: `pseudoquestions` may be `pseudo-questions`',
        '                        ^^^^^^^^ text.runTogetherUncertain: `antidrug` may be `anti-drug`',
        '                                        ^^^^^^^^^^^^^^ text.runTogetherUncertain: `semiautonomous` may be `semi-autonomous`',
        '                                                                    ^^^^^^^^^^ text.runTogetherUncertain: `postattack` may be `post-attack`',
      ),
      { ignore },
    );
    checkFix(
      lines('Letter 1', '[1 May 1926]', 'An {|}antidrug law.'),
      lines('Letter 1', '[1 May 1926]', 'An anti-drug law.'),
      'Insert a hyphen',
    );
  });

  it('stays silent on closed forms the dictionary lists, `non` and other prefixes, and a word the text writes twice', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'A nonviolent, antiwar and postwar protest in nontrade areas; a supercell, ultrainternationalist.',
        'The semimajor axis is the semimajor one; a semixyzzy word.',
      ),
      { ignore },
    );
  });
});

describe('text damage: compound numbers and fractions', () => {
  it('restores the hyphen of a compound number or a fraction written as one word', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'Twentyfive men, the Fiftyfifth Street, and twothirds of the eightyseventh.',
        '^^^^^^^^^^ text.lostHyphen: `Twentyfive` looks like `Twenty-five`: English writes a compound number with a hyphen.',
        '                    ^^^^^^^^^^ text.lostHyphen: `Fiftyfifth` looks like `Fifty-fifth`',
        '                                           ^^^^^^^^^ text.lostHyphen: `twothirds` looks like `two-thirds`: English writes a fraction with a hyphen.',
        '                                                            ^^^^^^^^^^^^^ text.lostHyphen',
      ),
      { ignore },
    );
    checkFix(
      lines('Letter 1', '[1 May 1926]', 'About {|}onethird of them.'),
      lines('Letter 1', '[1 May 1926]', 'About one-third of them.'),
    );
  });

  it('stays silent on numbers written with a hyphen or apart, and on longer words', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'Twenty-five men, twenty five women, one third of them, two-thirds, a twentyfivefold rise, someone.',
      ),
      { ignore },
    );
  });
});
