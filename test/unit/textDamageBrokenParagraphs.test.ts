import assert from 'node:assert/strict';
import { brokenParagraphProblems } from '../../server/src/topics/textDamage/brokenParagraphs';
import { checkDiagnostics, checkFix } from '../checks';
import { applyReplacements, lines } from '../fixture';
import { OTHER_CHECKS as ignore, withEnglishDictionary } from './textDamageSetup';

withEnglishDictionary();

describe('text damage: broken paragraphs', () => {
  it('finds a paragraph broken after a word no sentence ends with', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'The reference is to Ruth Fischer travel from Moscow to',
        '                                                    ^^ text.brokenParagraph: The paragraph breaks in mid-sentence after `to`',
        '',
        'Germany for medical treatment.',
      ),
      { ignore },
    );
    checkFix(
      lines('Letter 1', '[1 May 1926]', 'She travelled from Moscow {|}to', '', 'Germany for treatment.'),
      lines('Letter 1', '[1 May 1926]', 'She travelled from Moscow to Germany for treatment.'),
    );
  });

  it('finds a title cut from its name, a cut list, a lower-case start and an unended sentence', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'To postpone, in view of Com.',
        '                        ^^^^ text.brokenParagraph',
        '',
        'Ordzhonikidze refusal, the question.',
        '',
        'Signed: 1. Makharadze. 2. Lukashin. 3. Eliava. 4.',
        '                                               ^^ text.brokenParagraph',
        '',
        'Kartvelishvili. 5. Karaev.',
        '',
        'Work with the minorities must be',
        '                              ^^ text.brokenParagraph',
        '',
        'stepped up.',
        '',
        'How little he knows and how much he underestimates',
        '                                    ^^^^^^^^^^^^^^ text.brokenParagraph',
        '',
        'Bukharin! That is all.',
      ),
      { ignore },
    );
  });

  it('stays silent on headings, salutations, signatures, lists and whole paragraphs', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'Central Committee',
        '',
        'All-Union Communist Party',
        '',
        'Greetings, Molotov,',
        '',
        'Sent from Moscow, 3 June 1926',
        '',
        'We decided the matter at the plenum; 1',
        '',
        'Things are going pretty well here for us.',
        '',
        '1)   state procurements are going all right;',
        '',
        '2)   revenues are not coming in',
        '',
        'Best regards,',
        '',
        'J. Stalin',
        '',
        '1.   See the plenum of the',
        '',
        '2.   Second note.',
      ),
      { ignore },
    );
  });

  it('stays silent on addresses, headings of documents, quotations introduced, list items and speech broken off', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'To the Central Committee of the All-Union Communist Party and to the Executive Committee',
        '',
        'Resolution of the Politburo on the question of the opposition bloc and its factional work',
        '',
        'Protocol of the Joint Plenum of the Central Committee and the Central Control Commission',
        '',
        'In his reply to the plenum the chairman of the commission wrote as follows',
        '',
        '"We shall not yield an inch of ground to the opposition."',
        '',
        'The plenum has the following tasks before it, as the resolution puts them:',
        '',
        'the struggle against the opposition bloc and its factional organisation;',
        '',
        'the strengthening of the party apparatus in the provinces and the republics.',
        '',
        'He said he would go at once, but then he stopped and said that he—',
        '',
        'Then he went.',
        '',
        'The steps 1. wash and 2. rinse are shown in Table 1.',
        '',
        'We then ran the machine again for the second series of tests.',
      ),
      { ignore },
    );
  });
});

describe('text damage: a quotation over two paragraphs', () => {
  it('finds a short quotation cut at a paragraph end, and leaves one quoted at length going on', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'In the upper left-hand corner is the note: "We have read this.',
        '                                                         ^^^^^ text.brokenParagraph: The paragraph breaks in mid-sentence after `this.` (a quotation left open)',
        '',
        'Agreed. Bukharin, J. Rudzutak, V. Kuibyshev."',
        '',
        'He begins: "At one time it seemed that the Soviet Union had done us a favour by its example.',
        '',
        'The defensiveness has been exaggerated by another bad habit of ours, as the critics say."',
      ),
      { ignore },
    );
  });
});

describe('text damage: paragraphs across line ends', () => {
  const found = (text: string) =>
    brokenParagraphProblems(text, { start: 0, end: text.length }).map((problem) =>
      applyReplacements(text, problem.fixes[0]?.replacements ?? []),
    );

  it('joins a paragraph broken with CRLF or CR line ends', () => {
    assert.deepEqual(found('He went from Moscow to\r\n\r\nGermany.'), ['He went from Moscow to Germany.']);
    assert.deepEqual(found('He went from Moscow to\r\rGermany.'), ['He went from Moscow to Germany.']);
  });

  it('reads lines without a blank line between them as one paragraph', () => {
    assert.deepEqual(found('He went from Moscow to\nGermany, then\r\nback.'), []);
  });
});
