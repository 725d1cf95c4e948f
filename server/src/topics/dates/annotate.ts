import { longDate, type CalendarDate } from '../../syntax/calendar';
import type { LetterSyntax } from '../../syntax/tree';
import type { Annotation, AnnotationContext } from '../annotation';

/**
 * The dates of the running text of a letter (the editorial date is the letter's own, not an
 * annotation), with their value: a day and month of the body that give no year take the letter's
 * (docs/format.md); a date in the notes keeps what it says.
 */
export function dateAnnotations({ model }: AnnotationContext, index: number): Annotation[] {
  const letter = model.letters[index];
  if (!letter) return [];
  const { language } = model.words;
  return letter.dates.map((mention): Annotation => {
    const resolve = yearFrom(letter, mention.span.start);
    const date = resolve(mention.date);
    const until = mention.until && resolve(mention.until);
    return {
      kind: 'date',
      span: mention.span,
      date,
      until,
      defective: mention.defect !== undefined,
      title: until
        ? `${longDate(date, language)} \u2013 ${longDate(until, language)}`
        : longDate(date, language),
    };
  });
}

/** Gives a date of the body that has a day but no year the letter's year. */
function yearFrom(letter: LetterSyntax, offset: number): (date: CalendarDate) => CalendarDate {
  const year = letter.editorialDate?.value?.date.year;
  const inBody = offset < letter.body.end;
  return (date) =>
    date.year === undefined && inBody && year !== undefined && date.day !== undefined
      ? { ...date, year }
      : date;
}
