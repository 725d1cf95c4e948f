import type { Annotation } from '../annotation';
import type { Topic } from '../topic';
import { letterCitationProblems } from './checks';
import { citationHover, citationName } from './hover';
import { letterCitations } from './resolve';

/**
 * Citations: archival and published sources in notes, `ibid.` resolved, `cite.*` checks, hover with the full reference; the
 * outline lists each note's sources.
 */
export const citationsTopic: Topic = {
  name: 'citations',
  checkLetter: letterCitationProblems,
  describe: ({ model }, offset) => citationHover(model, offset),
  outline: (model, letter) =>
    letterCitations(model.text, letter).map((citation) => ({
      name: citationName(citation),
      detail: model.textOf(citation.syntax.span).replace(/\s+/g, ' '),
      span: citation.syntax.span,
      selection: citation.syntax.span,
    })),
  annotate: ({ model }) =>
    model.letters.flatMap((letter) =>
      letterCitations(model.text, letter).map((citation): Annotation => {
        const source = citationName(citation);
        return {
          kind: 'citation',
          span: citation.syntax.span,
          form: citation.syntax.kind,
          source,
          title: source,
        };
      }),
    ),
};
