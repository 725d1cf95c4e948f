/**
 * The words the session reads its edition with (`letters.headingWord`, `letters.language`, the
 * `headingWord` and `language` of the edition's metadata, `Edition.metadata`), and re-reading every document when they change.
 */
import { resolveEditionWords, useEditionWords } from '../syntax/vocabulary';
import type { Session } from './session';

/**
 * Applies the session's settings and `edition.json` to the parser. When the words change, every
 * model was parsed with the old ones: they are dropped and every document is parsed again.
 * Returns whether they changed (the caller then republishes).
 */
export async function applyEditionWords(session: Session): Promise<boolean> {
  const words = resolveEditionWords(session.settings, session.workspace.metadata()?.metadata);
  if (!useEditionWords(words)) return false;
  for (const model of session.workspace.all()) {
    session.models.delete(model.uri);
    session.workspace.delete(model.uri);
    session.workspace.set(model.uri, model.version, model.text);
  }
  for (const document of session.documents.all()) session.modelOf(document.uri);
  return true;
}
