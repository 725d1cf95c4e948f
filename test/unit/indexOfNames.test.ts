import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Edition } from '../../server/src/analysis/edition';
import { indexCsv, indexMarkdown, indexOfNames } from '../../server/src/topics/registers/indexOfNames';
import { REGISTER_KINDS } from '../../server/src/analysis/registers/kinds/index';
import { registerListing } from '../../server/src/topics/registers/registerListing';

const SAMPLE = 'samples/stalin-molotov-1926';

function sampleIndex() {
  const text = readFileSync(`${SAMPLE}.letters`, 'utf8');
  const workspace = new Edition();
  workspace.registers.set(`file:///sample.persons.json`, readFileSync(`${SAMPLE}.persons.json`, 'utf8'));
  const registers = workspace.registers;
  for (const kind of REGISTER_KINDS)
    registers.set(`file:///sample${kind.suffix}`, readFileSync(`${SAMPLE}${kind.suffix}`, 'utf8'));
  const model = workspace.set('file:///sample.letters', 1, text);
  const letters = model.letters.map((letter) => ({ number: letter.number, start: letter.span.start }));
  return { text, letters, registers: registers.kinds, headings: indexOfNames(registerListing(workspace)) };
}

/** The numbers of the letters whose text (notes included) matches `pattern`. */
function lettersMatching(
  text: string,
  letters: readonly { number: number; start: number }[],
  pattern: RegExp,
): number[] {
  return letters.flatMap((letter, index) => {
    const body = text.slice(letter.start, letters[index + 1]?.start ?? text.length).replace(/\s+/g, ' ');
    return pattern.test(body) ? [letter.number] : [];
  });
}

describe('index of names', () => {
  it('the sample registers are valid', () => {
    for (const register of sampleIndex().registers)
      for (const file of register.files()) assert.deepEqual(register.problemsOf(file.uri), [], file.uri);
  });

  it('lists each letter of the sample that writes one of an entry’s names, and no other', () => {
    const { text, letters, registers, headings } = sampleIndex();
    // Persons are recognised with more rules (surnames, initials, titles): see the next test.
    for (const heading of headings.filter((found) => !found.see && found.kind !== 'persons')) {
      const register = registers.find((candidate) => candidate.kind.name === heading.kind)!;
      const names = register.entry(heading.id)!.claims.map((claim) => claim.name);
      // Extraction lost some spaces (`andCentral`): a capital after a lower-case letter starts a word.
      const expected = lettersMatching(
        text,
        letters,
        new RegExp(
          `(?:(?<![\\p{L}-])|(?<=\\p{Ll})(?=\\p{Lu}))(?:${names
            .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
            .join('|')})(?![\\p{L}-])`,
          'u',
        ),
      );
      assert.deepEqual(heading.letters, expected, heading.name);
    }
  });

  it('indexes the persons too, under the preferred name, with their other names as see entries', () => {
    const { text, letters, headings } = sampleIndex();
    const zinoviev = headings.find((heading) => heading.id === 'zinoviev' && !heading.see);
    assert.equal(zinoviev?.name, 'Zinoviev, Grigorii Yevseevich');
    // Every letter that writes his surname is listed (he is also `Grisha` and `G. Zinoviev`).
    const written = lettersMatching(text, letters, /Zinoviev/);
    assert.ok(written.length > 1);
    assert.deepEqual(
      written.filter((number) => !zinoviev.letters.includes(number)),
      [],
    );
    assert.match(indexMarkdown(headings), /^- \*Grisha\*, see Zinoviev, Grigorii Yevseevich$/m);
    // Not `Zinoviev, see Zinoviev, Grigorii Yevseevich`: the heading itself starts with it.
    assert.doesNotMatch(indexMarkdown(headings), /^- \*Zinoviev\*, see/m);
  });

  it('writes see entries and the letters in Markdown and CSV', () => {
    const { headings } = sampleIndex();
    const markdown = indexMarkdown(headings);
    assert.match(markdown, /^- \*Peter\*, see Saint Petersburg$/m);
    assert.match(markdown, /^- \*\*Saint Petersburg\*\* \(places\): letters 13, 20, 22$/m);
    assert.match(markdown, /^- \*Tiflis\*, see Tbilisi$/m);
    assert.match(markdown, /^- \*\*Volgograd\*\* \(places\): not mentioned$/m);
    const csv = indexCsv(headings);
    assert.match(csv, /^Special File,terms,special-file,,20\r$/m);
    assert.match(csv, /^TUC,organisations,tuc,Trades Union Congress,\r$/m);
  });
});
