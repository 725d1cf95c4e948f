import type { Topic } from '../topic';
import { letterSequenceProblems } from './letterSequence';

/** The numbering of the letters across the files of the edition (`letter.sequence`). */
export const sequenceTopic: Topic = {
  name: 'sequence',
  checkDocument: ({ model, workspace }) => letterSequenceProblems(model, workspace),
  checksOtherFiles: true,
};
