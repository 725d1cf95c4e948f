import { personProblems } from '../registers/unknownPersons';
import { mentionAnnotation, type MentionedKind } from '../registers/annotate';
import type { Topic } from '../topic';
import { personCompletions } from './completion';
import { personHints } from './hints';
import { personHover } from './hover';
import { personHighlights, personNavigation, personReferences } from './navigation';

/** Persons of the registers: mentions recognised in the text, unknown names, hover, navigation, completion. */
export const personsTopic: Topic = {
  name: 'persons',
  checkDocument: ({ model, workspace }) => personProblems(model, workspace),
  describe: ({ model, workspace }, offset) => personHover(model, offset, workspace),
  navigate: ({ model, workspace }, offset) => personNavigation(model, offset, workspace),
  references: ({ model, workspace }, offset, includeDeclaration) =>
    personReferences(model, offset, workspace, includeDeclaration),
  highlights: ({ model, workspace }, offset) => personHighlights(model, offset, workspace),
  suggest: ({ model, workspace }, offset) => personCompletions(model, offset, workspace),
  hints: ({ model, workspace, settings }, range) =>
    settings.inlayHints.persons ? personHints(model, range, workspace) : [],
  annotate: ({ model, workspace }) =>
    workspace.persons.recognise(model).mentions.flatMap((mention) => {
      const person = workspace.persons.person(mention.personId);
      return person ? [mentionAnnotation(PERSONS, person, mention.span, person.description)] : [];
    }),
};

/** Persons as a kind of register entry, for their mentions. */
const PERSONS: MentionedKind = { name: 'persons', singular: 'person' };
