import { isoDate, type CalendarDate } from '../../syntax/calendar';
import { dateBounds } from '../../syntax/dateInterval';
import type { Season } from '../../syntax/dateWords';
import type { EditorialDate } from '../../syntax/editorialDates';

/** EDTF's codes of the seasons (ISO 8601-2 level 1: `1926-22` is the summer of 1926). */
const SEASON_CODES: Readonly<Record<Season, number>> = { spring: 21, summer: 22, autumn: 23, winter: 24 };

/**
 * The date as one EDTF value (the Library of Congress's Extended Date/Time Format, ISO 8601-2):
 * `1926-07-05`, `1926-07`, `1926-07-05~` (about), `1926-07-05?` (doubted), `1926-07-05%` (both),
 * `1926-07-02/1926-07-05` (a range, a part of a month, two bounds), `../1926-07-04` (before
 * 5 July), `[1926-07-03,1926-07-04]` (one of them), `1926-22` (summer; `1926-06~/1926-08~` about
 * summer), `XXXX` (undated).
 */
export function edtfOf(value: EditorialDate): string {
  const mark = value.circa && value.uncertain ? '%' : value.circa ? '~' : value.uncertain ? '?' : '';
  const one = (date: CalendarDate | undefined) => {
    const iso = date && isoDate(date);
    return iso === undefined ? '..' : `${iso}${mark}`;
  };
  switch (value.form) {
    case 'undated':
      return 'XXXX';
    case 'point':
      return one(value.date);
    case 'oneOf': {
      const [first, second] = [one(value.date), one(value.until)].sort();
      return `[${first},${second}]`;
    }
    case 'season':
      // EDTF qualifies days, months and years, not seasons: a doubted season is its months.
      return mark === ''
        ? `${isoDate(value.date) ?? 'XXXX'}-${SEASON_CODES[value.season ?? 'summer']}`
        : interval(value, one);
    case 'range':
    case 'part':
    case 'bounds':
      return interval(value, one);
  }
}

/** `first/last` of the date's bounds, `..` for an open side; one day when both are the same day. */
function interval(value: EditorialDate, one: (date: CalendarDate | undefined) => string): string {
  const { notBefore, notAfter } = dateBounds(value);
  const [first, last] = [one(notBefore), one(notAfter)];
  return first === last ? first : `${first}/${last}`;
}
