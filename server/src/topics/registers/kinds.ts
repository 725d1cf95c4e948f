import { ORGANISATIONS } from '../organisations/organisation';
import { PLACES } from '../places/place';
import { TERMS } from '../terms/term';
import type { RegisterKind } from './kind';

/** Every register kind besides persons; a new kind is one folder and one line here. */
export const REGISTER_KINDS: readonly RegisterKind[] = [ORGANISATIONS, PLACES, TERMS];
