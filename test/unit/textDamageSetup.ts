import { loadEnglishDictionary } from '../../server/src/topics/textDamage/englishDictionary';

/** Codes of other checks that the text-damage fixtures' names and notes may raise. */
export const OTHER_CHECKS = [
  'person.unknown',
  'note.heading',
  'note.unreferenced',
  'note.missing',
  'date.weekday',
  'date.dateline',
];

/**
 * Loads the English dictionary before the tests of the file that calls it: the rules that weigh
 * words need it, and each file passes when run alone.
 */
export function withEnglishDictionary(): void {
  before(async () => {
    await loadEnglishDictionary();
  });
}
