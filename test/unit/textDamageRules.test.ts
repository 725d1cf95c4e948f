import { checkDiagnostics, checkFix } from '../checks';
import { lines } from '../fixture';
import { OTHER_CHECKS as ignore, withEnglishDictionary } from './textDamageSetup';

withEnglishDictionary();

describe('text damage: capitalised words run together', () => {
  it('splits a name or capitalised word glued to the next word', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'Zinoviev came late; Zinoviev and the others came. We have the theses, and we have time.',
        'Then Zinovievcame with a draft. Wehave read it. I must go, I must.',
        '     ^^^^^^^^^^^^ text.runTogether: `Zinovievcame` looks like `Zinoviev came`',
        '                                ^^^^^^ text.runTogether',
        'Imust say it.',
        '^^^^^ text.runTogether',
      ),
      { ignore },
    );
  });

  it('splits two capitalised words the edition writes apart, and restores a hyphen it writes', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The Communist Party and the Worker-Peasant Inspection; a party.',
        'The CommunistParty and the WorkerPeasant Inspection.',
        '    ^^^^^^^^^^^^^^ text.runTogether: `CommunistParty` looks like `Communist Party`',
        '                           ^^^^^^^^^^^^^ text.lostHyphen: `WorkerPeasant` looks like `Worker-Peasant`',
      ),
      { ignore },
    );
    checkFix(
      lines('Letter 1', '[1 May 1926]', 'The Worker-Peasant Inspection; the {|}WorkerPeasant one.'),
      lines('Letter 1', '[1 May 1926]', 'The Worker-Peasant Inspection; the Worker-Peasant one.'),
    );
  });

  it('finds the head of a list item that lost its em dash, and two names that lost their en dash', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'Oilincreased by a fifth; the SokolnikovRykov line.',
        '^^^^^^^^^^^^ text.lostDash: `Oilincreased` looks like `Oil—increased`',
        '                             ^^^^^^^^^^^^^^^ text.lostEnDash: `SokolnikovRykov` looks like `Sokolnikov–Rykov`',
        '',
        '- Coalincreased by a third.',
        '  ^^^^^^^^^^^^^ text.lostDash',
      ),
      { ignore },
    );
  });

  it('stays silent on names at a line start and names with a capital inside', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'Browning wrote to Redding, Sterling and Fielding; the FitzGerald and VanDyke papers.',
        '',
        'Bellwood came, and Summerdale answered.',
      ),
      { ignore },
    );
  });

  it('stays silent on names, their endings and correct capitalised words', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'MacDonald and DeVries met Trotsky; Trotskyism and the Zinovievites, Molotovich, Ivanov.',
        'Ilich and Lenin wrote to Kommunisticheskii, Narkomindel and Khlebotsentr in Berlin.',
        'In Information, Andreev and Anton wrote the letters in the letters of Lashevich.',
        'Mr. Bellwood of Summerdale met Abell, Newbold Morris and the Forand bill in Edgewater.',
      ),
      { ignore },
    );
  });
});

describe('text damage: lost hyphens', () => {
  it('restores the hyphen of a plural noun and its particle', () => {
    checkFix(
      lines('Letter 1', '[1 May 1926]', 'The traitors and their {|}hangerson among the leftists.'),
      lines('Letter 1', '[1 May 1926]', 'The traitors and their hangers-on among the leftists.'),
    );
  });

  it('restores a hyphen inside a compound, and a space after it', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'Each rankand-file member and the export-importplan: the plan of import and rank and file.',
        '     ^^^^^^^^^^^^ text.lostHyphen: `rankand-file` looks like `rank-and-file`',
        '                                        ^^^^^^^^^^ text.runTogetherUncertain',
      ),
      { ignore },
    );
  });

  it('stays silent on compounds that are right', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The rank-and-file members, the passersby, the self-criticism and the so-called bloc.',
        // A last part that English writes as one word: a closed compound, a derivation, speech.
        'Two plain-clothesmen, a micro-microcurie, the neo-traditionalists, come out a-stoopin.',
      ),
      { ignore },
    );
  });
});

describe('text damage: missing spaces and lost dashes', () => {
  it('finds spaces lost after punctuation and glued contractions', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'He should arrive any day,if not today. That is not enough now.Now we push.',
        '                     ^^^^^^ text.missingSpace',
        '                                                          ^^^^^^^ text.missingSpace',
        "Com.Molotov and I.Bakaev read the Politburo'sPolish file; I don'tthink so.",
        '^^^^^^^^^^^ text.missingSpace',
        '                ^^^^^^^^ text.missingSpace',
        '                                  ^^^^^^^^^^^^^^^^^ text.missingSpace',
        '                                                            ^^^^^^^^^^ text.runTogether',
        'the article "Kak novaia"(How the new), and "glossing over"if so.',
        '                 ^^^^^^^^ text.missingSpace',
        '                                                     ^^^^^^^ text.missingSpace',
      ),
      { ignore },
    );
  });

  it('finds a word glued after a bracket and comma, or after an abbreviation that ends no sentence', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The police (OGPU),which knew; grain, oil, etc.everything rose.',
        '                ^^^^^^^ text.missingSpace: `),which` looks like `), which`',
        '                                          ^^^^^^^^^^^^^^ text.lostDash: `etc.everything` looks like `etc.—everything`',
        'The police (OGPU), which knew; grain, oil, etc. Everything rose; see (p. 3), then.',
      ),
      { ignore },
    );
  });

  it('reports the whole word before a comma that lost its space, capitalised or not', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'We went to Germany,of course, and to Berlin,Paris.',
        '           ^^^^^^^^^^ text.missingSpace: `Germany,of` looks like `Germany, of`',
        '                                     ^^^^^^^^^^^^ text.missingSpace',
      ),
      { ignore },
    );
  });

  it('offers an em dash after a note marker glued to the next word', () => {
    checkFix(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'sent to the {|}Congress2it means war.2',
        '1.   The congress.',
        '2.   War.',
      ),
      lines(
        'Letter 1',
        '[1 May 1926]',
        'sent to the Congress2—it means war.2',
        '1.   The congress.',
        '2.   War.',
      ),
      'Insert an em dash',
    );
  });

  it('stays silent on initials, abbreviations, ordinals and quotes that are right', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'J.V. Stalin, U.S. Ed., the 4th and 2nd congress, "Pravda" (the paper), Mr. Smith, a.m.',
        'It said "no," and we left; the workers\' opposition; p. 4, op. 2.',
      ),
      { ignore },
    );
  });
});

