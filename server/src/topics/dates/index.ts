import type { Topic } from '../topic';
import { chronologyProblems, letterDateProblems } from './dateChecks';
import { numericDateHints } from './hints';
import { precedingDatedLetter } from './precedingLetter';
import { dateHover } from './hover';
import { dateAnnotations } from './annotate';

/** Dates: malformed, impossible and contradicting dates of a letter, chronology, hover, ISO hints. */
export const datesTopic: Topic = {
  name: 'dates',
  checkLetter: letterDateProblems,
  checkDocument: ({ model, workspace }) => chronologyProblems(model, precedingDatedLetter(model, workspace)),
  checksOtherFiles: true,
  describe: ({ model }, offset) => dateHover(model, offset),
  hints: ({ model, settings }, range) =>
    settings.inlayHints.numericDates ? numericDateHints(model, range) : [],
  annotate: dateAnnotations,
};
