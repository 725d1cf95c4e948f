import type { LetterSyntax } from '../../syntax/tree';
import type { DocumentModel } from '../../analysis/model';
import type { Problem } from '../../analysis/problems';
import { belongsToEdition, type Edition } from '../../analysis/edition';
import { inEditionOrder } from '../../analysis/editionOrder';

/** A letter with the document it lives in. */
interface PlacedLetter {
  readonly model: DocumentModel;
  readonly letter: LetterSyntax;
}

/**
 * Letters numbered out of sequence across the workspace: the letters of all `.letters` files, in
 * edition order (`inEditionOrder`) and then text order, should count up by one (an untitled document is checked
 * on its own). Reports duplicates (related: the
 * other letter), gaps and steps backwards (related: the previous letter).
 */
export function letterSequenceProblems(model: DocumentModel, workspace: Edition): Problem[] {
  // Files on disk form the edition; an untitled scratch document is checked only on its own.
  const documents = belongsToEdition(model.uri)
    ? workspace.all().filter((document) => belongsToEdition(document.uri) && document.uri !== model.uri)
    : [];
  const sequence: PlacedLetter[] = inEditionOrder([...documents, model]).flatMap((document) =>
    document.letters.map((letter) => ({ model: document, letter })),
  );
  const firstWithNumber = new Map<number, PlacedLetter>();
  const problems: Problem[] = [];
  sequence.forEach((placed, index) => {
    const { letter } = placed;
    const previous = sequence[index - 1];
    const earlier = firstWithNumber.get(letter.number);
    if (!earlier) firstWithNumber.set(letter.number, placed);
    if (placed.model !== model) return;
    if (earlier) {
      problems.push({
        code: 'letter.sequence',
        span: letter.numberSpan,
        message: `Letter ${letter.number} is numbered like an earlier letter.`,
        related: [relatedTo(model, earlier, `The other letter ${letter.number}`)],
        fixes: [],
      });
    } else if (previous && letter.number !== previous.letter.number + 1) {
      const expected = previous.letter.number + 1;
      const message =
        letter.number < previous.letter.number
          ? `Letter ${letter.number} comes after letter ${previous.letter.number}; the numbering goes backwards.`
          : `Letter ${letter.number} follows letter ${previous.letter.number}; ${
              expected === letter.number - 1
                ? `letter ${expected} is`
                : `letters ${expected}\u2013${letter.number - 1} are`
            } missing.`;
      problems.push({
        code: 'letter.sequence',
        span: letter.numberSpan,
        message,
        related: [relatedTo(model, previous, `The previous letter, ${previous.letter.number}`)],
        fixes: [],
      });
    }
  });
  return problems;
}

function relatedTo(model: DocumentModel, placed: PlacedLetter, message: string) {
  return placed.model === model
    ? { span: placed.letter.heading, message }
    : { uri: placed.model.uri, span: placed.letter.heading, message };
}
