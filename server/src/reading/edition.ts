import type { Edition } from '../analysis/edition';
import type { RegisterEntry } from '../analysis/registers/kind';
import type { AnnotationOptions } from './annotations';
import type { EditionWords } from '../syntax/vocabulary';
import { readLetters, type ReadLetter } from './letters';

/** The entries of one register kind of the workspace (every file of that kind together). */
export interface EditionRegister {
  /** The kind's name (`persons`, `places`, ...): the `register` of its `mention` annotations. */
  readonly name: string;
  /** Its word for one entry (`person`). */
  readonly singular: string;
  /** The entries; of the kind's own type (`Person` for `persons`, `Place` for `places`, ...). */
  readonly entries: readonly RegisterEntry[];
}

/** The edition as its writers (TEI, CMIF) see it: every document in edition order, and the registers. */
export interface ReadEdition {
  /** The edition's words: its heading word, the language of its dates. */
  readonly words: EditionWords;
  readonly documents: readonly { readonly text: string; readonly letters: readonly ReadLetter[] }[];
  /** Every kind of `REGISTER_KINDS`, in that order (persons first). */
  readonly registers: readonly EditionRegister[];
}

/** Reads the workspace's documents, their annotations and its registers. */
export function readEdition(workspace: Edition, options: AnnotationOptions = {}): ReadEdition {
  return {
    words: workspace.words,
    registers: [
      ...workspace.registers.kinds.map((index) => ({
        name: index.kind.name,
        singular: index.kind.singular,
        entries: index.entries,
      })),
    ],
    documents: workspace.edition().map((model) => ({
      text: model.text,
      letters: readLetters(model, workspace, options),
    })),
  };
}
