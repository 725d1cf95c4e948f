import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Edition } from '../../server/src/analysis/edition';
import type { Recognition } from '../../server/src/analysis/registers/kind';
import { PERSONS } from '../../server/src/analysis/registers/kinds/persons';
import { RegisterIndex } from '../../server/src/analysis/registers/registerIndex';
import { tokenize } from '../../server/src/analysis/registers/tokens';
import { fixture } from '../fixture';

/** A small register in the shape of the sample's, with the traps the sample sets. */
const REGISTER = JSON.stringify({
  persons: [
    {
      id: 'zinoviev',
      name: 'Zinoviev, Grigorii Yevseevich',
      editionName: 'Zinoviev',
      aliases: ['Grisha', 'Grigorii'],
    },
    {
      id: 'molotov',
      name: 'Molotov, Viacheslav Mikhailovich',
      editionName: 'Molotov',
      aliases: ['Molotovich', 'V.M.'],
    },
    {
      id: 'smirnov-vm',
      name: 'Smirnov, Vladimir Mikhailovich',
      editionName: 'Smirnov',
      aliases: ['V. M. Smirnov'],
    },
    { id: 'trotsky', name: 'Trotsky, Lev Davidovich', editionName: 'Trotsky', aliases: ['L. Trotsky'] },
    {
      id: 'medvedev-sp',
      name: 'Medvedev, Sergei Pavlovich',
      editionName: 'Medvedev',
      aliases: ['S. P. Medvedev'],
    },
    { id: 'kamenev-lb', name: 'Kamenev, Lev Borisovich', editionName: 'Kamenev' },
    { id: 'rudzutak', name: 'Rudzutak, Jan Ernestovich', editionName: 'Rudzutak' },
    { id: 'bakaev', name: 'Bakaev, Ivan Petrovich', editionName: 'Bakaev' },
    {
      id: 'ordzhonikidze',
      name: 'Ordzhonikidze, Grigorii Konstantinovich',
      editionName: 'Ordzhonikidze',
      aliases: ['Sergo'],
    },
    {
      id: 'chang-tso-lin',
      name: 'Chang Tso-lin (Zhang Zuolin)',
      editionName: 'Chang Tso-lin',
      aliases: ['Chang'],
    },
    { id: 'feng-yu-hsiang', name: 'Feng Yü-hsiang', editionName: 'Feng Yü-hsiang', aliases: ['Feng'] },
    { id: 'bednyi', name: 'Bednyi, Demian', editionName: 'Demian Bednyi', aliases: ['Demian', 'Bednyi'] },
    { id: 'peter-great', name: 'Peter the Great', editionName: 'Peter' },
    { id: 'will-john', name: 'Will, John', editionName: 'Will' },
    { id: 'may-karl', name: 'May, Karl', editionName: 'May' },
  ],
});

/** The persons a register names in a whole text at once, and the names after titles it knows not. */
function recognise(text: string, register: string, uri = 'file:///r.persons.json'): Recognition {
  const index = new RegisterIndex(PERSONS);
  index.set(uri, register);
  return index.letterMentions(text, () => tokenize(text));
}

/**
 * Recognises the persons in a fixture and compares them with the expected ones: each `[[...]]`
 * range is a mention, and `ids` lists the person of each range in order.
 */
function expectMentions(source: string, ids: readonly string[]): void {
  const { text, ranges } = fixture(source);
  const found = recognise(text, REGISTER).mentions;
  assert.deepEqual(
    found.map((mention) => [text.slice(mention.span.start, mention.span.end), mention.entryId]),
    ranges.map((range, position) => [text.slice(range.start, range.end), ids[position]]),
  );
}

