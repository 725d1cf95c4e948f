import assert from 'node:assert/strict';
import { Emitter, type Message, type MessageWriter } from 'vscode-languageserver/node';
import { PendingReplies } from '../../server/src/lsp/session';
import { forEachInSlices, nextTurn, type Urgent } from '../../server/src/lsp/slices';
import { RepliesFirstWriter } from '../../server/src/lsp/transport';

/** A writer whose writes end when the test says so, as a pipe's do when the client reads them. */
class FakeWriter implements MessageWriter {
  readonly written: Message[] = [];
  private readonly ends: (() => void)[] = [];
  readonly onError = new Emitter<[Error, Message | undefined, number | undefined]>().event;
  readonly onClose = new Emitter<void>().event;

  write(message: Message): Promise<void> {
    return new Promise((resolve) =>
      this.ends.push(() => {
        this.written.push(message);
        resolve();
      }),
    );
  }

  /** The client read everything given so far. */
  drain(): void {
    for (const end of this.ends.splice(0)) end();
  }

  end(): void {}
  dispose(): void {}
}

const reply = (id: number): Message => ({ jsonrpc: '2.0', id, result: [] }) as Message;
const notification: Message = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics' } as Message;

/** A session's replies over a fake connection writer, and the wait of background slices on them. */
function setUp() {
  const replies = new PendingReplies();
  const fake = new FakeWriter();
  const writer = new RepliesFirstWriter(fake, (written) => replies.replying(written));
  const urgent: Urgent = () => replies.urgent();
  return { replies, fake, writer, urgent };
}

async function turns(count: number): Promise<void> {
  for (let index = 0; index < count; index++) await nextTurn();
}