describe('text damage: words English derives with a suffix', () => {
  it('reads a word and its deriving suffix as one word, and a fusion before the suffix as two', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'Tradition exists ontologically, as the English watercolorists knew of the mayorship; he spoke veryquickly.',
        '                                                                                              ^^^^^^^^^^^ text.runTogether: `veryquickly` looks like `very quickly`',
      ),
      { ignore },
    );
  });
});

describe('text damage: inflections, sub-, page ranges written with a dash, chains of abbreviations', () => {
  it('reads a word with an ending English adds to any noun or verb as one word', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'Bruschetta with herbed cheese, the hasher marks and the gulching of the subprogramme.',
        // No whole word stands before the ending in a fusion after a function word, nor `sub-` before no word.
        'Then thebuilding, iswalking and the subjectmatter came.',
        '     ^^^^^^^^^^^ text.runTogether: `thebuilding` looks like `the building`',
        '                  ^^^^^^^^^ text.runTogether',
        '                                    ^^^^^^^^^^^^^ text.runTogether: `subjectmatter` looks like `subject matter`',
      ),
      { ignore },
    );
  });

  it('reads a word closed up with making as a compound, and a function word before it as two', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The masters of phrasemaking and policymaking, and the decisionmaking of the day.',
        'It was themaking of him.',
        '       ^^^^^^^^^ text.runTogether: `themaking` looks like `the making`',
      ),
      { ignore },
    );
  });

  it('leaves alone a page number before a dash and the next, and finds one without it', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'As discussed later (see pp. 1746 - 1748), and pp. 40104 above.',
        '                                                  ^^^^^ text.lostEnDash',
      ),
      { ignore },
    );
  });

  it('leaves alone a chain of short abbreviations, and finds a word glued after a full stop', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'Beach Housing Coop., 297 Ill.App. 317, 231 Ill.Dec. 4, and Mr.Wagner said so.He left.',
        '                                                           ^^^^^^^^^ text.missingSpace: `Mr.Wagner` looks like `Mr. Wagner`',
        '                                                                          ^^^^^ text.missingSpace',
      ),
      { ignore },
    );
  });
});

describe('text damage: a word written more than once', () => {
  it('reads it as a term when it splits only into three words, and as damage when into two plain ones written apart as often', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'Her menarche came late; the menarche of the girls was studied, and the tradeunions struck.',
        '                                                                       ^^^^^^^^^^^ text.runTogetherUncertain',
        'The tradeunions met; the trade unions and the unions of the trade met too.',
        '    ^^^^^^^^^^^ text.runTogetherUncertain',
      ),
      { ignore },
    );
  });
});

describe('text damage: the hyphen of ex-', () => {
  it('restores it before a role, and leaves alone a word that only starts with ex', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'His exwife met the extern; what is exposited here is plain.',
        '    ^^^^^^ text.lostHyphen: `exwife` looks like `ex-wife`',
      ),
      { ignore },
    );
  });
});

describe('text damage: transliterations and English words run together', () => {
  it('splits English words whose joint looks like a transliteration, and leaves transliterations whole', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'He hopes to have a majorityin the party; the majority is in the majority, in the oppozitsiia.',
        '                   ^^^^^^^^^^ text.runTogether: `majorityin` looks like `majority in`',
        'Moia zhizn and the novyi put; Kommunisticheskaia oppozitsiia v SSSR; rezoliutsiiakh.',
        // `yi` before `ng` or `eld` and `iu` before `m` are English letters, not a transliteration's.
        'The lowpaying posts, a chromiumplated lamp, and andyielding; paying a premium.',
        '    ^^^^^^^^^ text.runTogetherUncertain: `lowpaying` may be `low-paying`',
        '                       ^^^^^^^^^^^^^^ text.runTogetherUncertain: `chromiumplated` may be `chromium-plated`',
        '                                                ^^^^^^^^^^^ text.runTogetherUncertain: `andyielding` may be `and yielding`',
      ),
      { ignore },
    );
  });
});

describe('text damage: speech at the end of a compound', () => {
  it("reads -in' at the end of a compound as speech, and -in without the apostrophe as before", () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        "He was scared of a dry-gulchin' or a shoot-down, and of the dry-gulchin now.",
        '                                                                ^^^^^^^ text.runTogether: `gulchin` looks like `gulch in`',
      ),
      { ignore },
    );
  });
});
