import { ORGANISATIONS } from './organisations';
import { PLACES } from './places';
import { TERMS } from './terms';
import type { RegisterKind } from '../kind';

/** Every register kind besides persons; a new kind is one folder and one line here. */
export const REGISTER_KINDS: readonly RegisterKind[] = [ORGANISATIONS, PLACES, TERMS];
