import type { Topic } from '../topic';
import { correctionAnnotations } from './corrections';
import { documentTextDamage, prepareTextDamage } from './editionCheck';

/** Text damage left by the conversion from print (`text.*`), weighed against the whole edition. */
export const textDamageTopic: Topic = {
  name: 'textDamage',
  checkDocument: documentTextDamage,
  // The edition's word table weighs words by every file.
  checksOtherFiles: true,
  prepare: prepareTextDamage,
  annotate: correctionAnnotations,
};
