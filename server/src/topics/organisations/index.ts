import type { Topic } from '../topic';
import { unknownOrganisations } from './unknownOrganisations';

/**
 * What organisations add to the generic registers topic: abbreviations in capitals that no
 * register knows (`organisation.unknown`).
 */
export const organisationsTopic: Topic = {
  name: 'organisations',
  checkDocument: ({ model, workspace }) => unknownOrganisations(model, workspace),
};
