import { DIAGNOSTIC_CODES } from '../../analysis/codes';
import { DEFAULT_SETTINGS } from '../../analysis/settings';
import type { Span } from '../../syntax/span';
import type { Annotation, AnnotationContext } from '../annotation';
import { letterTextDamage } from './editionCheck';

/**
 * The text damage of a letter's body and notes that has exactly one correction, whose
 * replacements all lie in the damaged span: what the span reads as once corrected. Only when the
 * reader asks for corrections, since it runs the text-damage check of the letter.
 */
export function correctionAnnotations(context: AnnotationContext, index: number): Annotation[] {
  const { model } = context;
  const letter = model.letters[index];
  if (!context.corrections || !letter) return [];
  const inLetter = (span: Span) => span.start >= letter.body.start && span.end <= letter.span.end;
  const damage = letterTextDamage({ ...context, settings: DEFAULT_SETTINGS }, index).filter(
    (problem) => problem.code.startsWith('text.') && inLetter(problem.span),
  );
  return damage.flatMap((problem): Annotation[] => {
    // A fix aimed at another file (adding the word to the edition's word list) corrects nothing here.
    const [fix, ...others] = problem.fixes.filter((candidate) => candidate.uri === undefined);
    if (!fix || others.length > 0) return [];
    const { span } = problem;
    // A correction is inline: one that joins two paragraphs (a broken paragraph) has no place in a paragraph.
    if (/\n[^\S\n]*\n/u.test(model.text.slice(span.start, span.end).replace(/\r/gu, ''))) return [];
    const replacements = [...fix.replacements].sort((a, b) => a.span.start - b.span.start);
    if (replacements.some((edit) => edit.span.start < span.start || edit.span.end > span.end)) return [];
    let correction = '';
    let position = span.start;
    for (const edit of replacements) {
      if (edit.span.start < position) return [];
      correction += model.text.slice(position, edit.span.start) + edit.newText;
      position = edit.span.end;
    }
    correction += model.text.slice(position, span.end);
    const uncertain = DIAGNOSTIC_CODES[problem.code].severity === 'information';
    return [{ kind: 'damage', span, correction, uncertain, title: correction }];
  });
}
