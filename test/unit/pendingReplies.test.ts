import assert from 'node:assert/strict';
import { PendingReplies } from '../../server/src/lsp/session';
import { nextTurn } from '../../server/src/lsp/slices';

describe('replies before an opened document’s checks', () => {
  it('lets work wait until the requests being answered have ended and their replies had their turns', async () => {
    const replies = new PendingReplies();
    const order: string[] = [];
    replies.begin();
    const after = replies.written(nextTurn).then(() => order.push('checks'));
    await nextTurn();
    await nextTurn();
    order.push('hover answered');
    replies.end();
    // The connection's writer sends a reply on a later turn than its handler returns.
    setImmediate(() => setImmediate(() => order.push('hover written')));
    await after;
    assert.deepEqual(order, ['hover answered', 'hover written', 'checks']);
  });

  it('lets work go on at once when nothing is being answered', async () => {
    const replies = new PendingReplies();
    let done = false;
    void replies.written(nextTurn).then(() => (done = true));
    await Promise.resolve();
    assert.equal(done, true);
  });
});