describe('person recognition', () => {
  it('finds surnames, aliases and possessives on word boundaries', () => {
    expectMentions(
      "[[Zinoviev]]'s theses, [[Grisha]]'s proposal and [[Sergo]]; the Fengites of [[Feng]]; [[Chang]]'s strength.",
      ['zinoviev', 'zinoviev', 'ordzhonikidze', 'feng-yu-hsiang', 'chang-tso-lin'],
    );
  });

  it('takes titles and initials with the name: Com. Zinoviev, L. Trotsky, S. P. Medvedev, I.Bakaev, [L. B.] Kamenev', () => {
    expectMentions(
      'Com. [[Zinoviev]] and Com.[[Molotov]]; [[L. Trotsky]], [[S. P. Medvedev]], [[I.Bakaev]], [[[L. B.] Kamenev]].',
      ['zinoviev', 'molotov', 'trotsky', 'medvedev-sp', 'bakaev', 'kamenev-lb'],
    );
  });

  it('does not give a person initials that are not theirs (S. Kamenev is not Lev Kamenev)', () => {
    expectMentions('the commander S. Kamenev and [[L. Kamenev]]', ['kamenev-lb']);
  });

  it('does not take a postscript for initials: P.S. Rudzutak, P.P.S. Kamenev', () => {
    expectMentions('P.S. [[Rudzutak]] proposes. P.P.S. [[Kamenev]] agrees.', ['rudzutak', 'kamenev-lb']);
  });

  it('reads an editorial expansion with the name as one mention of the person it names', () => {
    expectMentions(
      "not [[Grisha [Zinoviev]]], [[Grisha's [Zinoviev's]]] theses, [[Chang [Tso-lin]]], [[Demian's [Bednyi's]]] poem",
      ['zinoviev', 'zinoviev', 'chang-tso-lin', 'bednyi'],
    );
  });

  it('takes a first name followed by the surname as one mention: Grisha Zinoviev', () => {
    expectMentions('if [[Grisha Zinoviev]] is organizing', ['zinoviev']);
  });

  it('matches a name split across lines, even across the blank line of a broken paragraph', () => {
    expectMentions('a poem by [[Demian\nBednyi]] and by [[Demian\n\nBednyi]].', ['bednyi', 'bednyi']);
  });

  it('keeps V.M. (Molotov, as written) apart from V. M. Smirnov', () => {
    expectMentions(
      'my speech at the Conference. [[V.M.]]" And [[V. M. Smirnov]] was expelled; V.M. Ivanov is someone else.',
      ['molotov', 'smirnov-vm'],
    );
  });

  it('does not take Peter [Petrograd] for a person: the bracket says it is a city', () => {
    expectMentions('to report in Moscow and Peter [Petrograd]. [[Peter]] wrote.', ['peter-great']);
  });

  it('does not take a month in a date for a person called May', () => {
    expectMentions('On 15 May 1926 and on May 3, [[May]] wrote.', ['may-karl']);
  });

  it('does not take a common word for a name at the start of a sentence', () => {
    expectMentions('Will they agree? They will. We asked Com. [[Will]].', ['will-john']);
  });

  it('reports a name after a title that no register knows', () => {
    const text =
      'Com. Xyz and Comrade Zinoviev and Comrades Abc and Sergo; Com. I. Qrs and Com. L. Trotsky; the General Secretary.';
    const unknown = recognise(text, REGISTER).unknown;
    assert.deepEqual(
      unknown.map((found) => found.name),
      ['Xyz', 'Abc', 'Qrs'],
    );
  });
});

