import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  DAMAGE_KINDS,
  restore,
  seededRandom,
  simulateDamage,
  type DamageKind,
  type Simulation,
} from '../../scripts/textDamage/simulate';

const PROSE =
  'The so-called plan of 1926—the one the Politburo adopted—set coal at 300–400 million tons, ' +
  'Coal—150 million, oil—60 million. On that day, if the weather holds, the harvest will be good; ' +
  'the trade unions will not object. He wrote to Molotov at once: nobody knew the rendezvous. ' +
  'Their well-known letter was read in Moscow—everyone heard it—and pp. 40–104 were printed in 1925–26.';

const whole = (text: string) => [{ start: 0, end: text.length }];

/** A simulation of `PROSE` with many damages per word, so that every kind with a place occurs. */
const dense = (seed: number, text = PROSE): Simulation =>
  simulateDamage(text, whole(text), { seed, perThousandWords: 300, gap: 3 });

describe('damage simulator', () => {
  it('records exactly what it changed: the inverse of the record restores the clean text', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const simulation = dense(seed);
      assert.ok(simulation.damages.length > 0);
      assert.equal(restore(simulation), PROSE, `seed ${seed}`);
    }
  });

  it("points each record's offset at its damaged form in the damaged text", () => {
    const simulation = dense(7);
    for (const damage of simulation.damages) {
      assert.equal(
        simulation.text.slice(damage.offset, damage.offset + damage.damaged.length),
        damage.damaged,
      );
      assert.notEqual(damage.original, damage.damaged);
      assert.ok(damage.damaged.length > 0);
    }
  });

  it('applies each mechanism as the conversion from print does', () => {
    const seen = new Map<DamageKind, Set<string>>();
    for (let seed = 1; seed <= 60; seed++) {
      for (const damage of dense(seed).damages) {
        const forms = seen.get(damage.kind) ?? new Set<string>();
        forms.add(`${damage.original} → ${damage.damaged}`);
        seen.set(damage.kind, forms);
      }
    }
    const has = (kind: DamageKind, form: string) => assert.ok(seen.get(kind)?.has(form), `${kind}: ${form}`);
    has('lostDash', 'Moscow—everyone → Moscoweveryone');
    has('lostDash', 'adopted—set → adoptedset');
    has('lostRangeDash', '300–400 → 300400');
    has('lostRangeDash', '40–104 → 40104');
    has('lostRangeDash', '1925–26 → 192526');
    has('lostNumberDash', 'Coal—150 → Coal150');
    has('lostHyphen', 'so-called → socalled');
    has('lostSpaceAfterPunctuation', 'day, if → day,if');
    has('lostLineEnd', 'trade unions → tradeunions');
    has('brokenParagraph', 'trade unions → trade\n\nunions');
    for (const form of seen.get('typo') ?? []) {
      const [original, damaged] = form.split(' → ') as [string, string];
      assert.equal(damaged[0], original[0], form);
      assert.ok(Math.abs(damaged.length - original.length) <= 1, form);
    }
    assert.deepEqual(
      DAMAGE_KINDS.filter((kind) => !seen.has(kind)),
      [],
    );
  });

  it('never takes part of a word, a hyphenated word or a number for a place', () => {
    for (let seed = 1; seed <= 40; seed++) {
      for (const damage of dense(seed).damages) {
        if (damage.kind === 'lostLineEnd') assert.doesNotMatch(damage.original, /[-—–\d]/, damage.original);
        if (damage.kind === 'lostRangeDash') assert.match(damage.original, /^\d+–\d+$/);
      }
    }
  });

  it('deletes the dash of a range or a word–number pair only where the format reads one', () => {
    const text =
      'The Sox took a 6–5 victory and a 15–1 record; see Table 7–1 and tap a 2–56 screw. ' +
      'In 1926—the year of the strike—output was 120–140 thousand poods, 12–15%, Oil—60 million, ' +
      'from 2–5 July, in 1961–62 but not 1962–61, Genesis 6:1–4, and pp. 40–104.';
    const damaged = new Set<string>();
    for (let seed = 1; seed <= 40; seed++)
      for (const damage of dense(seed, text).damages)
        if (damage.kind === 'lostRangeDash' || damage.kind === 'lostNumberDash')
          damaged.add(`${damage.original} → ${damage.damaged}`);
    assert.deepEqual([...damaged].sort(), [
      '120–140 → 120140',
      '12–15 → 1215',
      '1961–62 → 196162',
      '1–4 → 14',
      '2–5 → 25',
      '40–104 → 40104',
      'Oil—60 → Oil60',
    ]);
  });

  it('does not apply a fusion whose result is a word, and records it apart', () => {
    const text = Array.from({ length: 40 }, () => 'the over-all plan and the well-known anti-Semite').join(
      '. ',
    );
    const simulation = simulateDamage(text, whole(text), {
      seed: 2,
      perThousandWords: 300,
      gap: 1,
      isWord: (word) => ['overall', 'antisemite'].includes(word) || word === 'the' || word.length < 4,
    });
    const hyphens = simulation.damages.filter((damage) => damage.kind === 'lostHyphen');
    assert.ok(hyphens.length > 0);
    // A capital inside marks the joint: `antiSemite` is no word, whatever the dictionary says of `antisemite`.
    assert.deepEqual(new Set(hyphens.map((damage) => damage.damaged)), new Set(['wellknown', 'antiSemite']));
    assert.ok(
      simulation.wordsMade.some((made) => made.original === 'over-all' && made.damaged === 'overall'),
    );
    assert.ok(simulation.wordsMade.every((made) => made.damaged === 'overall'));
    assert.equal(restore(simulation), text);
  });

  it('leaves text outside the regions alone and keeps the gap between damages', () => {
    const heading = 'Letter 1\n\n[1 May 1926]\n\n';
    const text = heading + PROSE;
    const simulation = simulateDamage(text, [{ start: heading.length, end: text.length }], {
      seed: 3,
      perThousandWords: 300,
      gap: 10,
    });
    assert.ok(simulation.text.startsWith(heading));
    const damages = simulation.damages;
    for (let index = 1; index < damages.length; index++) {
      const before = damages[index - 1]!;
      assert.ok(damages[index]!.offset - (before.offset + before.damaged.length) >= 10);
    }
  });

  it('does not draw a typo that makes another word', () => {
    const text = Array.from({ length: 80 }, () => 'form').join(' ');
    const simulation = simulateDamage(text, whole(text), {
      seed: 5,
      perThousandWords: 500,
      gap: 1,
      isWord: (word) => word !== 'fomr',
    });
    const typos = simulation.damages.filter((damage) => damage.kind === 'typo');
    assert.ok(typos.length > 0);
    assert.deepEqual(
      typos.map((damage) => damage.damaged),
      typos.map(() => 'fomr'),
    );
  });

  it('gives the same damage for the same seed and other damage for another', () => {
    assert.deepEqual(dense(11), dense(11));
    assert.notDeepEqual(dense(11).damages, dense(12).damages);
    assert.notEqual(seededRandom(1)(), seededRandom(2)());
  });

  it('restores any text from any seed (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom('word', 'so-called', '1926', '300–400', 'day,', 'Coal—150', '—', 'the', '.'),
          {
            maxLength: 40,
          },
        ),
        fc.integer(),
        (parts, seed) => {
          const text = parts.join(' ');
          const simulation = simulateDamage(text, whole(text), { seed, perThousandWords: 200, gap: 0 });
          assert.equal(restore(simulation), text);
        },
      ),
    );
  });
});
