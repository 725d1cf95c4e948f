import assert from 'node:assert/strict';
import { DocumentModel } from '../../server/src/analysis/model';
import { Edition } from '../../server/src/analysis/edition';
import { DEFAULT_SETTINGS } from '../../server/src/analysis/settings';
import { documentProblems } from '../../server/src/topics/diagnose';
import { prepareTextDamage, textDamageStale } from '../../server/src/topics/textDamage/editionCheck';
import { countWords, wordCountTable, wordKey } from '../../server/src/topics/textDamage/wordCounts';
import { PassAnswers, TableReading } from '../../server/src/topics/textDamage/countQuestions';
import { knownWords } from '../../server/src/topics/textDamage/knownWords';
import { loadEnglishDictionary } from '../../server/src/topics/textDamage/englishDictionary';
import { parseWordList } from '../../server/src/analysis/wordLists';
import { safeFixes } from '../../server/src/features/fixAll';
import { lines } from '../fixture';

before(async () => {
  await loadEnglishDictionary();
});

/** The text-damage findings of a document of `workspace`, as `code word`. */
function damage(workspace: Edition, uri: string): string[] {
  const model = workspace.get(uri);
  assert.ok(model);
  return documentProblems(model, workspace)
    .filter((problem) => problem.code.startsWith('text.'))
    .map((problem) => `${problem.code} ${model.text.slice(problem.span.start, problem.span.end)}`);
}

const letter = (number: number, body: string) => lines(`Letter ${number}`, `[${number} May 1926]`, body, '');

