import { citationsTopic } from './citations';
import { crossReferencesTopic } from './crossReferences';
import { datesTopic } from './dates';
import { headingsTopic } from './headings';
import { notesTopic } from './notes';
import { organisationsTopic } from './organisations';
import { registersTopic } from './registers/registersTopic';
import { sequenceTopic } from './sequence';
import { textDamageTopic } from './textDamage';
import type { Topic } from './topic';

/**
 * Every topic of the edition, in the order the features ask them (the first topic that has
 * something at the cursor answers hover and definition). A new topic is a folder beside these
 * and one line here.
 */
export const TOPICS: readonly Topic[] = [
  notesTopic,
  headingsTopic,
  citationsTopic,
  datesTopic,
  crossReferencesTopic,
  sequenceTopic,
  registersTopic,
  organisationsTopic,
  textDamageTopic,
];
