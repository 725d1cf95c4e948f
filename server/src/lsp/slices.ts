/**
 * Work over every document that runs in slices, between which the server answers the editor's
 * messages: an edit or a hover waits for one slice at most.
 */
import type { Progress } from './clientRequests';
import type { DocumentModel } from '../analysis/model';
import type { Session } from './session';

/**
 * How long one slice of work over every document (checking ahead after the dictionary arrived or
 * a register changed, republishing) may keep the server from the editor's messages: an edit or a
 * hover waits for one slice at most.
 */
const SLICE_MS = 20;

/** Resolves on the event loop's next turn, after the messages that came meanwhile. */
export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * What background work waits for before its next slice, or undefined when nothing: the editor's
 * work (an edited document's diagnostics, a reply still being written) goes first.
 */
export type Urgent = () => Promise<void> | undefined;

/**
 * Resolves on a later turn once nothing `urgent` is due: an edit's diagnostics take a few turns
 * of their own (they wait for the messages that came with the edit), each of which would
 * otherwise let another slice of background work run first.
 */
async function betweenSlices(urgent: Urgent): Promise<void> {
  await nextTurn();
  for (let wait = urgent(); wait; wait = urgent()) await wait;
}

/**
 * Checks ahead, in slices between which the server answers other messages, what every
 * document's next diagnostics need (every letter's text damage after the dictionary arrived or
 * a register changed: seconds for a large edition). The open documents come first, so that an
 * edit meanwhile finds its document's letters checked; a document found ready is not asked again
 * in this pass (asking costs a look at its text and the word table, for hundreds of files at
 * every slice). Edits meanwhile are answered as usual; their letters are checked then, and the
 * rest goes on.
 */
export async function prepareInSlices(session: Session, urgent: Urgent, progress?: Progress): Promise<void> {
  const { service } = session;
  const ready = new WeakSet<DocumentModel>();
  for (;;) {
    const models = openFirst(session);
    const deadline = performance.now() + SLICE_MS;
    const next = models.findIndex((model) => {
      if (ready.has(model)) return false;
      if (!service.prepareProblems(model, deadline)) return true;
      ready.add(model);
      return false;
    });
    if (next < 0) return;
    progress?.report(next, models.length, `${next} of ${models.length} files checked`);
    await betweenSlices(urgent);
  }
}

/**
 * Prepares what requests across the edition need in every document, in slices (the open
 * documents first): the first references request across a large edition otherwise matches
 * places, organisations and terms in every letter while the user waits (about 0.8 s at 300
 * files), and the first workspace-symbols query titles every letter (about 45 ms).
 */
export async function prepareRequestsInSlices(session: Session, urgent: Urgent): Promise<void> {
  for (;;) {
    await betweenSlices(urgent);
    const deadline = performance.now() + SLICE_MS;
    const left = openFirst(session).some((model) => !session.service.prepareRequests(model, deadline));
    if (!left) return;
  }
}

/** Every document of the workspace, the open ones first: what the editor shows is prepared first. */
function openFirst(session: Session): DocumentModel[] {
  const { workspace, documents } = session;
  const all = workspace.all();
  const isOpen = (model: DocumentModel) => documents.get(model.uri) !== undefined;
  return [...all.filter(isOpen), ...all.filter((model) => !isOpen(model))];
}

/**
 * Calls `each` on every item, in slices of `sliceMs` (by default {@link SLICE_MS}; 0 makes every
 * item a slice) with the editor's messages answered between them; stops early, before an item,
 * once `wanted` says the work is no longer wanted (a newer pass replaced it). Resolves true when
 * every item was done.
 */
export async function forEachInSlices<T>(
  items: readonly T[],
  each: (item: T) => void,
  wanted: () => boolean,
  urgent: Urgent,
  sliceMs = SLICE_MS,
): Promise<boolean> {
  let deadline = performance.now() + sliceMs;
  for (const item of items) {
    if (!wanted()) return false;
    each(item);
    if (performance.now() < deadline) continue;
    await betweenSlices(urgent);
    deadline = performance.now() + sliceMs;
  }
  return true;
}
