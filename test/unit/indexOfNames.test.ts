import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DocumentModel } from '../../server/src/analysis/model';
import { indexCsv, indexMarkdown, indexOfNames } from '../../server/src/topics/registers/indexOfNames';
import { REGISTER_KINDS } from '../../server/src/topics/registers/kinds';
import { RegisterIndex } from '../../server/src/topics/registers/registerIndex';

const SAMPLE = 'samples/stalin-molotov-1926';

function sampleIndex() {
  const text = readFileSync(`${SAMPLE}.letters`, 'utf8');
  const model = new DocumentModel('file:///sample.letters', 1, text);
  const registers = REGISTER_KINDS.map((kind) => {
    const index = new RegisterIndex(kind);
    index.set(`file:///sample${kind.suffix}`, readFileSync(`${SAMPLE}${kind.suffix}`, 'utf8'));
    // The person register names a Peterson; no person is called Peter, so nothing is contested.
    return index;
  });
  const letters = model.letters.map((letter) => ({ number: letter.number, start: letter.span.start }));
  return { text, letters, registers, headings: indexOfNames(registers, [{ text, letters }]) };
}

describe('index of names', () => {
  it('the sample registers are valid', () => {
    for (const register of sampleIndex().registers)
      for (const file of register.files()) assert.deepEqual(register.problemsOf(file.uri), [], file.uri);
  });

  it('lists each letter of the sample that writes one of an entry’s names, and no other', () => {
    const { text, letters, registers, headings } = sampleIndex();
    for (const heading of headings.filter((found) => !found.see)) {
      const register = registers.find((candidate) => candidate.kind.name === heading.kind)!;
      const names = register.entry(heading.id)!.claims.map((claim) => claim.name);
      // Extraction lost some spaces (`andCentral`): a capital after a lower-case letter starts a word.
      const expected = letters.flatMap((letter, index) => {
        const body = text.slice(letter.start, letters[index + 1]?.start ?? text.length).replace(/\s+/g, ' ');
        return names.some((name) =>
          new RegExp(
            `(?:(?<![\\p{L}-])|(?<=\\p{Ll})(?=\\p{Lu}))${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}-])`,
            'u',
          ).test(body),
        )
          ? [letter.number]
          : [];
      });
      assert.deepEqual(heading.letters, expected, heading.name);
    }
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
