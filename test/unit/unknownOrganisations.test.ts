import assert from 'node:assert/strict';
import { Edition } from '../../server/src/analysis/edition';
import { unknownOrganisations } from '../../server/src/topics/organisations/unknownOrganisations';

const ORGANISATIONS_URI = 'file:///edition/edition.organisations.json';
const ORGANISATIONS = `{
  "organisations": [
    { "id": "tuc", "name": "Trades Union Congress", "abbreviations": ["TUC"] }
  ]
}`;

/** The abbreviations reported in `text`, with the workspace's registers as given. */
function reported(text: string, organisations: string | null = ORGANISATIONS): string[] {
  const workspace = new Edition();
  if (organisations !== null) workspace.registers.set(ORGANISATIONS_URI, organisations);
  workspace.registers.set(
    'file:///edition/edition.places.json',
    '{ "places": [ { "id": "ussr", "name": "Soviet Union", "aliases": ["USSR"] } ] }',
  );
  workspace.registers.set(
    'file:///edition/edition.persons.json',
    '{ "persons": [ { "id": "yu", "name": "YU" } ] }',
  );
  const model = workspace.set('file:///edition/edition.letters', 0, text);
  return unknownOrganisations(model, workspace).map((problem) =>
    text.slice(problem.span.start, problem.span.end),
  );
}

describe('organisation.unknown', () => {
  it('reports unregistered abbreviations in capitals, possessive ones too, and nothing else', () => {
    const text = [
      'Letter 1',
      '',
      'The NKID and the OGPU’s agents met the TUC in the USSR; YU came too.',
      'At the XIV Congress, as at the II International, nothing; see NKIDreport and A. B. Smith.',
      'PLEASE READ THIS AT ONCE. The word Gosplan is not an abbreviation; nor is ABCDEFGH.',
    ].join('\n');
    assert.deepEqual(reported(text), ['NKID', 'OGPU']);
  });

  it('offers a stub entry in the organisations register', () => {
    const workspace = new Edition();
    workspace.registers.set(ORGANISATIONS_URI, ORGANISATIONS);
    const model = workspace.set('file:///edition/edition.letters', 0, 'Letter 1\n\nThe NKID wrote.\n');
    const [problem] = unknownOrganisations(model, workspace);
    const fix = problem?.fixes[0];
    assert.equal(fix?.uri, ORGANISATIONS_URI);
    const replacement = fix?.replacements[0];
    assert.ok(replacement);
    const edited =
      ORGANISATIONS.slice(0, replacement.span.start) +
      replacement.newText +
      ORGANISATIONS.slice(replacement.span.end);
    assert.deepEqual(JSON.parse(edited).organisations[1], { id: 'nkid', name: 'NKID' });
  });

  it('stays quiet when the workspace keeps no organisations register', () => {
    assert.deepEqual(reported('Letter 1\n\nThe NKID wrote.\n', null), []);
  });

  it("keeps a letter's findings over edits elsewhere, at its new place, until a register names them", () => {
    const workspace = new Edition();
    workspace.registers.set(ORGANISATIONS_URI, ORGANISATIONS);
    const text = (first: string) => `Letter 1\n\n${first}\nLetter 2\n\nThe NKID wrote.\n`;
    const found = (model: ReturnType<Edition['set']>) =>
      unknownOrganisations(model, workspace).map((problem) => [
        model.text.slice(problem.span.start, problem.span.end),
        problem.span.start,
      ]);
    const before = workspace.set('file:///edition/edition.letters', 0, text('Nothing.'));
    assert.deepEqual(found(before), [['NKID', 33]]);
    const after = workspace.set('file:///edition/edition.letters', 1, text('Nothing at all, but the OGPU.'));
    assert.deepEqual(found(after), [
      ['OGPU', 34],
      ['NKID', 54],
    ]);
    workspace.registers.set(
      ORGANISATIONS_URI,
      '{ "organisations": [ { "id": "nkid", "name": "Narkomindel", "abbreviations": ["NKID"] } ] }',
    );
    assert.deepEqual(found(after), [['OGPU', 34]]);
  });
});
