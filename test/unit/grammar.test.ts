import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

const ROOT = path.join(__dirname, '..', '..');

/** Loads the extension's TextMate grammar with the same engine VS Code uses. */
async function loadGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(path.join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => {
      const file = path.join(ROOT, 'syntaxes', 'letters.tmLanguage.json');
      return parseRawGrammar(readFileSync(file, 'utf8'), file);
    },
  });
  const grammar = await registry.loadGrammar('text.letters');
  assert.ok(grammar);
  return grammar;
}

/** The scopes of the token that covers `needle` in `line`. */
function scopesOf(grammar: IGrammar, line: string, needle: string): string[] {
  const at = line.indexOf(needle);
  assert.ok(at >= 0, `${needle} is in the line`);
  const { tokens } = grammar.tokenizeLine(line, INITIAL);
  const token = tokens.find((candidate) => candidate.startIndex <= at && at < candidate.endIndex);
  return token?.scopes ?? [];
}

describe('TextMate grammar', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  const cases: [string, string, string][] = [
    ['Letter 15', '15', 'entity.name.section.letters'],
    ['Letter 15', 'Letter', 'markup.heading.letter.letters'],
    // The grammar cannot read letters.headingWord: it knows the heading words of the built-in languages and `No.`.
    ['Brief 15', '15', 'entity.name.section.letters'],
    ['Lettre 15', 'Lettre', 'markup.heading.letter.letters'],
    ['\u041F\u0438\u0441\u044C\u043C\u043E 15', '15', 'entity.name.section.letters'],
    ['No.\u00A015', '15', 'entity.name.section.letters'],
    ['[24 May 1926]', '24 May', 'constant.other.date.letters'],
    ['2.\u00A0\u00A0 In the spring of 1926', '2', 'constant.numeric.note-number.letters'],
    ['1)              You must remind Bukharin', '1', 'markup.list.numbered.letters'],
    ['Berlin (for a rendevous?).2 Interesting.', '2', 'constant.numeric.marker.letters'],
    ['and not Grisha [Zinoviev], who', 'Zinoviev', 'meta.insertion.editorial.letters'],
    ['1. RTsKhIDNI f. 558, op. 1, d. 3263, l. 1.', 'RTsKhIDNI', 'string.other.citation.letters'],
  ];
  for (const [line, needle, scope] of cases) {
    it(`gives "${needle}" in "${line.slice(0, 30)}" the scope ${scope}`, () => {
      const scopes = scopesOf(grammar, line, needle);
      assert.ok(scopes.includes(scope), scopes.join(', '));
    });
  }

  it('does not take a heading word glued to its number, or another word, for a heading', () => {
    for (const line of ['Letter15', 'Letters 15', 'Nox 15'])
      assert.ok(!scopesOf(grammar, line, '15').includes('markup.heading.letter.letters'), line);
  });

  it('does not colour dates, quantities or list numbers as markers', () => {
    for (const [line, needle] of [
      ['returned to Sochi today, 15 June.', '15'],
      ['promised 1 million dollars', '1'],
      ['Sochi, 6/25/26', '25'],
    ] as const) {
      assert.ok(
        !scopesOf(grammar, line, needle).includes('constant.numeric.marker.letters'),
        `${needle} in ${line}`,
      );
    }
  });
});
