import type { LetterSyntax } from '../../syntax/tree';
import type { DocumentModel } from '../../analysis/model';
import { belongsToEdition, type Edition } from '../../analysis/edition';
import { inEditionOrder } from '../../analysis/editionOrder';

/** A letter with the URI of the document it lives in. */
export interface LetterElsewhere {
  readonly uri: string;
  readonly letter: LetterSyntax;
}

/**
 * The last dated letter of the files that come before `model` in edition order, so that the
 * chronology of a file's first letter is checked against the file before it. Only files on disk
 * form the edition; an untitled document has no predecessor.
 */
export function precedingDatedLetter(model: DocumentModel, workspace: Edition): LetterElsewhere | undefined {
  if (!belongsToEdition(model.uri)) return undefined;
  // The edition's own version of the document: its order is kept while no document changes, so
  // that checking every file does not sort the edition once per file.
  const ordered =
    workspace.get(model.uri) === model
      ? workspace.edition()
      : inEditionOrder([
          ...workspace
            .all()
            .filter((document) => belongsToEdition(document.uri) && document.uri !== model.uri),
          model,
        ]);
  for (const document of ordered.slice(0, ordered.indexOf(model)).reverse()) {
    const dated = [...document.letters]
      .reverse()
      .find((letter) => letter.editorialDate?.value?.date.year !== undefined);
    if (dated) return { uri: document.uri, letter: dated };
  }
  return undefined;
}