describe('text damage over the edition', () => {
  it('weighs a word by English first: a letter alone gets what it gets in the whole edition', () => {
    const workspace = new Edition();
    workspace.set('file:///a.letters', 1, letter(1, 'Then ourworkers went home.'));
    assert.deepEqual(damage(workspace, 'file:///a.letters'), ['text.runTogether ourworkers']);
    workspace.set('file:///b.letters', 1, letter(2, 'Our workers struck; the workers won.'));
    assert.deepEqual(damage(workspace, 'file:///a.letters'), ['text.runTogether ourworkers']);
  });

  it('weighs a word English rarely uses by the whole edition: the other file makes a split certain', () => {
    const workspace = new Edition();
    workspace.set('file:///a.letters', 1, letter(1, 'Then theplenum met.'));
    assert.deepEqual(damage(workspace, 'file:///a.letters'), ['text.runTogetherUncertain theplenum']);
    workspace.set('file:///b.letters', 1, letter(2, 'The plenum opened; the plenum closed.'));
    assert.deepEqual(damage(workspace, 'file:///a.letters'), ['text.runTogether theplenum']);
    // The cached letter of a.letters is checked again when b.letters goes.
    workspace.delete('file:///b.letters');
    assert.deepEqual(damage(workspace, 'file:///a.letters'), ['text.runTogetherUncertain theplenum']);
  });

  it('logs the counts each update changes, so a cached letter knows whether it still holds', () => {
    const workspace = new Edition();
    const first = workspace.set('file:///a.letters', 1, letter(1, 'Our workers won.'));
    const table = wordCountTable(workspace, first);
    const revision = table.revision;
    const second = workspace.set('file:///a.letters', 2, letter(1, 'Our workers won again.'));
    wordCountTable(workspace, second);
    assert.deepEqual([...(table.changedSince(revision) ?? [])], [wordKey('again')]);
    assert.deepEqual([...(table.changedSince(table.revision) ?? [])], []);
    assert.equal(table.changedSince(-5), undefined, 'too old to tell');
  });

  it('counts register names and the word list as known words, and offers to add a word to the list', () => {
    const workspace = new Edition();
    const body = 'Then theplenum of the party was raised.';
    workspace.set('file:///ed/a.letters', 1, letter(1, body));
    assert.deepEqual(damage(workspace, 'file:///ed/a.letters'), ['text.runTogetherUncertain theplenum']);
    workspace.registers.set(
      'file:///ed/a.terms.json',
      JSON.stringify({ terms: [{ id: 'partmax', name: 'Party maximum', aliases: ['theplenum'] }] }),
    );
    assert.deepEqual(damage(workspace, 'file:///ed/a.letters'), []);
    workspace.registers.delete('file:///ed/a.terms.json');
    const lists = workspace.wordLists;
    lists.set('file:///ed/a.words.txt', '# ours\nNarkomindel');
    const model = workspace.get('file:///ed/a.letters') as DocumentModel;
    const [finding] = documentProblems(model, workspace);
    assert.deepEqual(finding?.fixes.at(-1), {
      title: "Add ‘theplenum’ to the edition's words",
      uri: 'file:///ed/a.words.txt',
      replacements: [{ span: { start: 18, end: 18 }, newText: '\ntheplenum\n' }],
      preferred: false,
    });
    lists.set('file:///ed/a.words.txt', '# ours\nNarkomindel\nThePlenum\n');
    assert.deepEqual(damage(workspace, 'file:///ed/a.letters'), []);
  });

  it('keeps the known words while the registers are unchanged, whichever feature reads them first', () => {
    // A late update of the names the person registers claim once rebuilt every kind's entries on
    // the first edit after a hover or the Registers view, and so re-checked every letter's text damage.
    const workspace = new Edition();
    workspace.registers.set(
      'file:///ed/a.places.json',
      JSON.stringify({ places: [{ id: 'spb', name: 'Saint Petersburg', aliases: ['Peter'] }] }),
    );
    workspace.registers.set(
      'file:///ed/a.persons.json',
      JSON.stringify({ persons: [{ id: 'p', name: 'Peter' }] }),
    );
    const model = workspace.set('file:///ed/a.letters', 1, letter(1, 'Peter went to Saint Petersburg.'));
    const before = knownWords(workspace);
    workspace.registers.mentions(model);
    documentProblems(model, workspace);
    assert.equal(knownWords(workspace), before);
    workspace.registers.set(
      'file:///ed/a.persons.json',
      JSON.stringify({ persons: [{ id: 'q', name: 'Quentin' }] }),
    );
    assert.notEqual(knownWords(workspace), before);
    assert.ok(knownWords(workspace).words.has('quentin'));
  });

  it('checks again after a register change only the letters that hold a word of a changed name', () => {
    const workspace = new Edition();
    const text = [letter(1, 'Then theplenum met.'), letter(2, 'Then ourworkers went home.')].join('');
    const model = workspace.set('file:///ed/a.letters', 1, text);
    const context = { model, workspace, settings: DEFAULT_SETTINGS };
    assert.deepEqual(damage(workspace, 'file:///ed/a.letters'), [
      'text.runTogetherUncertain theplenum',
      'text.runTogether ourworkers',
    ]);
    const persons = (names: string[]) =>
      workspace.registers.set(
        'file:///ed/a.persons.json',
        JSON.stringify({ persons: names.map((name, index) => ({ id: `p${index}`, name })) }),
      );
    persons(['Quentin Durward']);
    assert.equal(textDamageStale(context), false, 'no letter names Quentin Durward');
    assert.equal(damage(workspace, 'file:///ed/a.letters').length, 2);
    persons(['Quentin Durward', 'Theplenum']);
    assert.equal(textDamageStale(context), true, 'letter 1 holds theplenum');
    assert.deepEqual(damage(workspace, 'file:///ed/a.letters'), ['text.runTogether ourworkers']);
    // Two changes later, without a look in between, every letter is checked again.
    persons(['Quentin Durward']);
    persons(['Ivanhoe']);
    assert.equal(textDamageStale(context), true);
    assert.deepEqual(damage(workspace, 'file:///ed/a.letters'), [
      'text.runTogetherUncertain theplenum',
      'text.runTogether ourworkers',
    ]);
  });

  it('checks ahead one letter at least per slice, until every letter is checked', () => {
    const text = [
      letter(1, 'Then ourworkers went.'),
      letter(2, 'Our workers and our workers.'),
      letter(3, 'Uglanov andYagoda.'),
    ].join('');
    const workspace = new Edition();
    const model = workspace.set('file:///ed/a.letters', 1, text);
    const context = { model, workspace, settings: DEFAULT_SETTINGS };
    // A deadline already past: each call checks one letter.
    assert.deepEqual(
      [1, 2, 3].map(() => prepareTextDamage(context, 0)),
      [false, false, true],
    );
    assert.deepEqual(damage(workspace, 'file:///ed/a.letters'), [
      'text.runTogether ourworkers',
      'text.runTogether andYagoda',
    ]);
  });

  it('holds a check while the answers it read hold, whatever happened to the counts behind them', () => {
    const reading = new TableReading();
    const pass = new PassAnswers(() => countWords('the the the the workers, our workers'));
    const asked = pass.recording(reading);
    assert.equal(asked.usedTwice('the'), true);
    assert.equal(asked.usedTwice('orkers'), false);
    assert.ok(reading.read(wordKey('the')) && reading.read(wordKey('orkers')) && !reading.read(wordKey('a')));
    const changed = [wordKey('the'), wordKey('thxe'), wordKey('ourw'), wordKey('orkers')];
    // Typing in `the` changes its count, not whether it is used twice.
    assert.ok(reading.stillAnswered(countWords('the the thxe the workers, our workers'), changed));
    assert.ok(!reading.stillAnswered(countWords('the thxe thxe thxe workers, our workers'), changed));
    const splitsChanged = countWords('the the the the workers, ourw orkers ourw orkers');
    assert.ok(!reading.stillAnswered(splitsChanged, changed));
    assert.ok(!reading.stillAnswered(splitsChanged, undefined));
    // Only the questions that read a changed count are asked again.
    assert.ok(reading.stillAnswered(splitsChanged, [wordKey('the')]));
  });

  it('reads a word list: one word per line, comments and blank lines skipped, other lines reported', () => {
    const list = parseWordList(
      'file:///a.words.txt',
      '# comment\r\n\r\nso-called\n  d’Abernon \nU.S.\ntwo words\n1926\n',
    );
    assert.deepEqual([...list.words], ['so-called', 'd’abernon', 'u.s.']);
    assert.deepEqual(
      list.problems.map((problem) => [problem.code, list.text.slice(problem.span.start, problem.span.end)]),
      [
        ['words.entry', 'two words'],
        ['words.entry', '1926'],
      ],
    );
  });

  it('fixes all: only the one preferred fix of text damage, never an uncertain or overlapping one', () => {
    const workspace = new Edition();
    const text = lines(
      'Letter 1',
      '[1 May 1926]',
      'Our workers struck; the workers won, and our workers stayed; ourworkers went home with Uglanov andYagoda.',
      'There, the solution: the resolution passed there, a resolution; theresolution was a solution.',
      '',
    );
    const model = workspace.set('file:///a.letters', 1, text);
    const fixes = safeFixes(documentProblems(model, workspace), DEFAULT_SETTINGS);
    assert.deepEqual(
      fixes.map((fix) =>
        fix.replacements.map((one) => `${text.slice(one.span.start, one.span.end)}→${one.newText}`),
      ),
      [['ourworkers→our workers'], ['→ ']],
    );
    const off = {
      ...DEFAULT_SETTINGS,
      diagnostics: { ...DEFAULT_SETTINGS.diagnostics, 'text.runTogether': 'off' as const },
    };
    assert.deepEqual(safeFixes(documentProblems(model, workspace), off), []);
  });
});
