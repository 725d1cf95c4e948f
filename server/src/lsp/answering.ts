/**
 * When a request is answered: requests on one document as soon as the side files (registers,
 * word lists) are read, requests across the edition once every file is read (each wait bounded,
 * see `Session.whenLoaded`), all inside the error guard.
 */
import type { Position } from 'vscode-languageserver/node';
import type { DocumentModel } from '../analysis/model';
import type { ErrorGuard } from './errorGuard';
import type { Session } from './session';

type PositionParams = { textDocument: { uri: string }; position: { line: number; character: number } };

/** The ways a handler waits for the workspace, over one session. */
export function answering(session: Session, guard: ErrorGuard) {
  /** A request answered once the workspace is read, with `fallback` when anything fails. */
  function answer<T>(name: string, fallback: T, run: () => T): Promise<T> {
    return guard.runAsync(name, fallback, async () => {
      await session.whenLoaded();
      session.replies.begin();
      try {
        return guard.run(name, fallback, run);
      } finally {
        session.replies.end();
      }
    });
  }

  /**
   * A request on the model of an open document; unknown documents get `fallback`. It waits only
   * for the side files (registers, word lists), not for the edition's other letters, which a large
   * edition reads for seconds: an empty answer given before they are read (a cross-reference into
   * a file not read yet) is asked again once they are.
   */
  function onModel<T>(name: string, uri: string, fallback: T, run: (model: DocumentModel) => T): Promise<T> {
    const onDocument = () => {
      const model = session.modelOf(uri);
      return model ? run(model) : fallback;
    };
    return guard.runAsync(name, fallback, async () => {
      session.replies.begin();
      let early: T;
      try {
        await session.whenSideFilesLoaded();
        early = guard.run(name, fallback, onDocument);
      } finally {
        session.replies.end();
      }
      if (session.isLoaded || !isEmptyAnswer(early)) return early;
      await session.whenLoaded();
      return guard.run(name, fallback, onDocument);
    });
  }

  /** A position request on the model of an open document. */
  function atPosition<T>(
    name: string,
    params: PositionParams,
    fallback: T,
    run: (model: DocumentModel, position: Position) => T,
  ): Promise<T> {
    return onModel(name, params.textDocument.uri, fallback, (model) => run(model, params.position));
  }

  /** A position request whose answer reaches into the whole edition: it waits until every file is read. */
  function acrossEdition<T>(
    name: string,
    params: PositionParams,
    fallback: T,
    run: (model: DocumentModel, position: Position) => T,
  ): Promise<T> {
    return answer(name, fallback, () => {
      const model = session.modelOf(params.textDocument.uri);
      return model ? run(model, params.position) : fallback;
    });
  }

  return { answer, onModel, atPosition, acrossEdition };
}

/** An answer that says nothing: `null`, `undefined` or an empty list. */
function isEmptyAnswer(answer: unknown): boolean {
  return answer === null || answer === undefined || (Array.isArray(answer) && answer.length === 0);
}
