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
  if (!belongsToEdition(model.uri)) return [...(sequenceProblems([model]).get(model.uri) ?? [])];
  if (workspace.get(model.uri) === model) return [...(editionSequence(workspace).get(model.uri) ?? [])];
  const documents = workspace
    .all()
    .filter((document) => belongsToEdition(document.uri) && document.uri !== model.uri);
  return [...(sequenceProblems([...documents, model]).get(model.uri) ?? [])];
}

/**
 * Cache keyed by edition: the problems of every file of it, by URI, from one walk of all its
 * letters, kept while no document changes (`Edition.revision`). Each file's check walked every
 * letter of the edition, so a pass over every file walked them as many times as there are files
 * (300 files: 1.8 million letters and as many objects a pass).
 */
const editions = new WeakMap<Edition, { revision: number; problems: ReadonlyMap<string, Problem[]> }>();

function editionSequence(workspace: Edition): ReadonlyMap<string, Problem[]> {
  const kept = editions.get(workspace);
  if (kept?.revision === workspace.revision) return kept.problems;
  const problems = sequenceProblems(workspace.all().filter((document) => belongsToEdition(document.uri)));
  editions.set(workspace, { revision: workspace.revision, problems });
  return problems;
}

/** The problems of the letters of `documents`, in edition order, by document URI. */
function sequenceProblems(documents: readonly DocumentModel[]): Map<string, Problem[]> {
  const sequence: PlacedLetter[] = inEditionOrder(documents).flatMap((document) =>
    document.letters.map((letter) => ({ model: document, letter })),
  );
  const firstWithNumber = new Map<number, PlacedLetter>();
  const problems = new Map<string, Problem[]>();
  const report = (placed: PlacedLetter, problem: Problem) => {
    const list = problems.get(placed.model.uri);
    if (list) list.push(problem);
    else problems.set(placed.model.uri, [problem]);
  };
  sequence.forEach((placed, index) => {
    const { letter, model } = placed;
    const previous = sequence[index - 1];
    const earlier = firstWithNumber.get(letter.number);
    if (!earlier) firstWithNumber.set(letter.number, placed);
    if (earlier) {
      report(placed, {
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
      report(placed, {
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