describe('replies before background work', () => {
  it('runs no background slice while a reply is being written', async () => {
    const { replies, fake, writer, urgent } = setUp();
    const order: string[] = [];
    replies.begin();
    const pass = forEachInSlices(
      [1, 2, 3],
      (item) => order.push(`slice ${item}`),
      () => true,
      urgent,
      0,
    );
    await turns(3);
    order.push('answered');
    // The handler returns; the connection hands its reply to the writer a few reactions later.
    replies.end();
    await Promise.resolve();
    void writer.write(reply(1));
    // The client reads a large reply slowly: many turns go by.
    await turns(10);
    order.push('written');
    fake.drain();
    await pass;
    assert.deepEqual(order, ['slice 1', 'answered', 'written', 'slice 2', 'slice 3']);
  });

  it('does not let a slice in between a handler’s end and its reply reaching the writer', async () => {
    const { replies, fake, writer, urgent } = setUp();
    const order: string[] = [];
    replies.begin();
    const pass = forEachInSlices(
      [1, 2],
      (item) => order.push(`slice ${item}`),
      () => true,
      urgent,
      0,
    );
    await nextTurn();
    // As the connection does: the handler's promise resolves, then the reply is written.
    replies.end();
    void Promise.resolve()
      .then(() => undefined)
      .then(() => writer.write(reply(1)));
    await turns(5);
    order.push('written');
    fake.drain();
    await pass;
    assert.deepEqual(order, ['slice 1', 'written', 'slice 2']);
  });

  it('waits for the last of several replies, and not for notifications', async () => {
    const { replies, fake, writer } = setUp();
    void writer.write(notification);
    assert.equal(replies.busy, false, 'a notification (the slices’ own diagnostics) holds nothing back');
    fake.drain();
    let done = false;
    void writer.write(reply(1));
    void writer.write(reply(2));
    const after = replies.written().then(() => (done = true));
    await turns(3);
    assert.equal(done, false);
    fake.drain();
    await after;
    assert.deepEqual(
      fake.written.map((message) =>
        'id' in message ? message.id : 'method' in message ? message.method : '',
      ),
      ['textDocument/publishDiagnostics', 1, 2],
    );
  });

  it('writes a reply before the background messages queued ahead of it, keeping their order', async () => {
    const { fake, writer } = setUp();
    const diagnostics = (uri: string): Message =>
      ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri } }) as Message;
    const sent = ['a', 'b', 'c'].map((uri) => writer.write(diagnostics(uri)));
    await turns(2);
    assert.equal(writer.pending, true, 'messages held');
    void writer.write(reply(7));
    for (let read = 0; read < 5; read++) {
      fake.drain();
      await turns(2);
    }
    await Promise.all(sent);
    await writer.written();
    assert.equal(writer.pending, false, 'every message written');
    const order = fake.written.map((message) =>
      'id' in message
        ? `reply ${String(message.id)}`
        : ((message as { params?: { uri: string } }).params?.uri ?? ''),
    );
    // `a` was being written when the reply came; `b` and `c` waited.
    assert.deepEqual(order, ['a', 'reply 7', 'b', 'c']);
  });

  it('writes an open document’s diagnostics before the held ones, and background work waits for them', async () => {
    const { fake, writer, urgent } = setUp();
    const publish = (uri: string, version?: number): Message =>
      ({
        jsonrpc: '2.0',
        method: 'textDocument/publishDiagnostics',
        params: { uri, version, diagnostics: [] },
      }) as Message;
    const held = ['side.json', 'b', 'c'].map((uri) => writer.write(publish(uri)));
    await turns(1);
    void writer.write(publish('open.letters', 4));
    const order: string[] = [];
    const pass = forEachInSlices(
      [1, 2],
      (item) => order.push(`slice ${item}`),
      () => true,
      urgent,
      0,
    );
    await turns(5);
    assert.deepEqual(order, ['slice 1'], 'no slice while the open document’s diagnostics are being written');
    fake.drain();
    await turns(1);
    order.push('written');
    for (let read = 0; read < 5; read++) {
      fake.drain();
      await turns(2);
    }
    await Promise.all(held);
    await pass;
    assert.deepEqual(order, ['slice 1', 'written', 'slice 2']);
    const uris = fake.written.map(
      (message) => (message as unknown as { params: { uri: string } }).params.uri,
    );
    // `side.json` was being written when the open document's came; `b` and `c` waited.
    assert.deepEqual(uris, ['side.json', 'open.letters', 'b', 'c']);
  });

  it('drops the held diagnostics of a document that newer ones replace', async () => {
    const { fake, writer } = setUp();
    const publish = (uri: string, code: string, version?: number): Message =>
      ({
        jsonrpc: '2.0',
        method: 'textDocument/publishDiagnostics',
        params: { uri, version, diagnostics: [{ code }] },
      }) as Message;
    const sent = [
      writer.write(publish('a', 'first')),
      writer.write(publish('b', 'old')),
      writer.write(publish('c', 'kept')),
      writer.write(publish('b', 'new')),
      writer.write(publish('c', 'open', 2)),
    ];
    for (let read = 0; read < 5; read++) {
      fake.drain();
      await turns(2);
    }
    await Promise.all(sent);
    const written = fake.written.map((message) => {
      const { uri, diagnostics } = (
        message as unknown as { params: { uri: string; diagnostics: { code: string }[] } }
      ).params;
      return `${uri} ${diagnostics[0]?.code ?? ''}`;
    });
    assert.deepEqual(written, ['a first', 'c open', 'b new']);
  });

  it('lets a message that came in reach its handler before the next slice', async () => {
    const { replies, urgent } = setUp();
    const order: string[] = [];
    const pass = forEachInSlices(
      [1, 2, 3],
      (item) => {
        order.push(`slice ${item}`);
        if (item !== 1) return;
        // A request's bytes come in during the first slice; the library reads them on one turn and
        // hands the message from its queue to the handler on the next, which begins to answer.
        replies.arrived();
        setImmediate(() =>
          setImmediate(() => {
            order.push('handler');
            replies.begin();
            setImmediate(() => {
              replies.end();
              order.push('answered');
            });
          }),
        );
      },
      () => true,
      urgent,
      0,
    );
    await pass;
    assert.deepEqual(order, ['slice 1', 'handler', 'answered', 'slice 2', 'slice 3']);
  });

  it('lets work go on at once when nothing is being answered or written', async () => {
    const replies = new PendingReplies();
    let done = false;
    void replies.written().then(() => (done = true));
    await Promise.resolve();
    assert.equal(done, true);
  });

  it('lets work go on when a reply could not be written (the client went away)', async () => {
    const replies = new PendingReplies();
    replies.replying(Promise.reject(new Error('EPIPE')));
    await replies.written();
    assert.equal(replies.busy, false);
  });
});
