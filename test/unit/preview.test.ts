import assert from 'node:assert/strict';
import { Edition } from '../../server/src/analysis/edition';
import { DEFAULT_SETTINGS } from '../../server/src/analysis/settings';
import { preview } from '../../server/src/features/preview';
import { readLetters } from '../../server/src/reading/letters';
import { renderDocument } from '../../server/src/render/document';
import { lines } from '../fixture';

const PERSONS = 'file:///e/e.persons.json';
const persons = (description: string) =>
  JSON.stringify({ persons: [{ id: 'rykov', name: 'Rykov', description }] });

const TEXT = lines(
  'Letter 1',
  '[1 May 1926]',
  'Rykov left on 3 May.1',
  '',
  '1. Pravda, 4 May 1926.',
  'Letter 2',
  '[2 May 1926]',
  'Rykov came back on 6 May.1',
  '',
  '1. See letter 1, note 1.',
);

/** The preview's HTML of `text` in a new edition whose persons register says `description`. */
function fromScratch(text: string, description: string): string {
  const workspace = new Edition();
  workspace.registers.set(PERSONS, persons(description));
  const model = workspace.set('file:///e/e.letters', 1, text);
  return renderDocument(model.text, readLetters(model, workspace));
}

describe('the preview', () => {
  it('after edits and a register change, reads as a preview of the new text made from scratch', () => {
    const workspace = new Edition();
    workspace.registers.set(PERSONS, persons('Chairman of Sovnarkom'));
    const answer = (version: number, text: string) =>
      preview(workspace.set('file:///e/e.letters', version, text), workspace, [], DEFAULT_SETTINGS).html;
    assert.equal(answer(1, TEXT), fromScratch(TEXT, 'Chairman of Sovnarkom'));
    // A line added to letter 1 moves letter 2, which is not read again, down a line.
    const longer = TEXT.replace('Rykov left on 3 May.1', 'Rykov left\non 3 May.1');
    const moved = answer(2, longer);
    assert.equal(moved, fromScratch(longer, 'Chairman of Sovnarkom'));
    assert.match(moved, /<p class="[^"]*" data-line="8">/);
    // A letter typed into alone is read again; the register's new description reaches every letter.
    const typed = longer.replace('came back', 'came home');
    assert.equal(answer(3, typed), fromScratch(typed, 'Chairman of Sovnarkom'));
    workspace.registers.set(PERSONS, persons('Chairman of the Council of People’s Commissars'));
    const described = answer(4, typed);
    assert.equal(described, fromScratch(typed, 'Chairman of the Council of People’s Commissars'));
    assert.equal(described.match(/Council of People’s Commissars/g)?.length, 2);
  });
});
