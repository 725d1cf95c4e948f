import { usesCrlf } from '../../analysis/letterProblems';
import type { DocumentModel } from '../../analysis/model';
import type { Problem } from '../../analysis/problems';
import { splitLineBefore } from '../splitLine';

/**
 * `heading.glued`: headings at the end of a line of text. A check of the document, not of the
 * letter: its fix takes the spaces before the heading, which end the previous letter.
 */
export function gluedHeadingProblems(model: DocumentModel): Problem[] {
  const eol = usesCrlf(model.text) ? '\r\n' : '\n';
  return model.letters
    .filter((letter) => letter.headingGlued)
    .map((letter) => ({
      code: 'heading.glued',
      span: letter.heading,
      message: `The heading of letter ${letter.number} is glued to the end of the previous line.`,
      related: [],
      fixes: [
        splitLineBefore(
          model.text,
          eol,
          letter.heading.start,
          `Put the heading of letter ${letter.number} on its own line`,
        ),
      ],
    }));
}
