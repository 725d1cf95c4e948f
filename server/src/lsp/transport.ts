/**
 * The connection's transport, chosen from the command line as the language server library
 * chooses it (`--stdio`, `--node-ipc`, `--socket=PORT`, `--pipe=NAME`), with a writer that tells
 * when each reply's bytes are written: background work waits for them (see `PendingReplies`).
 */
import { format } from 'node:util';
import {
  AbstractMessageWriter,
  createServerPipeTransport,
  createServerSocketTransport,
  IPCMessageReader,
  Message,
  StreamMessageWriter,
  type Connection,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';

/** What the connection reads from and writes to; `stdio` when the protocol is on standard output. */
export interface Transport {
  /** Standard input is given as a stream: the library then ends the process when the client closes it. */
  readonly input: MessageReader | NodeJS.ReadableStream;
  readonly output: MessageWriter;
  readonly stdio: boolean;
}

/**
 * Tells a listener of every message the writer was given (`isReply`: a response to a request), and
 * the promise of its bytes written.
 */
export type WriteListener = (isReply: boolean, written: Promise<void>) => void;

/**
 * The transport `argv` names (validated before by `readServerCommand`), its writer telling
 * `onWrite` of every message and when its bytes are written.
 */
export function openTransport(argv: readonly string[], onWrite: WriteListener): Transport {
  const value = (name: string) =>
    argv.find((argument) => argument.startsWith(`${name}=`))?.slice(name.length + 1);
  const port = value('--socket');
  const pipe = value('--pipe');
  if (argv.includes('--node-ipc'))
    return {
      input: new IPCMessageReader(process),
      output: new ObservedWriter(new IpcWriter(), onWrite),
      stdio: false,
    };
  if (port !== undefined || pipe !== undefined) {
    const [reader, writer] =
      port !== undefined
        ? createServerSocketTransport(Number(port))
        : createServerPipeTransport(pipe as string);
    return { input: reader, output: new ObservedWriter(writer, onWrite), stdio: false };
  }
  const output = new ObservedWriter(new StreamMessageWriter(process.stdout), onWrite);
  return { input: process.stdin, output, stdio: true };
}

/**
 * On standard output nothing but the protocol may be written: what a library prints through
 * `console` goes to the client's log (as the language server library does when it opens stdio
 * itself, which it does not when given the streams).
 */
export function consoleToClient(connection: Connection): void {
  const to =
    (write: (text: string) => void) =>
    (...args: unknown[]) =>
      write(format(...args));
  console.log = console.info = to((text) => connection.console.log(text));
  console.debug = to((text) => connection.console.debug(text));
  console.warn = to((text) => connection.console.warn(text));
  console.error = console.trace = to((text) => connection.console.error(text));
}

/** A writer that passes every message on and tells `onWrite` of each write. */
export class ObservedWriter implements MessageWriter {
  constructor(
    private readonly inner: MessageWriter,
    private readonly onWrite: WriteListener,
  ) {}

  get onError(): MessageWriter['onError'] {
    return this.inner.onError;
  }

  get onClose(): MessageWriter['onClose'] {
    return this.inner.onClose;
  }

  write(message: Message): Promise<void> {
    const written = this.inner.write(message);
    this.onWrite(Message.isResponse(message), written);
    return written;
  }

  end(): void {
    this.inner.end();
  }

  dispose(): void {
    this.inner.dispose();
  }
}

/**
 * Node's IPC channel (VS Code's transport) with a write that resolves once the message is
 * written to the channel; the library's resolves at once, which tells nothing.
 */
class IpcWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;

  constructor() {
    super();
    process.on('error', (error) => this.fireError(error));
  }

  write(message: Message): Promise<void> {
    return new Promise((resolve) => {
      const sent = process.send?.(message, undefined, undefined, (error: Error | null) => {
        if (error) this.fireError(error, message, ++this.errors);
        else this.errors = 0;
        resolve();
      });
      // No channel (the parent went away): nothing will be written.
      if (sent === undefined) resolve();
    });
  }

  end(): void {}
}