describe('person recognition over the whole sample', () => {
  const root = path.resolve(__dirname, '..', '..', 'samples');
  const text = readFileSync(path.join(root, 'stalin-molotov-1926.letters'), 'utf8');
  const registerUri = 'file:///samples/stalin-molotov-1926.persons.json';
  const register = readFileSync(path.join(root, 'stalin-molotov-1926.persons.json'), 'utf8');
  const recognition = recognise(text, register, registerUri);

  /** The person of every mention whose text is exactly `written`. */
  function personsWritten(written: string): string[] {
    return recognition.mentions
      .filter((mention) => text.slice(mention.span.start, mention.span.end).replace(/\s+/g, ' ') === written)
      .map((mention) => mention.entryId);
  }

  /** A word on word boundaries; a capital glued to a lower-case letter starts a word (`appointKopp`). */
  function wordPattern(word: string, flags: string): RegExp {
    return new RegExp(`(?<!\\p{Lu})${word}(?![\\p{L}])`, flags);
  }

  // Hand-checked against the letters and notes: every occurrence of these names means this person.
  const CHECKED: readonly [string, string][] = [
    ['Grisha', 'zinoviev'],
    ['Grigorii', 'zinoviev'],
    ['Sergo', 'ordzhonikidze'],
    ['Ilich', 'lenin'],
    ['Demian', 'bednyi'],
    ['Molotovich', 'molotov'],
    ['Viacheslav', 'molotov'],
    ['Kamenev', 'kamenev-lb'],
    ['Zinoviev', 'zinoviev'],
    ['Trotsky', 'trotsky'],
    ['Bukharin', 'bukharin'],
    ['Medvedev', 'medvedev-sp'],
    ['Chang', 'chang-tso-lin'],
    ['Kopp', 'kopp'],
    ['Mikoian', 'mikoian'],
    ['Lashevich', 'lashevich'],
  ];

  for (const [word, id] of CHECKED) {
    it(`takes every "${word}" for ${id}`, () => {
      const mentions = recognition.mentions.filter((mention) =>
        wordPattern(word, 'u').test(text.slice(mention.span.start, mention.span.end)),
      );
      assert.ok(mentions.length > 0);
      assert.deepEqual(new Set(mentions.map((mention) => mention.entryId)), new Set([id]));
      const occurrences = mentions.reduce(
        (sum, mention) =>
          sum +
          (text.slice(mention.span.start, mention.span.end).match(wordPattern(word, 'gu'))?.length ?? 0),
        0,
      );
      assert.equal(occurrences, text.match(wordPattern(word, 'gu'))?.length, `every ${word} is in a mention`);
    });
  }

  it('resolves the initials, expansions and look-alikes of the sample', () => {
    assert.deepEqual(personsWritten('V.M.'), ['molotov']);
    assert.deepEqual(personsWritten('V. M. Smirnov'), ['smirnov-vm']);
    assert.deepEqual(personsWritten('[L. B.] Kamenev'), ['kamenev-lb']);
    assert.deepEqual(personsWritten('I.Bakaev'), ['bakaev']);
    assert.deepEqual(personsWritten('Grisha Zinoviev'), ['zinoviev']);
    assert.deepEqual(personsWritten("Ilich's [Lenin's]"), ['lenin']);
    assert.deepEqual(personsWritten('Chang [Tso-lin]'), ['chang-tso-lin']);
    assert.deepEqual(personsWritten('S. P. Medvedev'), ['medvedev-sp']);
    assert.deepEqual(personsWritten('Fengites'), []);
    assert.deepEqual(personsWritten('Peter'), []);
    assert.deepEqual(personsWritten('Nazaretian'), ['nazaretian', 'nazaretian', 'nazaretian', 'nazaretian']);
  });

  it('finds the same mentions letter by letter (the cached way) as in the whole text at once', () => {
    const edition = new Edition();
    edition.registers.set(registerUri, register);
    const uri = 'file:///samples/by-letter.letters';
    const model = edition.set(uri, 1, text);
    const byLetter = edition.registers.mentions(model).map(({ mention }) => mention);
    assert.ok(model.letters.length > 10);
    assert.deepEqual(byLetter, recognition.mentions);
    assert.deepEqual(edition.registers.unknownNames(model, PERSONS), recognition.unknown);
    const edited = text.replace('Sergo was here', 'Grisha was here');
    const after = edition.registers.mentions(edition.set(uri, 2, edited)).map(({ mention }) => mention);
    const grisha = after.find((mention) => edited.startsWith('Grisha was here', mention.span.start));
    assert.equal(grisha?.entryId, 'zinoviev');
    assert.equal(after.length, recognition.mentions.length);
  });

  it('finds no unregistered person after a title in the sample', () => {
    assert.deepEqual(recognition.unknown, []);
  });
});
