/**
 * Work over every document that runs in slices, between which the server answers the editor's
 * messages: an edit or a hover waits for one slice at most.
 */
import type { Progress } from './clientRequests';
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
 * Checks ahead, in slices between which the server answers other messages, what every
 * document's next diagnostics need (every letter's text damage after the dictionary arrived or
 * a register changed: seconds for a large edition). Edits meanwhile are answered as usual; their
 * letters are checked then, and the rest goes on.
 */
export async function prepareInSlices(session: Session, progress?: Progress): Promise<void> {
  const { service, workspace } = session;
  for (;;) {
    const models = workspace.all();
    const deadline = performance.now() + SLICE_MS;
    const ready = models.findIndex((model) => !service.prepareProblems(model, deadline));
    if (ready < 0) return;
    progress?.report(ready, models.length, `${ready} of ${models.length} files checked`);
    await nextTurn();
  }
}

/**
 * Calls `each` on every item, in slices of {@link SLICE_MS} with the editor's messages answered
 * between them; stops early, before an item, once `wanted` says the work is no longer wanted (a
 * newer pass replaced it). Resolves true when every item was done.
 */
export async function forEachInSlices<T>(
  items: readonly T[],
  each: (item: T) => void,
  wanted: () => boolean,
): Promise<boolean> {
  let deadline = performance.now() + SLICE_MS;
  for (const item of items) {
    if (!wanted()) return false;
    each(item);
    if (performance.now() < deadline) continue;
    await nextTurn();
    deadline = performance.now() + SLICE_MS;
  }
  return true;
}
