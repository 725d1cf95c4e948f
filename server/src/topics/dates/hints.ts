import type { DocumentModel } from '../../analysis/model';
import { isoDate, longDate } from '../../syntax/calendar';
import type { Span } from '../../syntax/span';
import type { InlineHint } from '../topic';

/**
 * Inlay hints (setting `letters.inlayHints.numericDates`, on by default): the ISO date after a
 * numeric dateline (`6/25/26` → `1926-06-25`), which this edition writes month first.
 */
export function numericDateHints(model: DocumentModel, range: Span): InlineHint[] {
  const hints: InlineHint[] = [];
  for (const letter of model.letters) {
    if (letter.span.end < range.start || letter.span.start > range.end) continue;
    const year = letter.editorialDate?.value?.date.year;
    for (const mention of letter.dates) {
      if (
        mention.kind !== 'numeric' ||
        mention.defect ||
        mention.span.end < range.start ||
        mention.span.start > range.end
      )
        continue;
      const inBody = mention.span.start < letter.body.end;
      const date = mention.date.year === undefined && inBody ? { ...mention.date, year } : mention.date;
      const iso = isoDate(date);
      if (!iso || date.day === undefined) continue;
      hints.push({
        offset: mention.span.end,
        label: iso,
        tooltip: longDate(date, model.words.language),
      });
    }
  }
  return hints;
}
