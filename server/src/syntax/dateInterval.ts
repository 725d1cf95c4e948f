import { daysInMonth, type CalendarDate } from './calendar';
import type { PeriodPart, Season } from './dateWords';
import type { EditorialDate } from './editorialDates';

/** A day of the Gregorian calendar. */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The days a date allows: from `earliest` to `latest`, both included; an open side is undefined. */
export interface DateInterval {
  readonly earliest?: Day;
  readonly latest?: Day;
}

/** The days of a month each part covers (undefined: to the month's last day). */
export const MONTH_PARTS: Readonly<Record<PeriodPart, readonly [number, number | undefined]>> = {
  early: [1, 10],
  middle: [11, 20],
  late: [21, undefined],
  firstHalf: [1, 15],
  secondHalf: [16, undefined],
  firstDays: [1, 7],
};

/** The months of a year each part covers (the first days of a year are those of January). */
export const YEAR_PARTS: Readonly<Record<PeriodPart, readonly [number, number]>> = {
  early: [1, 4],
  middle: [5, 8],
  late: [9, 12],
  firstHalf: [1, 6],
  secondHalf: [7, 12],
  firstDays: [1, 1],
};

/** The months of each season of the northern hemisphere; winter runs into the next year. */
export const SEASON_MONTHS: Readonly<Record<Season, readonly [number, number]>> = {
  spring: [3, 5],
  summer: [6, 8],
  autumn: [9, 11],
  winter: [12, 2],
};

/**
 * The bounds of an editorial date as precise as it is written (`June 1926` stays a month), with
 * exclusive bounds moved by one unit (`after 2 July` → not before 3 July; `before July 1926` → not
 * after June 1926): TEI's `notBefore`/`notAfter`. Undefined on an open side and for `[undated]`.
 */
export function dateBounds(value: EditorialDate): { notBefore?: CalendarDate; notAfter?: CalendarDate } {
  const { date, until } = value;
  switch (value.form) {
    case 'undated':
      return {};
    case 'point':
      return { notBefore: date, notAfter: date };
    case 'range':
    case 'oneOf':
      return { notBefore: date, notAfter: until ?? date };
    case 'bounds': {
      const { after, before } = value;
      return {
        ...(after ? { notBefore: after.inclusive ? after.date : adjacent(after.date, 1) } : {}),
        ...(before ? { notAfter: before.inclusive ? before.date : adjacent(before.date, -1) } : {}),
      };
    }
    case 'part': {
      const part = value.part ?? 'early';
      if (date.month !== undefined) {
        const [first, last] = MONTH_PARTS[part];
        const end = last ?? daysInMonth(date.month, date.year);
        return { notBefore: { ...date, day: first }, notAfter: { ...date, day: end } };
      }
      if (part === 'firstDays')
        return { notBefore: { ...date, month: 1, day: 1 }, notAfter: { ...date, month: 1, day: 7 } };
      const [first, last] = YEAR_PARTS[part];
      return { notBefore: { ...date, month: first }, notAfter: { ...date, month: last } };
    }
    case 'season': {
      const [first, last] = SEASON_MONTHS[value.season ?? 'summer'];
      const year = date.year;
      const lastYear = year !== undefined && last < first ? year + 1 : year;
      return {
        notBefore: { year, month: first, day: undefined },
        notAfter: { year: lastYear, month: last, day: undefined },
      };
    }
  }
}

/** The days an editorial date allows, for comparing dates of any precision and form. */
export function dateInterval(value: EditorialDate): DateInterval {
  const { notBefore, notAfter } = dateBounds(value);
  const earliest = notBefore && firstDay(notBefore);
  const latest = notAfter && lastDay(notAfter);
  return { ...(earliest ? { earliest } : {}), ...(latest ? { latest } : {}) };
}

/** The first day of a date known to the day, month or year. */
export function firstDay(date: CalendarDate): Day | undefined {
  if (date.year === undefined) return undefined;
  return { year: date.year, month: date.month ?? 1, day: date.day ?? 1 };
}

/** The last day of a date known to the day, month or year. */
export function lastDay(date: CalendarDate): Day | undefined {
  if (date.year === undefined) return undefined;
  const month = date.month ?? 12;
  return { year: date.year, month, day: date.day ?? daysInMonth(month, date.year) };
}

/** Orders two days. */
export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** The day, month or year next to `date` at its own precision (`step` 1 later, -1 earlier). */
export function adjacent(date: CalendarDate, step: 1 | -1): CalendarDate {
  const { year, month, day } = date;
  if (year === undefined) return date;
  if (month === undefined) return { year: year + step, month, day };
  if (day === undefined) {
    const next = month + step;
    if (next < 1) return { year: year - 1, month: 12, day };
    if (next > 12) return { year: year + 1, month: 1, day };
    return { year, month: next, day };
  }
  const moved = new Date(0);
  // setUTCFullYear takes years below 100 as they are, and carries day overflow into the month.
  moved.setUTCFullYear(year, month - 1, day + step);
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}
