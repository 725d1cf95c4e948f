import type { DocumentModel } from '../../analysis/model';
import type { Problem } from '../../analysis/problems';
import { belongsToEdition, type Edition } from '../../analysis/edition';
import { inEditionOrder } from '../../analysis/editionOrder';

/** A letter of the edition by its place: the document's URI and the letter's index in it. */
interface LetterPlace {
  readonly uri: string;
  readonly index: number;
}

/**
 * A sequence problem found by a walk of the letters, by letter places, so that it can be placed
 * on the documents as they are when asked: the walk reads only the letters' numbers.
 */
interface SequenceFinding {
  readonly index: number;
  readonly message: string;
  readonly related: LetterPlace & { readonly message: string };
}

/**
 * Letters numbered out of sequence across the workspace: the letters of all `.letters` files, in
 * edition order (`inEditionOrder`) and then text order, should count up by one (an untitled
 * document is checked on its own). Reports duplicates (related: the other letter), gaps and steps
 * backwards (related: the previous letter).
 */
export function letterSequenceProblems(model: DocumentModel, workspace: Edition): Problem[] {
  const documentOf = (uri: string) => (uri === model.uri ? model : workspace.get(uri));
  // Files on disk form the edition; an untitled scratch document is checked only on its own.
  if (!belongsToEdition(model.uri)) return placed(sequenceFindings([model]), model, documentOf);
  if (workspace.get(model.uri) === model) return placed(editionFindings(workspace), model, documentOf);
  const others = workspace
    .all()
    .filter((document) => belongsToEdition(document.uri) && document.uri !== model.uri);
  return placed(sequenceFindings(inEditionOrder([...others, model])), model, documentOf);
}

/**
 * Cache keyed by edition: the findings of every file, by URI, from one walk of all its letters,
 * kept while no letter number changes and no file comes or goes (`Edition.numberingRevision`).
 * Each file's check walked every letter of the edition, so a pass over every file walked them as
 * many times as there are files (300 files: 1.8 million letters and as many objects a pass); and
 * a walk after every keystroke was most of an edit's diagnostics in an edition of 300 files.
 */
const editions = new WeakMap<
  Edition,
  { revision: number; findings: ReadonlyMap<string, SequenceFinding[]> }
>();

function editionFindings(workspace: Edition): ReadonlyMap<string, SequenceFinding[]> {
  const kept = editions.get(workspace);
  if (kept?.revision === workspace.numberingRevision) return kept.findings;
  const findings = sequenceFindings(workspace.edition());
  editions.set(workspace, { revision: workspace.numberingRevision, findings });
  return findings;
}

/** The findings of `model`, placed on its letters and on those of the documents `documentOf` gives. */
function placed(
  findings: ReadonlyMap<string, SequenceFinding[]>,
  model: DocumentModel,
  documentOf: (uri: string) => DocumentModel | undefined,
): Problem[] {
  return (findings.get(model.uri) ?? []).flatMap(({ index, message, related }) => {
    const letter = model.letters[index];
    const other = documentOf(related.uri)?.letters[related.index];
    if (!letter || !other) return [];
    const place = { span: other.heading, message: related.message };
    return [
      {
        code: 'letter.sequence',
        span: letter.numberSpan,
        message,
        related: [related.uri === model.uri ? place : { uri: related.uri, ...place }],
        fixes: [],
      },
    ];
  });
}

/** The findings of the letters of `documents`, given in edition order, by document URI. */
function sequenceFindings(documents: readonly DocumentModel[]): Map<string, SequenceFinding[]> {
  const sequence = documents.flatMap((document) =>
    document.letters.map((letter, index) => ({ uri: document.uri, index, number: letter.number })),
  );
  const firstWithNumber = new Map<number, (typeof sequence)[number]>();
  const findings = new Map<string, SequenceFinding[]>();
  const report = (uri: string, finding: SequenceFinding) => {
    const list = findings.get(uri);
    if (list) list.push(finding);
    else findings.set(uri, [finding]);
  };
  sequence.forEach((place, at) => {
    const { number } = place;
    const previous = sequence[at - 1];
    const earlier = firstWithNumber.get(number);
    if (!earlier) firstWithNumber.set(number, place);
    if (earlier) {
      report(place.uri, {
        index: place.index,
        message: `Letter ${number} is numbered like an earlier letter.`,
        related: { uri: earlier.uri, index: earlier.index, message: `The other letter ${number}` },
      });
    } else if (previous && number !== previous.number + 1) {
      const expected = previous.number + 1;
      const message =
        number < previous.number
          ? `Letter ${number} comes after letter ${previous.number}; the numbering goes backwards.`
          : `Letter ${number} follows letter ${previous.number}; ${
              expected === number - 1 ? `letter ${expected} is` : `letters ${expected}\u2013${number - 1} are`
            } missing.`;
      report(place.uri, {
        index: place.index,
        message,
        related: {
          uri: previous.uri,
          index: previous.index,
          message: `The previous letter, ${previous.number}`,
        },
      });
    }
  });
  return findings;
}
