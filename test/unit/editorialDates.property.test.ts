import assert from 'node:assert/strict';
import fc from 'fast-check';
import { daysInMonth } from '../../server/src/syntax/calendar';
import { dateInterval, type Day } from '../../server/src/syntax/dateInterval';
import { parseEditorialDate } from '../../server/src/syntax/editorialDates';
import { FRENCH, ENGLISH, type Language } from '../../server/src/syntax/vocabulary';
import { edtfOf } from '../../server/src/topics/dates/edtf';
import { assertEdtf } from '../edtfCheck';

/** A family instance: the text between the brackets and the first and last days it must allow. */
interface Written {
  readonly inner: string;
  readonly earliest: Day | undefined;
  readonly latest: Day | undefined;
}

/** The day before or after, by the JavaScript calendar (independent of the code under test). */
function shift(day: Day, by: number): Day {
  const date = new Date(0);
  date.setUTCFullYear(day.year, day.month - 1, day.day + by);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const lastOf = (year: number, month: number): Day => ({ year, month, day: daysInMonth(month, year) });

const anyDay = fc
  .record({
    year: fc.integer({ min: 1600, max: 2098 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day }) => day <= daysInMonth(month, year))
  .map(({ year, month, day }): Day => ({ year, month, day }));

/** Two days, the second from 2 to 40 days after the first. */
const twoDays = fc
  .tuple(anyDay, fc.integer({ min: 2, max: 40 }))
  .map(([first, gap]) => [first, shift(first, gap)] as const);

/** The phrasings of each family in one language, as functions of the days they name. */
interface Phrasings {
  readonly language: Language;
  readonly day: (day: Day) => string;
  readonly month: (year: number, month: number) => string;
  readonly doubt: readonly ((text: string) => string)[];
  readonly lower: readonly (readonly [string, boolean])[];
  readonly upper: readonly (readonly [string, boolean])[];
  readonly twoBounds: (after: string, before: string) => string;
  readonly monthParts: readonly (readonly [string, number, number | undefined])[];
  readonly seasons: readonly (readonly [string, number, number])[];
  readonly winter: string;
  readonly oneOf: (first: string, second: string) => string;
  readonly ranges: readonly ((first: string, second: string) => string)[];
}

const ENGLISH_PHRASINGS: Phrasings = {
  language: ENGLISH,
  day: ({ year, month, day }) => `${day} ${ENGLISH.months[month - 1]} ${year}`,
  month: (year, month) => `${ENGLISH.months[month - 1]} ${year}`,
  doubt: [
    (t) => `c. ${t}`,
    (t) => `ca. ${t}`,
    (t) => `circa ${t}`,
    (t) => `about ${t}`,
    (t) => `around ${t}`,
    (t) => `${t}?`,
    (t) => `${t} (?)`,
  ],
  lower: [
    ['after', false],
    ['later than', false],
    ['not before', true],
    ['no earlier than', true],
    ['not earlier than', true],
  ],
  upper: [
    ['before', false],
    ['earlier than', false],
    ['not later than', true],
    ['no later than', true],
    ['by', true],
    ['not after', true],
  ],
  twoBounds: (after, before) => `after ${after} and before ${before}`,
  monthParts: [
    ['early', 1, 10],
    ['beginning of', 1, 10],
    ['mid-', 11, 20],
    ['middle of', 11, 20],
    ['late', 21, undefined],
    ['end of', 21, undefined],
    ['first half of', 1, 15],
    ['second half of', 16, undefined],
    ['first days of', 1, 7],
  ],
  seasons: [
    ['spring', 3, 5],
    ['summer', 6, 8],
    ['autumn', 9, 11],
    ['fall', 9, 11],
  ],
  winter: 'winter',
  oneOf: (first, second) => `${first} or ${second}`,
  ranges: [
    (a, b) => `${a}\u2013${b}`,
    (a, b) => `${a}-${b}`,
    (a, b) => `${a} \u2013 ${b}`,
    (a, b) => `between ${a} and ${b}`,
    (a, b) => `${a} to ${b}`,
  ],
};

const FRENCH_PHRASINGS: Phrasings = {
  language: FRENCH,
  day: ({ year, month, day }) => `${day === 1 ? '1er' : day} ${FRENCH.months[month - 1]} ${year}`,
  month: (year, month) => `${FRENCH.months[month - 1]} ${year}`,
  doubt: [(t) => `vers le ${t}`, (t) => `env. ${t}`, (t) => `${t} (?)`, (t) => `${t}?`],
  lower: [
    ['après le', false],
    ['pas avant le', true],
    ['au plus tôt le', true],
  ],
  upper: [
    ['avant le', false],
    ['au plus tard le', true],
    ['pas après le', true],
  ],
  twoBounds: (after, before) => `après le ${after} et avant le ${before}`,
  monthParts: [
    ['début', 1, 10],
    ['mi-', 11, 20],
    ['fin', 21, undefined],
    ['première quinzaine de', 1, 15],
    ['seconde quinzaine de', 16, undefined],
    ['premiers jours de', 1, 7],
  ],
  seasons: [
    ['printemps', 3, 5],
    ['été', 6, 8],
    ['automne', 9, 11],
  ],
  winter: 'hiver',
  oneOf: (first, second) => `${first} ou ${second}`,
  ranges: [(a, b) => `${a}\u2013${b}`, (a, b) => `du ${a} au ${b}`, (a, b) => `entre le ${a} et le ${b}`],
};

/** Every family of one language, each instance with the days it must allow. */
function families(p: Phrasings): fc.Arbitrary<Written> {
  const join = (part: string, rest: string) => (part.endsWith('-') ? `${part}${rest}` : `${part} ${rest}`);
  // The first end as written before a second one: the year left out when they share it.
  const head = (first: Day, second: Day) =>
    first.year === second.year ? p.day(first).replace(/ \d+$/, '') : p.day(first);
  return fc.oneof(
    anyDay.map((day) => ({ inner: p.day(day), earliest: day, latest: day })),
    anyDay.map(({ year, month }) => ({
      inner: p.month(year, month),
      earliest: { year, month, day: 1 },
      latest: lastOf(year, month),
    })),
    fc.tuple(anyDay, fc.constantFrom(...p.doubt)).map(([day, doubt]) => ({
      inner: doubt(p.day(day)),
      earliest: day,
      latest: day,
    })),
    fc.tuple(anyDay, fc.constantFrom(...p.lower)).map(([day, [words, inclusive]]) => ({
      inner: `${words} ${p.day(day)}`,
      earliest: inclusive ? day : shift(day, 1),
      latest: undefined,
    })),
    fc.tuple(anyDay, fc.constantFrom(...p.upper)).map(([day, [words, inclusive]]) => ({
      inner: `${words} ${p.day(day)}`,
      earliest: undefined,
      latest: inclusive ? day : shift(day, -1),
    })),
    twoDays.map(([first, second]) => ({
      inner: p.twoBounds(head(first, second), p.day(second)),
      earliest: shift(first, 1),
      latest: shift(second, -1),
    })),
    fc.tuple(anyDay, fc.constantFrom(...p.monthParts)).map(([{ year, month }, [words, first, last]]) => ({
      inner: join(words, p.month(year, month)),
      earliest: { year, month, day: first },
      latest: last === undefined ? lastOf(year, month) : { year, month, day: last },
    })),
    fc.tuple(anyDay, fc.constantFrom(...p.seasons)).map(([{ year }, [words, first, last]]) => ({
      inner: `${words} ${year}`,
      earliest: { year, month: first, day: 1 },
      latest: lastOf(year, last),
    })),
    anyDay.map(({ year }) => ({
      inner: `${p.winter} ${year}/${String(year + 1).slice(-2)}`,
      earliest: { year, month: 12, day: 1 },
      latest: lastOf(year + 1, 2),
    })),
    twoDays.map(([first, second]) => ({
      inner: p.oneOf(head(first, second), p.day(second)),
      earliest: first,
      latest: second,
    })),
    fc.tuple(twoDays, fc.constantFrom(...p.ranges)).map(([[first, second], range]) => ({
      inner: range(head(first, second), p.day(second)),
      earliest: first,
      latest: second,
    })),
  );
}

for (const phrasings of [ENGLISH_PHRASINGS, FRENCH_PHRASINGS]) {
  const read = (inner: string) =>
    parseEditorialDate(inner, { start: 0, end: inner.length }, phrasings.language);
  describe(`editorial dates: properties (${phrasings.language.code})`, () => {
    it('reads every family as the days it names, printed as EDTF that the edtf parser reads as those days', () => {
      fc.assert(
        fc.property(families(phrasings), ({ inner, earliest, latest }) => {
          const { value, defect } = read(inner);
          assert.equal(defect, undefined, `${inner}: ${JSON.stringify(defect)}`);
          if (!value) return;
          assert.deepEqual(
            dateInterval(value),
            { ...(earliest && { earliest }), ...(latest && { latest }) },
            inner,
          );
          assertEdtf(edtfOf(value), earliest, latest);
        }),
        { numRuns: 400 },
      );
    });

    it('reports a day its month lacks, reversed ends and a dangling joiner in every family', () => {
      const { day } = phrasings;
      const impossible = fc
        .record({
          year: fc.integer({ min: 1600, max: 2098 }),
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.integer({ min: 29, max: 31 }),
        })
        .filter(({ year, month, day: date }) => date > daysInMonth(month, year));
      fc.assert(
        fc.property(
          impossible,
          anyDay,
          fc.constantFrom<(bad: string, good: string) => string>(
            (bad) => bad,
            (bad) => `${phrasings.lower[0]?.[0]} ${bad}`,
            (bad, good) => phrasings.oneOf(good, bad),
            (bad, good) => (phrasings.ranges[0] as (a: string, b: string) => string)(good, bad),
          ),
          (bad, good, form) => {
            const inner = form(day(bad), day({ ...good, year: bad.year - 1 }));
            assert.equal(read(inner).defect?.kind, 'impossibleDay', inner);
          },
        ),
      );
      fc.assert(
        fc.property(twoDays, fc.constantFrom(...phrasings.ranges), ([first, second], range) => {
          const inner = range(day(second), day(first));
          assert.equal(read(inner).defect?.kind, 'reversed', inner);
        }),
      );
      fc.assert(
        fc.property(families(phrasings), ({ inner }) => {
          for (const dangling of [phrasings.oneOf(inner, '').trimEnd(), `${inner} \u2013`]) {
            const { defect } = read(dangling);
            assert.ok(defect !== undefined, `${dangling} is read as a date`);
          }
        }),
        { numRuns: 200 },
      );
    });
  });
}
