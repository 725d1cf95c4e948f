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

/** Whether messages other than replies are still to be written (diagnostics, above all). */
export interface OutputState {
  readonly pending: boolean;
  /** Resolves once every such message given so far is written. */
  written(): Promise<void>;
}

/** What the connection reads from and writes to; `stdio` when the protocol is on standard output. */
export interface Transport {
  /** Standard input is given as a stream: the library then ends the process when the client closes it. */
  readonly input: MessageReader | NodeJS.ReadableStream;
  readonly output: RepliesFirstWriter;
  readonly stdio: boolean;
}

/**
 * Tells a listener of every reply the writer was given, and of every open document's diagnostics
 * (the editor waits for those as for a reply), with the promise of its bytes written.
 */
export type ReplyListener = (written: Promise<void>) => void;

/**
 * The transport `argv` names (validated before by `readServerCommand`), its writer telling
 * `onReply` of every reply (a response to a request) and when its bytes are written.
 */
export function openTransport(argv: readonly string[], onReply: ReplyListener): Transport {
  const value = (name: string) =>
    argv.find((argument) => argument.startsWith(`${name}=`))?.slice(name.length + 1);
  const port = value('--socket');
  const pipe = value('--pipe');
  if (argv.includes('--node-ipc'))
    return {
      input: new IPCMessageReader(process),
      output: new RepliesFirstWriter(new IpcWriter(), onReply),
      stdio: false,
    };
  if (port !== undefined || pipe !== undefined) {
    const [reader, writer] =
      port !== undefined
        ? createServerSocketTransport(Number(port))
        : createServerPipeTransport(pipe as string);
    return { input: reader, output: new RepliesFirstWriter(writer, onReply), stdio: false };
  }
  const output = new RepliesFirstWriter(new StreamMessageWriter(process.stdout), onReply);
  return { input: process.stdin, output, stdio: true };
}

/**
 * Calls `onInput` whenever bytes of the client's messages come in on standard input or Node's IPC
 * channel (the socket and pipe transports are not watched). Called once the connection listens,
 * so that the library's reader is the first to get them.
 */
export function watchInput(transport: Transport, onInput: () => void): void {
  if (transport.stdio) process.stdin.on('data', onInput);
  else if (transport.input instanceof IPCMessageReader) process.on('message', onInput);
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

/** A message held back, with the promise the connection was given for it. */
interface Held {
  readonly message: Message;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * A writer that tells `onReply` of each reply's write and writes replies before the other
 * messages not yet written: those (diagnostics of a republish, above all) are handed to the
 * transport one at a time, in the order given, so a reply waits for the one being written, not
 * for every one queued. No message the server sends belongs before a reply (it uses no partial
 * results, which would). An open document's diagnostics (a publish with the document's version)
 * go first too, and are told like a reply: the user typing waits for them, and each one held
 * behind the side files' and other files' diagnostics waited a turn, so a slice of background
 * work, per message ahead of it. A document's diagnostics replace those of the same document
 * still held, which the client would show only to replace them.
 */
export class RepliesFirstWriter implements MessageWriter, OutputState {
  private readonly held: Held[] = [];
  private feeding = false;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly inner: MessageWriter,
    private readonly onReply: ReplyListener,
  ) {}

  get onError(): MessageWriter['onError'] {
    return this.inner.onError;
  }

  get onClose(): MessageWriter['onClose'] {
    return this.inner.onClose;
  }

  write(message: Message): Promise<void> {
    const uri = diagnosticsUri(message);
    if (uri !== undefined) this.dropHeld(uri);
    if (Message.isResponse(message) || isOpenDocumentDiagnostics(message)) {
      const written = this.inner.write(message);
      this.onReply(written);
      return written;
    }
    const written = new Promise<void>((resolve, reject) => this.held.push({ message, resolve, reject }));
    void this.feed();
    return written;
  }

  get pending(): boolean {
    return this.feeding;
  }

  written(): Promise<void> {
    if (!this.feeding) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  end(): void {
    this.inner.end();
  }

  dispose(): void {
    this.inner.dispose();
  }

  /** Drops the held diagnostics of `uri`: newer ones replace them. */
  private dropHeld(uri: string): void {
    for (let index = this.held.length - 1; index >= 0; index--) {
      const held = this.held[index] as Held;
      if (diagnosticsUri(held.message) !== uri) continue;
      this.held.splice(index, 1);
      held.resolve();
    }
  }

  /** Hands the held messages to the transport, each once the one before is written. */
  private async feed(): Promise<void> {
    if (this.feeding) return;
    this.feeding = true;
    for (let next = this.held.shift(); next; next = this.held.shift()) {
      try {
        await this.inner.write(next.message);
        next.resolve();
      } catch (error) {
        next.reject(error);
      }
    }
    this.feeding = false;
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}

/** The document a `textDocument/publishDiagnostics` notification is about; undefined for other messages. */
function diagnosticsUri(message: Message): string | undefined {
  if (!Message.isNotification(message) || message.method !== 'textDocument/publishDiagnostics')
    return undefined;
  return (message.params as { uri?: string } | undefined)?.uri;
}

/** Diagnostics published with a version: those of a document open in the editor. */
function isOpenDocumentDiagnostics(message: Message): boolean {
  return (
    diagnosticsUri(message) !== undefined &&
    (message as { params?: { version?: number } }).params?.version !== undefined
  );
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
