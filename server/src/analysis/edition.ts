import { inEditionOrder } from './editionOrder';
import { DocumentModel } from './model';
import type { RegisterKind } from './registers/kind';
import { REGISTER_KINDS } from './registers/kinds';
import { WorkspaceRegisters } from './registers/workspaceRegisters';

/**
 * The `.letters` documents of the workspace, open or not, each as the model of its latest known
 * text. Pure: the server feeds it from the editor and from disk.
 */
export class Edition {
  private readonly documents = new Map<string, DocumentModel>();
  /** The registers of every kind and the mentions of their entries. */
  readonly registers: WorkspaceRegisters;

  /** @param registerKinds the kinds of register the edition reads (a test may add one) */
  constructor(registerKinds: readonly RegisterKind[] = REGISTER_KINDS) {
    this.registers = new WorkspaceRegisters(registerKinds);
  }

  /** Records a document's text; reuses the model when the version and text are unchanged. */
  set(uri: string, version: number, text: string): DocumentModel {
    const existing = this.documents.get(uri);
    if (existing && existing.version === version && existing.text === text) return existing;
    const model = new DocumentModel(uri, version, text);
    this.documents.set(uri, model);
    return model;
  }

  /** Stores an already built model (the open document's). */
  put(model: DocumentModel): void {
    this.documents.set(model.uri, model);
  }

  get(uri: string): DocumentModel | undefined {
    return this.documents.get(uri);
  }

  delete(uri: string): void {
    this.documents.delete(uri);
  }

  /** All documents, sorted by URI so that results are stable. */
  all(): DocumentModel[] {
    return [...this.documents.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  }

  /**
   * The documents that form the edition, in edition order: the files on disk. An untitled scratch
   * document (a copy being tried out) is checked on its own and takes no part in the sequence,
   * the exports, the website or the register listing.
   */
  edition(): DocumentModel[] {
    return inEditionOrder(this.all().filter((model) => belongsToEdition(model.uri)));
  }
}

/** Whether a document belongs to the edition: a file on disk, not an untitled scratch document. */
export function belongsToEdition(uri: string): boolean {
  return uri.startsWith('file:');
}

/** The file name of a URI, decoded, for messages and labels (`stalin-molotov-1926.letters`). */
export function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
