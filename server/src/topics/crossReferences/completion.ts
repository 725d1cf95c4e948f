import type { DocumentModel } from '../../analysis/model';
import type { Edition } from '../../analysis/edition';
import { letterTitle, summary } from '../../analysis/labels';
import type { Suggestion } from '../topic';

const LETTER_THEN_NOTE =
  /\bsee[ \t\u00A0]+letter[ \t\u00A0]+(\d{1,4}),?[ \t\u00A0]*notes?[ \t\u00A0]*(\d*)$/i;
const NOTE_IN_LETTER =
  /\bsee[ \t\u00A0]+notes?[ \t\u00A0]*(\d*)[ \t\u00A0]+(?:in|of)[ \t\u00A0]+letter[ \t\u00A0]+(\d{0,4})$/i;
const LETTER_ONLY = /\bsee[ \t\u00A0]+letter[ \t\u00A0]+(\d{0,4})$/i;

/**
 * Completion inside cross-references: note numbers of the named letter after
 * `see letter 21, note `, letter numbers after `see letter ` or `see note 2 in letter `.
 */
export function crossReferenceCompletions(
  model: DocumentModel,
  offset: number,
  workspace: Edition,
): Suggestion[] {
  const lineStart = model.lineIndex.offsetAt({ line: model.lineIndex.positionAt(offset).line, character: 0 });
  const before = model.text.slice(Math.max(lineStart, offset - 200), offset);
  const documents = [model, ...workspace.all().filter((document) => document.uri !== model.uri)];
  const noteMatch = LETTER_THEN_NOTE.exec(before);
  if (noteMatch) {
    const number = Number(noteMatch[1]);
    for (const document of documents) {
      const letter = document.letterNumbered(number);
      if (!letter) continue;
      return letter.notes.map((note) => ({
        label: String(note.number),
        kind: 'note',
        detail: `Note ${note.number} of letter ${letter.number}`,
        documentation: summary(document.textOf(note.textSpan), 200),
        sortText: String(note.number).padStart(4, '0'),
      }));
    }
    return [];
  }
  if (LETTER_ONLY.test(before) || NOTE_IN_LETTER.test(before)) {
    return documents.flatMap((document) =>
      document.letters.map((letter) => ({
        label: String(letter.number),
        kind: 'letter',
        detail: letterTitle(document.words, letter),
        sortText: String(letter.number).padStart(6, '0'),
      })),
    );
  }
  return [];
}
