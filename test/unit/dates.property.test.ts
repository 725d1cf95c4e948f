import assert from 'node:assert/strict';
import { ENGLISH } from '../../server/src/syntax/vocabulary';
import fc from 'fast-check';
import { daysInMonth, monthName } from '../../server/src/syntax/calendar';
import { parseEditorialDate } from '../../server/src/syntax/editorialDates';
import { scanDates } from '../../server/src/syntax/textDates';

const validDate = fc
  .record({
    year: fc.integer({ min: 1600, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day }) => day <= daysInMonth(month, year));

const impossibleDate = fc
  .record({
    year: fc.integer({ min: 1600, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 29, max: 31 }),
  })
  .filter(({ year, month, day }) => day > daysInMonth(month, year));

type Form = (date: { year: number; month: number; day: number }) => {
  text: string;
  year: number | undefined;
};

/** Each written form with the year it carries (two-digit years are read as 19xx). */
const FORMS: Record<string, Form> = {
  'day month year': ({ year, month, day }) => ({ text: `${day} ${monthName(ENGLISH, month)} ${year}`, year }),
  'month day, year': ({ year, month, day }) => ({
    text: `${monthName(ENGLISH, month)} ${day}, ${year}`,
    year,
  }),
  'm/d/yyyy': ({ year, month, day }) => ({ text: `${month}/${day}/${year}`, year }),
  'm/d/yy': ({ year, month, day }) => ({
    text: `${month}/${day}/${String(year % 100).padStart(2, '0')}`,
    year: 1900 + (year % 100),
  }),
  'day month': ({ month, day }) => ({ text: `${day} ${monthName(ENGLISH, month)}`, year: undefined }),
  'm/d': ({ month, day }) => ({ text: `${month}/${day}`, year: undefined }),
};

describe('dates: properties', () => {
  for (const [name, write] of Object.entries(FORMS)) {
    it(`reads back every valid date written as ${name}`, () => {
      fc.assert(
        fc.property(validDate, (date) => {
          const { text, year } = write(date);
          // m/d/yy maps the year into the 1900s, where 29 February may not exist.
          fc.pre(date.day <= daysInMonth(date.month, year));
          const sentence = `It happened on ${text} in the evening.`;
          const mentions = scanDates(sentence, { start: 0, end: sentence.length }, { language: ENGLISH });
          assert.equal(mentions.length, 1, sentence);
          assert.deepEqual(mentions[0]?.date, { year, month: date.month, day: date.day });
          assert.equal(mentions[0]?.defect, undefined, sentence);
          assert.equal(sentence.slice(mentions[0]?.span.start, mentions[0]?.span.end), text);
        }),
      );
    });
  }

  it('reads back every range of two days written with to, through or a dash, and every year range', () => {
    const ordered = fc
      .tuple(validDate, validDate)
      .filter(([a, b]) => a.year === b.year && (a.month < b.month || (a.month === b.month && a.day < b.day)));
    const joiner = fc.constantFrom(' to ', ' through ', ' \u2013 ');
    fc.assert(
      fc.property(ordered, joiner, ([first, last], join) => {
        const text = `${first.day} ${monthName(ENGLISH, first.month)}${join}${last.day} ${monthName(ENGLISH, last.month)} ${last.year}`;
        const sentence = `It lasted from ${text}, they say.`;
        const mentions = scanDates(sentence, { start: 0, end: sentence.length }, { language: ENGLISH });
        assert.equal(mentions.length, 1, sentence);
        assert.deepEqual(mentions[0]?.date, { ...first });
        assert.deepEqual(mentions[0]?.until, { ...last });
        assert.equal(sentence.slice(mentions[0]?.span.start, mentions[0]?.span.end), text);
      }),
    );
    const years = fc
      .tuple(fc.integer({ min: 1600, max: 2098 }), fc.integer({ min: 1, max: 60 }))
      .map(([first, length]) => [first, Math.min(first + length, 2099)] as const);
    fc.assert(
      fc.property(years, joiner, ([first, last], join) => {
        const text = `${first}${join === ' \u2013 ' ? '\u2013' : join}${last}`;
        const sentence = `It existed from ${text} in Moscow.`;
        const mentions = scanDates(sentence, { start: 0, end: sentence.length }, { language: ENGLISH });
        assert.equal(mentions.length, 1, sentence);
        assert.equal(mentions[0]?.kind, 'yearRange');
        assert.deepEqual([mentions[0]?.date.year, mentions[0]?.until?.year], [first, last]);
        assert.equal(mentions[0]?.defect, undefined, sentence);
      }),
    );
  });

  it('reads back every valid editorial date', () => {
    fc.assert(
      fc.property(validDate, ({ year, month, day }) => {
        const inner = `${day} ${monthName(ENGLISH, month)} ${year}`;
        assert.deepEqual(parseEditorialDate(inner, { start: 0, end: inner.length }, ENGLISH).value, {
          form: 'point',
          date: { year, month, day },
          circa: false,
          uncertain: false,
        });
      }),
    );
  });

  it('reports every impossible date, in running text and in editorial brackets', () => {
    fc.assert(
      fc.property(impossibleDate, ({ year, month, day }) => {
        const text = `${day} ${monthName(ENGLISH, month)} ${year}`;
        const sentence = `It happened on ${text}.`;
        const [mention] = scanDates(sentence, { start: 0, end: sentence.length }, { language: ENGLISH });
        assert.equal(mention?.defect?.kind, 'impossibleDay', sentence);
        assert.equal(
          parseEditorialDate(text, { start: 0, end: text.length }, ENGLISH).defect?.kind,
          'impossibleDay',
        );
      }),
    );
  });

  it('never throws and keeps every span inside the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.string({ maxLength: 40 }),
        (noise, inner) => {
          const text = `${noise} 3 June 1926 ${inner} 68 April 6/25/26`;
          for (const mention of scanDates(text, { start: 0, end: text.length }, { language: ENGLISH })) {
            assert.ok(
              mention.span.start >= 0 &&
                mention.span.end <= text.length &&
                mention.span.start < mention.span.end,
            );
          }
          parseEditorialDate(inner, { start: 0, end: inner.length }, ENGLISH);
        },
      ),
    );
  });
});
