import type { Problem } from '../../analysis/problems';
import { monthName, weekdayName } from '../../syntax/calendar';
import type { DateDefect } from '../../syntax/dateDefects';
import type { Language } from '../../syntax/vocabulary';
import { writtenDate } from './reading';

/** Where a defective date stands: the wording says "the editorial date" or "this date". */
export type DatePlace = 'editorial' | 'text';

/**
 * A date's defect as a problem at `span` (the defect's own place unless given): `date.impossible`
 * for a day its month does not have, `date.weekday` for a weekday the date did not fall on, else
 * `date.malformed`; one sentence, and the fix when there is exactly one correction.
 */
export function defectProblem(
  defect: DateDefect,
  place: DatePlace,
  language: Language,
  span = defect.span,
): Problem {
  const { message, fix } = worded(defect, place, language);
  return {
    code: CODES[defect.kind] ?? 'date.malformed',
    span,
    message,
    related: [],
    fixes: fix
      ? [{ title: fix.title, replacements: [{ span: fix.span, newText: fix.newText }], preferred: true }]
      : [],
  };
}

const CODES: Partial<Record<DateDefect['kind'], Problem['code']>> = {
  impossibleDay: 'date.impossible',
  wrongWeekday: 'date.weekday',
};

interface Worded {
  readonly message: string;
  readonly fix?: { readonly title: string; readonly span: DateDefect['span']; readonly newText: string };
}

const EN_DASH = '\u2013';

function worded(defect: DateDefect, place: DatePlace, language: Language): Worded {
  const theDate = place === 'editorial' ? 'the editorial date' : 'this date';
  switch (defect.kind) {
    case 'unreadable':
      return { message: `"${defect.text}" is not a date form the edition uses.` };
    case 'unknownMonth': {
      if (defect.meant === undefined) return { message: `"${defect.word}" in ${theDate} is not a month.` };
      const meant = monthName(language, defect.meant);
      return {
        message: `"${defect.word}" is not a month; ${meant} is probably meant.`,
        fix: { title: `Correct the month to ${meant}`, span: defect.span, newText: meant },
      };
    }
    case 'noYear':
      return { message: `${capitalised(theDate)} has no year.` };
    case 'truncatedYear':
      return { message: `The year ${defect.yearText} of ${theDate} is truncated.` };
    case 'gluedYear':
      return {
        message:
          place === 'editorial'
            ? 'The month and the year of the editorial date run together.'
            : `The month and the year of "${defect.text}" run together.`,
        fix: {
          title: 'Separate the month from the year',
          span: { start: defect.at, end: defect.at },
          newText: ' ',
        },
      };
    case 'impossibleDay': {
      const where =
        defect.year === undefined
          ? monthName(language, defect.month)
          : `${monthName(language, defect.month)} ${defect.year}`;
      return { message: `${where} has no day ${defect.day}.` };
    }
    case 'wrongWeekday': {
      const actual = weekdayName(language, defect.actual);
      return {
        message: `${defect.day} ${monthName(language, defect.month)} ${defect.year} was a ${actual}, not a ${defect.written}.`,
        fix: { title: `Correct the weekday to ${actual}`, span: defect.span, newText: actual },
      };
    }
    case 'dayWithoutMonth':
      return { message: `${capitalised(theDate)} has a day but no month.` };
    case 'reversed':
      return {
        message: `${capitalised(theDate)} allows no day: ${writtenDate(defect.first, language)} does not come before ${writtenDate(defect.last, language)}.`,
      };
    case 'missingEnd':
      return { message: `"${defect.joiner}" in ${theDate} has no date on its other side.` };
    case 'ambiguousWinter':
      return {
        message: `The winter of ${defect.year} may be that of ${defect.year - 1}/${String(defect.year).slice(2)} or of ${defect.year}/${String(defect.year + 1).slice(2)}: write both years.`,
      };
    case 'lostDash': {
      const days = `${defect.first}${EN_DASH}${defect.last}`;
      return {
        message: `"${defect.text}" has lost the dash of the range ${days} ${monthName(language, defect.month)}.`,
        fix: { title: `Restore the dash: ${days}`, span: defect.span, newText: days },
      };
    }
    case 'lostYearDash': {
      const fixed = `${defect.first}${EN_DASH}${defect.last}`;
      return {
        message: `"${defect.text}" is the year range ${fixed} without its dash.`,
        fix: { title: `Restore the dash: ${fixed}`, span: defect.span, newText: fixed },
      };
    }
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
