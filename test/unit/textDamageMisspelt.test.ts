import assert from 'node:assert/strict';
import { Edition } from '../../server/src/analysis/edition';
import { documentProblems } from '../../server/src/topics/diagnose';
import { resolveEditionWords } from '../../server/src/syntax/vocabulary';
import { loadEnglishDictionary } from '../../server/src/topics/textDamage/englishDictionary';
import { checkDiagnostics, checkFix } from '../checks';
import { lines } from '../fixture';

/** Codes of other checks that the fixtures' names and notes may raise. */
const ignore = ['person.unknown', 'note.heading', 'note.unreferenced', 'note.missing', 'date.weekday'];

before(async () => {
  await loadEnglishDictionary();
});

describe('text damage: misspelt words (text.misspelt)', () => {
  it('reports a word one letter from a common word: dropped, added, changed or swapped', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'Preobrazhenskii went to visit him in Berlin (for a rendevous?). Interesting.',
        '                                                   ^^^^^^^^^ text.misspelt: `rendevous` may be a misspelling of `rendezvous`',
        'The goverment will meet, and we recieved a note on the quesiton of grain.',
        '    ^^^^^^^^^ text.misspelt: `goverment` may be a misspelling of `government`',
        '                                ^^^^^^^^ text.misspelt: `recieved` may be a misspelling of `received`',
        '                                                       ^^^^^^^^ text.misspelt: `quesiton` may be a misspelling of `question`',
      ),
      { ignore },
    );
  });

  it('offers the word meant first, then the commoner others, then adding the word to the edition', () => {
    checkFix(
      lines('Letter 1', '[1 May 1926]', 'The {|}goverment will meet.'),
      lines('Letter 1', '[1 May 1926]', 'The government will meet.'),
    );
    const edition = new Edition();
    edition.wordLists.set('file:///edition.words.txt', 'Orgburo\n');
    const model = edition.set(
      'file:///edition.letters',
      1,
      lines('Letter 1', '[1 May 1926]', 'A rendevous.'),
    );
    const misspelt = documentProblems(model, edition).find((problem) => problem.code === 'text.misspelt');
    assert.deepEqual(
      misspelt?.fixes.map((fix) => [fix.title, fix.preferred]),
      [
        ['Change to ‘rendezvous’', true],
        ["Add ‘rendevous’ to the edition's words", false],
      ],
    );
  });

  it('stays silent on names, transliterations, other languages and words the edition knows', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        // Names are capitalised; a transliteration has letters English lacks (kh, zh, iia).
        'Kopp and Bakaev read Moia zhizn and Kommunisticheskaia oppozitsiia v SSSR in Berlin.',
        // Words of another language stand beside their own short words.
        'It was le mot juste, per favore, and the raison de la chose, as Tristan und Isolde.',
        // Rare words English writes, or derives from a known word, are not misspellings.
        'The booker met the employes of the arcaded hall in the steamily wet weather.',
        // Speech and older English, spelled so on purpose.
        'He was lovin it, he sayde; I thinke it so, quoth he, and himselfe said it.',
        'She musta seen it, I coulda told you, you hafta go, willya, he oughta know.',
        // A word the edition writes more than once is its own: a term, not a typo.
        'The kolkhoz grew; every kolkhoz and every kulak sowed.',
      ),
      { ignore },
    );
  });

  it('takes a rarer long word for the one meant: a long word has few neighbours', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'Before its compltion the addinistrative body met the consderations of the presenst men.',
        '           ^^^^^^^^^ text.misspelt: `compltion` may be a misspelling of `completion`',
        '                         ^^^^^^^^^^^^^^ text.misspelt: `addinistrative` may be a misspelling of `administrative`',
        '                                                     ^^^^^^^^^^^^^ text.misspelt: `consderations` may be a misspelling of `considerations`',
        '                                                                          ^^^^^^^^ text.misspelt: `presenst` may be a misspelling of `present`',
      ),
      { ignore },
    );
  });

  it('leaves a rare short word and a prefixed word alone', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'Tropical sprue and pro rata shares; an interchurch and semiprocessed plan; the pompons.',
        // Not a misspelling: a prefix English writes with a hyphen or closed.
        '                                                       ^^^^^^^^^^^^^ text.runTogetherUncertain: `semiprocessed` may be `semi-processed`',
      ),
      { ignore },
    );
  });

  it('leaves the short particle of a name between two names alone, and asks a longer word there', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'He read Thabit ibn Qurra; the White House wihth Mrs. Kennedy.',
        '                                          ^^^^^ text.misspelt: `wihth` may be a misspelling of `with`',
      ),
      { ignore },
    );
  });

  it('gives no verdict in an edition of another language', () => {
    checkDiagnostics(
      lines('Lettre 1', '[1 juin 1926]', 'Nous avons reçu la lettre du juin, sans rendevous.'),
      {
        ignore,
        words: resolveEditionWords({ language: 'fr', headingWord: '' }, undefined),
      },
    );
  });

  it('leaves a word glued to the next to the rule of words run together, unless a typo is likelier', () => {
    checkDiagnostics(
      lines(
        'Letter 1',
        '[1 May 1926]',
        'We received atelegram about the proposal, which has not madme it easier.',
        '            ^^^^^^^^^ text.runTogether',
        '                                                        ^^^^^ text.misspelt: `madme` may be a misspelling of `made`',
      ),
      { ignore },
    );
  });
});
