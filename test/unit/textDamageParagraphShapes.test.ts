import { loadEnglishDictionary } from '../../server/src/topics/textDamage/englishDictionary';
import { checkDiagnostics } from '../checks';
import { lines } from '../fixture';

// The shapes of correct English that end a paragraph without a full stop: verse set line by line,
// a lettered list whose items are paragraphs, an example set apart after `e.g.`.
before(async () => {
  await loadEnglishDictionary();
});

/** Codes of other checks that the fixtures' names may raise. */
const ignore = ['person.unknown', 'note.missing', 'date.weekday', 'date.dateline'];

describe('text damage: paragraphs that end without a full stop and are whole', () => {
  it('stays silent on verse (three short lines in a row), a lettered list and an example set apart', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'I marry this man and woman together.',
        '',
        'Let none but Him who rules the thunder',
        '',
        'Put this man and woman asunder.',
        '',
        'The sessions of the course should cover four major areas: A',
        '',
        'The history of the party; B',
        '',
        'The struggle against the opposition.',
        '',
        'The number was written in the operand of the statement, e.g.,',
        '',
        'When the index words are reserved, their order is not important.',
      ),
      { ignore },
    );
  });

  it('still finds prose broken before a capital, an article cut off and an example mid-sentence', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'If Trotsky tells Bukharin that he hopes to have a majority in the party, that is blackmail.',
        '',
        'How little he knows and how much he underestimates',
        '                                    ^^^^^^^^^^^^^^ text.brokenParagraph: The paragraph breaks in mid-sentence after `underestimates` (the sentence has no end)',
        '',
        'Bukharin! That is all.',
        '',
        'Yes. We then discussed the whole affair at length with',
        '                                                  ^^^^ text.brokenParagraph',
        '',
        'Bukharin.',
        '',
        'He came. We then discussed the whole affair with Bukharin',
        '                                                 ^^^^^^^^ text.brokenParagraph: The paragraph breaks in mid-sentence after `Bukharin` (the sentence has no end)',
        '',
        'Rykov was there too.',
        '',
        'We then discussed the whole affair at length with Bukharin',
        '                                                  ^^^^^^^^ text.brokenParagraph: The paragraph breaks in mid-sentence after `Bukharin` (the sentence has no end)',
        '',
        'Rykov and Tomsky, who had come from Leningrad the day before with the new draft.',
        '',
        'He said the following at the meeting of the bureau. A',
        '                                                    ^ text.brokenParagraph: The paragraph breaks in mid-sentence after `A` (no sentence ends with `A`)',
        '',
        'New plan was adopted.',
        '',
        'They named several, e.g. Bukharin, Rykov and Tomsky, and the others',
        '                                                             ^^^^^^ text.brokenParagraph',
        '',
        'Zinoviev came later.',
      ),
      { ignore },
    );
  });
});

describe('text damage: a run-in label at the end of a paragraph', () => {
  it('stays silent on a short label closed by a comma before a paragraph opening with a capital', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The cloth was washed three times with the synthetic detergent and dried. Test 1,',
        '',
        'Stop the wash wheel at the end of the cycle and weigh the cloth again.',
        '',
        'The committee met in the evening and read the draft once more. Therefore,',
        '',
        'Resolved that the draft be sent to the districts.',
      ),
      { ignore },
    );
  });

  it('still finds a clause without its full stop, a comma before lower case, and a long phrase', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'He had been sitting at the bar for hours. No, the man was not drunk,',
        '                                                              ^^^^^^ text.brokenParagraph: The paragraph breaks in mid-sentence after `drunk,` (the sentence has no end)',
        '',
        'He wondered what the others would say about it in the morning.',
        '',
        'The cloth was washed three times with the synthetic detergent and dried. Test 1,',
        '                                                                              ^^ text.brokenParagraph',
        '',
        'then the wash wheel was stopped at the end of the cycle.',
        '',
        'The committee met in the evening. After the long and bitter debate of the summer,',
        '                                                                          ^^^^^^^ text.brokenParagraph',
        '',
        'Rykov was sent to the districts with the draft.',
      ),
      { ignore },
    );
  });
});
