import type { Annotation } from '../annotation';
import type { Topic } from '../topic';
import { crossReferenceCompletions } from './completion';
import { crossReferenceProblems } from './crossReferenceChecks';

/**
 * Cross-references (`see letter 21, note 4`): resolved across the files of the edition, reported
 * when broken, completed while typed. Hover and navigation on them belong to the notes topic,
 * since what they lead to is a note.
 */
export const crossReferencesTopic: Topic = {
  name: 'crossReferences',
  checkDocument: ({ model, workspace }) => crossReferenceProblems(model, workspace),
  checksOtherFiles: true,
  suggest: ({ model, workspace }, offset) => crossReferenceCompletions(model, offset, workspace),
  annotate: ({ model }, index) => {
    const letter = model.letters[index];
    return (letter?.crossReferences ?? []).map((reference): Annotation => ({
      kind: 'crossReference',
      span: reference.span,
      letter: reference.letter ?? letter?.number ?? 0,
      note: reference.note,
      title: undefined,
    }));
  },
};
