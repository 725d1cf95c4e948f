import type { CalendarDate } from './calendar';
import type { DateDefect } from './dateDefects';
import type { Span } from './span';

/** The written forms of a date in running text. */
export type DateKind =
  'dayMonthYear' | 'dayMonth' | 'monthDay' | 'monthYear' | 'numeric' | 'dayRange' | 'yearRange';

/** A weekday written beside a date: `8/3 (Tuesday)`, `Thursday (5 August)`. */
export interface WrittenWeekday {
  /** 0 = Sunday. */
  readonly index: number;
  readonly span: Span;
}

/**
 * A date written in the text. Calendar parts are named `date` and `until` (never `start`/`end`),
 * so that nobody takes them for offsets.
 */
export interface DateMention {
  readonly span: Span;
  readonly kind: DateKind;
  readonly date: CalendarDate;
  /** The last day of a range. */
  readonly until?: CalendarDate;
  readonly weekday?: WrittenWeekday;
  /** What is wrong with it (the dates topic words it); a contradicting weekday's place is the weekday. */
  readonly defect?: DateDefect;
}
