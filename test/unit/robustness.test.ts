import * as fc from 'fast-check';
import { DocumentModel } from '../../server/src/analysis/model';
import { Edition } from '../../server/src/analysis/edition';
import { document, insertion } from '../arbitraries';
import { checkModel, editingSession, runEditingSession } from '../invariants';

// The short fuzz run of `npm test`; `npm run fuzz` runs the same property for 100,000+ edits.
describe('robustness: any text, any edits', () => {
  it('answers every feature on any document inside its ranges, never throwing', function () {
    this.timeout(60000);
    fc.assert(
      fc.property(
        fc.oneof(
          document.map((start) => start.text),
          fc.array(insertion, { maxLength: 60 }).map((parts) => parts.join('')),
        ),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }),
        (text, fractions) => {
          const model = new DocumentModel('untitled:any.letters', 1, text);
          checkModel(
            model,
            new Edition(),
            fractions.map((fraction) => Math.floor(fraction * (text.length + 1))),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps every invariant through random edits, and the edited model equals a fresh one', function () {
    this.timeout(60000);
    fc.assert(
      fc.property(editingSession, (session) => {
        runEditingSession(session, 10);
      }),
      { numRuns: 80 },
    );
  });
});
