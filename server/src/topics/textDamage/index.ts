import type { Topic } from '../topic';
import { letterTextDamageProblems } from './textDamageCheck';

/** Text damage left by the conversion from print (`text.*`). */
export const textDamageTopic: Topic = { name: 'textDamage', checkLetter: letterTextDamageProblems };
