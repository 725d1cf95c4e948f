import type { CalendarDate } from './calendar';
import type { Span } from './span';

/**
 * What is wrong with a written date, as facts and no words: the dates topic words them as
 * problems (`topics/dates/dateProblems.ts`). `span` is where the defect is, in the text's offsets.
 */
export type DateDefect = { readonly span: Span } & (
  | { readonly kind: 'unreadable'; readonly text: string }
  /** A word where a month stands that is none; `meant` when it is one edit from a month (`Sepember`). */
  | { readonly kind: 'unknownMonth'; readonly word: string; readonly meant: number | undefined }
  | { readonly kind: 'noYear' }
  | { readonly kind: 'truncatedYear'; readonly yearText: string }
  /** `June1926`; a space belongs at `at`. */
  | { readonly kind: 'gluedYear'; readonly text: string; readonly at: number }
  | {
      readonly kind: 'impossibleDay';
      readonly day: number;
      readonly month: number;
      readonly year: number | undefined;
    }
  | { readonly kind: 'dayWithoutMonth' }
  /** `[between 5 and 2 July 1926]`: the second end comes first, or two bounds leave no day. */
  | { readonly kind: 'reversed'; readonly first: CalendarDate; readonly last: CalendarDate }
  /** `[spring 1926 or]`: a joining word with nothing after it. */
  | { readonly kind: 'missingEnd'; readonly joiner: string }
  /** `[winter 1926]`: December 1926 or the winter that ends in 1926? */
  | { readonly kind: 'ambiguousWinter'; readonly year: number }
  /** `68 April` for 6–8 April; the days as they should be written. */
  | {
      readonly kind: 'lostDash';
      readonly text: string;
      readonly first: number;
      readonly last: number;
      readonly month: number;
    }
  /** `8/3 (Friday)`: the date fell on `actual` (0 = Sunday), not on the weekday written; the place is the weekday. */
  | {
      readonly kind: 'wrongWeekday';
      readonly day: number;
      readonly month: number;
      readonly year: number;
      readonly written: string;
      readonly actual: number;
    }
  /** `19221947` for 1922–1947. */
  | { readonly kind: 'lostYearDash'; readonly text: string; readonly first: string; readonly last: string }
);
