/**
 * The words the session reads its edition with (`letters.headingWord`, `letters.language`, the
 * `headingWord` and `language` of the edition's metadata, `Edition.metadata`), and re-reading every document when they change.
 */
import { resolveEditionWords } from '../syntax/vocabulary';
import type { Session } from './session';

/**
 * Gives the edition the words of the session's settings and `edition.json`. When they change,
 * every model was read with the old ones: the edition reads its documents again, and the open
 * ones are read again from the editor's text. Returns whether they changed (the caller then
 * republishes).
 */
export async function applyEditionWords(session: Session): Promise<boolean> {
  const words = resolveEditionWords(session.settings, session.workspace.metadata()?.metadata);
  if (!session.workspace.useWords(words)) return false;
  for (const document of session.documents.all()) session.modelOf(document.uri);
  return true;
}
