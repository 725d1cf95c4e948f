import { shiftSpan } from '../../syntax/span';
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
    letterCitations(model.text, letter, model.words.language).map((citation) => ({
      name: citationName(citation),
      detail: model.textOf(citation.syntax.span).replace(/\s+/g, ' '),
      span: citation.syntax.span,
      selection: citation.syntax.span,
    })),
  // Read in each letter's own analysis, whose citations the checks have already resolved and kept.
  annotate: ({ model }, index) => {
    const analysis = model.letterAnalyses[index];
    const start = model.letters[index]?.span.start ?? 0;
    if (!analysis) return [];
    return letterCitations(analysis.text, analysis.tree, analysis.words.language).map(
      (citation): Annotation => {
        const source = citationName(citation);
        const span = shiftSpan(citation.syntax.span, start);
        return { kind: 'citation', span, form: citation.syntax.kind, source, title: source };
      },
    );
  },
};
