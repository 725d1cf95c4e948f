import type { Topic } from '../topic';
import { letterCitationProblems } from './checks';
import { citationHover } from './hover';

/** Citations: archival and published sources in notes, `ibid.` resolved, `cite.*` checks, hover with the full reference. */
export const citationsTopic: Topic = {
  name: 'citations',
  checkLetter: letterCitationProblems,
  describe: ({ model }, offset) => citationHover(model, offset),
};
