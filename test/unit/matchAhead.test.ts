/**
 * The names of every register kind matched ahead, slice by slice, so that the first request
 * across the edition (references of a person) does not match them while the user waits.
 */
import assert from 'node:assert/strict';
import { Edition } from '../../server/src/analysis/edition';
import { RegisterIndex } from '../../server/src/analysis/registers/registerIndex';
import { fixture, lines } from '../fixture';

const PLACES = JSON.stringify({
  places: [
    { id: 'moscow', name: 'Moscow' },
    { id: 'sochi', name: 'Sochi' },
  ],
});

const DOCUMENT = lines(
  'Letter 1',
  '',
  '[1 June 1926]',
  '',
  'I am going to [[Sochi]] next week.',
  '',
  'Letter 2',
  '',
  '[2 June 1926]',
  '',
  '[[Moscow]] is quiet.',
  '',
);

/** Counts the matching of one kind against one letter while `run` runs. */
function countMatches(run: () => void): number {
  const original = RegisterIndex.prototype.letterMentions;
  let count = 0;
  RegisterIndex.prototype.letterMentions = function (this: RegisterIndex, ...args) {
    count++;
    return original.apply(this, args);
  };
  try {
    run();
  } finally {
    RegisterIndex.prototype.letterMentions = original;
  }
  return count;
}

function edition() {
  const workspace = new Edition();
  workspace.setFile('file:///edition/e.places.json', PLACES);
  const { text, ranges } = fixture(DOCUMENT);
  const model = workspace.set('file:///edition/a.letters', 1, text);
  return { registers: workspace.registers, model, ranges };
}

describe('register names matched ahead', () => {
  it('matches every kind in every letter, then a request across the edition matches nothing again', () => {
    const { registers, model, ranges } = edition();
    let done = false;
    const ahead = countMatches(() => (done = registers.matchAhead(model, Number.POSITIVE_INFINITY)));
    assert.equal(done, true);
    assert.ok(ahead >= registers.kinds.length * model.letters.length, `${ahead} matches ahead`);
    let places: { start: number; end: number }[] = [];
    const later = countMatches(() => {
      places = registers
        .mentions(model, (found) => found.index.kind.name === 'places')
        .map(({ mention }) => mention.span);
    });
    assert.equal(later, 0);
    assert.deepEqual(
      places,
      ranges.map(({ start, end }) => ({ start, end })),
    );
  });

  it('stops at the deadline and goes on where it stopped', () => {
    const { registers, model } = edition();
    let done = true;
    const none = countMatches(() => (done = registers.matchAhead(model, performance.now() - 1)));
    assert.equal(done, false);
    assert.equal(none, 0);
    const rest = countMatches(() => (done = registers.matchAhead(model, Number.POSITIVE_INFINITY)));
    assert.equal(done, true);
    assert.ok(rest > 0);
    assert.equal(
      countMatches(() => registers.matchAhead(model, Number.POSITIVE_INFINITY)),
      0,
    );
  });

  it('matches again after a register changed', () => {
    const { registers, model } = edition();
    registers.matchAhead(model, Number.POSITIVE_INFINITY);
    registers.set('file:///edition/e.places.json', PLACES.replace('Moscow', 'Kiev'));
    assert.ok(countMatches(() => registers.matchAhead(model, Number.POSITIVE_INFINITY)) > 0);
  });
});
