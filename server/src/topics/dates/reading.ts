import { longDate, monthName, type CalendarDate } from '../../syntax/calendar';
import { compareDays, dateInterval } from '../../syntax/dateInterval';
import type { PeriodPart } from '../../syntax/dateWords';
import type { EditorialDate } from '../../syntax/editorialDates';
import type { Language } from '../../syntax/vocabulary';

/** A date as the edition writes it in `language`, without a weekday: `2 July 1926`, `July 1926`, `1926`. */
export function writtenDate(date: CalendarDate, language: Language): string {
  return [date.day, date.month === undefined ? undefined : monthName(language, date.month), date.year]
    .filter((part) => part !== undefined)
    .join(' ');
}

const PART_WORDS: Readonly<Record<PeriodPart, string>> = {
  early: 'early',
  middle: 'the middle of',
  late: 'late',
  firstHalf: 'the first half of',
  secondHalf: 'the second half of',
  firstDays: 'the first days of',
};

/**
 * What an editorial date says, in words (`between 2 July 1926 and 5 July 1926`, `about 30 August
 * 1926`, `the second half of December 1926`, `winter 1926/27`), for hovers and tooltips.
 */
export function dateReading(value: EditorialDate, language: Language): string {
  const { date, until } = value;
  let words: string;
  switch (value.form) {
    case 'undated':
      return 'undated';
    case 'point':
      words = writtenDate(date, language);
      break;
    case 'range':
      words = `from ${writtenDate(date, language)} to ${writtenDate(until ?? date, language)}`;
      break;
    case 'oneOf':
      words = `${writtenDate(date, language)} or ${writtenDate(until ?? date, language)}`;
      break;
    case 'part':
      words = `${PART_WORDS[value.part ?? 'early']} ${writtenDate(date, language)}`;
      break;
    case 'season': {
      const year = date.year ?? 0;
      words =
        value.season === 'winter'
          ? `winter ${year}/${String(year + 1).slice(-2)}`
          : `${value.season} ${year}`;
      break;
    }
    case 'bounds': {
      const lower =
        value.after &&
        `${value.after.inclusive ? 'not before' : 'after'} ${writtenDate(value.after.date, language)}`;
      const upper =
        value.before &&
        `${value.before.inclusive ? 'not after' : 'before'} ${writtenDate(value.before.date, language)}`;
      words = [lower, upper].filter(Boolean).join(' and ');
      break;
    }
  }
  return `${value.circa ? 'about ' : ''}${words}${value.uncertain ? ' (uncertain)' : ''}`;
}

/**
 * The days the date allows, in words with their weekdays (`from Friday, 2 July 1926 to Monday,
 * 5 July 1926`, `not after Sunday, 4 July 1926`); undefined for an undated letter.
 */
export function intervalReading(value: EditorialDate, language: Language): string | undefined {
  const { earliest, latest } = dateInterval(value);
  if (earliest && latest)
    return earliest.year === latest.year && earliest.month === latest.month && earliest.day === latest.day
      ? longDate(earliest, language)
      : `from ${longDate(earliest, language)} to ${longDate(latest, language)}`;
  if (earliest) return `not before ${longDate(earliest, language)}`;
  if (latest) return `not after ${longDate(latest, language)}`;
  return undefined;
}

/**
 * The date in words for titles and messages: a certain single day with its weekday (`Friday,
 * 25 June 1926`), any other date as {@link dateReading} says it (`before 5 July 1926`).
 */
export function dateInWords(value: EditorialDate, language: Language): string {
  const { earliest, latest } = dateInterval(value);
  const singleDay = value.form === 'point' && earliest && latest && compareDays(earliest, latest) === 0;
  return singleDay && !value.circa && !value.uncertain
    ? longDate(earliest, language)
    : dateReading(value, language);
}
