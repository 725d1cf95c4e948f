import type { CrossReferenceSyntax, LetterSyntax, NoteSyntax } from '../../syntax/tree';
import type { DocumentModel } from '../../analysis/model';
import type { Problem } from '../../analysis/problems';
import type { Edition } from '../../analysis/edition';

/** Where a cross-reference leads: the letter (with its document) and the note, when they exist. */
export interface CrossReferenceTarget {
  readonly model: DocumentModel | undefined;
  readonly letter: LetterSyntax | undefined;
  readonly note: NoteSyntax | undefined;
}

/**
 * Resolves a cross-reference written in `from` (a letter of `model`): `see note 3` means the same
 * letter; `see letter 21` looks in this document first, then the rest of the workspace.
 */
export function resolveCrossReference(
  model: DocumentModel,
  from: LetterSyntax,
  reference: CrossReferenceSyntax,
  workspace: Edition,
): CrossReferenceTarget {
  let target: { model: DocumentModel; letter: LetterSyntax } | undefined;
  if (reference.letter === undefined) target = { model, letter: from };
  else {
    const number = reference.letter;
    const documents = [model, ...workspace.all().filter((document) => document.uri !== model.uri)];
    for (const document of documents) {
      const letter = document.letterNumbered(number);
      if (letter) {
        target = { model: document, letter };
        break;
      }
    }
  }
  const note =
    target && reference.note !== undefined
      ? target.letter.notes.find((candidate) => candidate.number === reference.note)
      : undefined;
  return { model: target?.model, letter: target?.letter, note };
}

/** Cross-references to a letter or note that does not exist in the workspace. */
export function crossReferenceProblems(model: DocumentModel, workspace: Edition): Problem[] {
  const problems: Problem[] = [];
  for (const letter of model.letters) {
    for (const reference of letter.crossReferences) {
      const target = resolveCrossReference(model, letter, reference, workspace);
      if (!target.letter) {
        problems.push({
          code: 'xref.broken',
          span: reference.letterSpan ?? reference.span,
          message: `The cross-reference names letter ${reference.letter}, which is not in the edition's files.`,
          related: [],
          fixes: [],
        });
      } else if (reference.note !== undefined && !target.note) {
        const related = target.model === model || !target.model ? {} : { uri: target.model.uri };
        problems.push({
          code: 'xref.broken',
          span: reference.noteSpan ?? reference.span,
          message: `The cross-reference names note ${reference.note} of letter ${target.letter.number}, which has no such note.`,
          related: [{ ...related, span: target.letter.heading, message: `Letter ${target.letter.number}` }],
          fixes: [],
        });
      }
    }
  }
  return problems;
}
