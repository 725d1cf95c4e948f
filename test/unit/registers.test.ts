import assert from 'node:assert/strict';
import { nameAt, PLACES, type Place } from '../../server/src/analysis/registers/kinds/places';
import { ORGANISATIONS } from '../../server/src/analysis/registers/kinds/organisations';
import { TERMS } from '../../server/src/analysis/registers/kinds/terms';
import { RegisterIndex } from '../../server/src/analysis/registers/registerIndex';
import type { EntryMention } from '../../server/src/analysis/registers/kind';
import { tokenize } from '../../server/src/analysis/registers/tokens';
import { checkDefinition, checkHover } from '../featureChecks';
import { lines } from '../fixture';

const PLACES_TEXT = JSON.stringify({
  places: [
    {
      id: 'leningrad',
      name: 'Saint Petersburg',
      names: [
        { name: 'Petrograd', from: '1914', until: '1924-01-26' },
        { name: 'Leningrad', from: '1924-01-26', until: '1991-09' },
      ],
      aliases: ['Peter'],
    },
    {
      id: 'volgograd',
      name: 'Volgograd',
      names: [
        { name: 'Tsaritsyn', until: '1925' },
        { name: 'Stalingrad', from: '1925', until: '1961' },
      ],
    },
    { id: 'moscow', name: 'Moscow' },
  ],
});

function placeIndex(contested: string[] = []): RegisterIndex<Place> {
  const index = new RegisterIndex(PLACES);
  index.set('file:///w/a.places.json', PLACES_TEXT);
  index.setContested(new Set(contested));
  return index;
}

/** The mentions of `text` read as one letter. */
function mentionsIn(text: string, index: RegisterIndex): readonly EntryMention[] {
  return index.letterMentions(text, () => tokenize(text)).mentions;
}

function written(text: string, index: RegisterIndex): string[] {
  return mentionsIn(text, index).map(
    (mention) => `${text.slice(mention.span.start, mention.span.end)}=${mention.entryId}`,
  );
}

describe('registers of places, organisations and terms', () => {
  it('reports JSON and schema problems on the register and keeps the valid entries', () => {
    const index = new RegisterIndex(PLACES);
    index.set(
      'file:///w/a.places.json',
      '{"places": [{"id": "Moscow", "name": "Moscow"}, {"id": "baku", "name": "Baku", "x": 1}]}',
    );
    const codes = index.problemsOf('file:///w/a.places.json').map((found) => found.code);
    assert.deepEqual(codes, ['register.schema', 'register.schema']);
    assert.deepEqual(
      index.entries.map((entry) => entry.id),
      ['Moscow', 'baku'],
    );
    index.set('file:///w/a.places.json', '{"places": [');
    assert.equal(index.problemsOf('file:///w/a.places.json')[0]?.code, 'register.json');
  });

  it('reports a name claimed by two entries of a kind', () => {
    const index = new RegisterIndex(ORGANISATIONS);
    index.set(
      'file:///w/a.organisations.json',
      JSON.stringify({
        organisations: [
          { id: 'cc', name: 'Central Committee', abbreviations: ['CC'] },
          { id: 'ccc', name: 'Central Control Commission', abbreviations: ['CC'] },
        ],
      }),
    );
    assert.deepEqual(
      index.problemsOf('file:///w/a.organisations.json').map((found) => found.code),
      ['register.aliasConflict'],
    );
  });

  it('recognises names across line breaks and in the possessive, the longest name first', () => {
    const index = new RegisterIndex(ORGANISATIONS);
    index.set(
      'file:///w/a.organisations.json',
      JSON.stringify({
        organisations: [
          { id: 'ccc', name: 'Central Control Commission' },
          { id: 'cc', name: 'Central Committee' },
          { id: 'comintern', name: 'Comintern' },
        ],
      }),
    );
    assert.deepEqual(
      written("the Central Control\nCommission and the Comintern's policy, Centralized", index),
      ['Central Control\nCommission=ccc', 'Comintern=comintern'],
    );
  });

  it('takes a name another register claims only when an editorial bracket names the place', () => {
    assert.deepEqual(written('report in Moscow and Peter [Petrograd].', placeIndex(['Peter'])), [
      'Moscow=moscow',
      'Peter [Petrograd]=leningrad',
    ]);
    assert.deepEqual(written('Peter said so.', placeIndex(['Peter'])), []);
    assert.deepEqual(written('inMoscow, Moscowand', placeIndex()), ['Moscow=moscow']);
  });

  it('shows the name in force at the letter’s date', () => {
    const index = placeIndex();
    const leningrad = index.entry('leningrad') as Place;
    const volgograd = index.entry('volgograd') as Place;
    assert.equal(nameAt(leningrad, '1923-12-31'), 'Petrograd');
    assert.equal(nameAt(leningrad, '1924-01-26'), 'Leningrad');
    assert.equal(nameAt(leningrad, '1926-06-15'), 'Leningrad');
    assert.equal(nameAt(volgograd, '1924-06-01'), 'Tsaritsyn');
    assert.equal(nameAt(volgograd, '1926-06-15'), 'Stalingrad');
    assert.equal(nameAt(volgograd, undefined), 'Volgograd');
    checkHover(
      lines(
        'Letter 1',
        '[15 June 1926]',
        'From Leningrad to Stalingrad.',
        '     ^^^^^^^^^ hover: **Leningrad** (now Saint Petersburg)',
        '                  ^^^^^^^^^^ hover: **Stalingrad** (now Volgograd)',
      ),
      { files: { 'file:///edition/a.places.json': PLACES_TEXT } },
    );
  });

  it('glosses a term', () => {
    const index = new RegisterIndex(TERMS);
    index.set(
      'file:///w/a.terms.json',
      JSON.stringify({
        terms: [{ id: 'nepmen', name: 'Nepman', aliases: ['Nepmen'], gloss: 'A private trader under NEP.' }],
      }),
    );
    const mention = mentionsIn('the Nepmen and Nepman elements', index)[0];
    assert.equal(mention?.entryId, 'nepmen');
    checkHover(
      lines(
        'Letter 1',
        '[15 June 1926]',
        'the Nepmen and Nepman elements',
        '    ^^^^^^ hover: **Nepman**',
        '    ^^^^^^ hover: A private trader under NEP.',
        '    ^^^^^^ hover: *term* · Mentioned 2 times in 1 letter: letter 1 (2).',
      ),
      { files: { 'file:///edition/a.terms.json': index.file('file:///w/a.terms.json')!.text } },
    );
  });

  it('goes from a name to its entry in the register, whatever the kind', () => {
    checkDefinition(
      lines(
        'Letter 1',
        '[15 June 1926]',
        'The Politburo met in Moscow.',
        '    ^^^^^^^^^ definition a',
        '                     ^^^^^^ definition b',
      ),
      {
        files: {
          'file:///edition/a.places.json': lines(
            '{ "places": [',
            '  { "id": "moscow", "name": "Moscow" }',
            '                            ^^^^^^^^ target b',
            '] }',
          ),
          'file:///edition/a.organisations.json': lines(
            '{ "organisations": [',
            '  { "id": "pb", "name": "Politburo of the Central Committee", "aliases": ["Politburo"] }',
            '                        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ target a',
            '] }',
          ),
        },
      },
    );
  });
});
