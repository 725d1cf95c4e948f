import type { Topic } from '../topic';
import { gluedHeadingProblems } from './gluedHeadings';

/** The headings of the letters: a heading glued to the end of the previous line (`heading.glued`). */
export const headingsTopic: Topic = {
  name: 'headings',
  checkDocument: ({ model }) => gluedHeadingProblems(model),
};
