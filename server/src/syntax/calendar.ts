import { monthName, weekdayName, type Language } from './vocabulary';

export { monthName, weekdayName } from './vocabulary';

/** A calendar date of the Gregorian calendar; parts unknown to the text are undefined. */
export interface CalendarDate {
  readonly year: number | undefined;
  /** 1–12. */
  readonly month: number | undefined;
  /** 1–31. */
  readonly day: number | undefined;
}

/** Whether a year is a leap year of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; February has 29 when the year is unknown, since it may be a leap year. */
export function daysInMonth(month: number, year: number | undefined): number {
  if (month === 2) return year === undefined || isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether `day` exists in `month` of `year` (unknown year: any year). */
export function isValidDay(day: number, month: number, year: number | undefined): boolean {
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(month, year);
}

/** The weekday (0 = Sunday) of a complete date. */
export function weekdayOf(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCDay();
}

/** `1926-06-25`, `1926-06` or `1926`: as much of ISO 8601 as the date has. */
export function isoDate(date: CalendarDate): string | undefined {
  if (date.year === undefined) return undefined;
  const year = String(date.year).padStart(4, '0');
  if (date.month === undefined) return year;
  const month = String(date.month).padStart(2, '0');
  if (date.day === undefined) return `${year}-${month}`;
  return `${year}-${month}-${String(date.day).padStart(2, '0')}`;
}

/** `Friday, 25 June 1926` in `language`, or as much of it as the date has. */
export function longDate(date: CalendarDate, language: Language): string {
  const parts: string[] = [];
  if (date.day !== undefined) parts.push(String(date.day));
  if (date.month !== undefined) parts.push(monthName(language, date.month));
  if (date.year !== undefined) parts.push(String(date.year));
  const text = parts.join(' ');
  if (date.year !== undefined && date.month !== undefined && date.day !== undefined) {
    return `${weekdayName(language, weekdayOf(date.year, date.month, date.day))}, ${text}`;
  }
  return text;
}

/** Compares two dates by their earliest possible day; undefined parts count as the earliest. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return (a.year ?? 0) - (b.year ?? 0) || (a.month ?? 1) - (b.month ?? 1) || (a.day ?? 1) - (b.day ?? 1);
}
