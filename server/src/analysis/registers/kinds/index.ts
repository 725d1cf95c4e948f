import { ORGANISATIONS } from './organisations';
import { PERSONS } from './persons';
import { PLACES } from './places';
import { TERMS } from './terms';
import type { RegisterKind } from '../kind';

/**
 * Every register kind, in the order in which they answer for a name two kinds claim; a new kind is
 * one file and one line here.
 */
export const REGISTER_KINDS: readonly RegisterKind[] = [PERSONS, ORGANISATIONS, PLACES, TERMS];
