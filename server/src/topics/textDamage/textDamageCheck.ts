import type { LetterCheck } from '../../analysis/letterProblems';
import { shapeProblems } from './shapes';

/** Text damage (`text.*`) in a letter's body and notes, after its heading and editorial date. */
export const letterTextDamageProblems: LetterCheck = (model, letter) =>
  shapeProblems(model.text, { start: letter.body.start, end: letter.span.end });
