/**
 * The LSP lifecycle as message middleware, in front of every handler: a request before
 * `initialize` fails with ServerNotInitialized (−32002) and a notification before it is dropped;
 * a request after `shutdown` fails with InvalidRequest. `exit` always passes (the library exits
 * with 0 after shutdown, 1 otherwise).
 */
import {
  ErrorCodes,
  Message,
  ResponseError,
  type Connection,
  type MessageStrategy,
  type RequestMessage,
} from 'vscode-languageserver/node';

/** The internal method a refused request is redirected to, so that the library sends the error reply. */
const REFUSED = '$/letters/refusedByLifecycle';

interface Refusal {
  readonly code: number;
  readonly message: string;
}

type Phase = 'waiting' | 'running' | 'shutDown';

/** Tracks the lifecycle phase and filters messages by it. */
export class Lifecycle {
  private phase: Phase = 'waiting';

  /** The strategy to pass to `createConnection`: it sees each incoming message before any handler. */
  readonly messageStrategy: MessageStrategy = {
    handleMessage: (message, next) => {
      const passed = this.filter(message);
      if (passed) next(passed);
    },
  };

  /** Installs the handler that answers refused requests with their error. */
  attach(connection: Connection): void {
    connection.onRequest(REFUSED, (refusal: Refusal) => new ResponseError(refusal.code, refusal.message));
  }

  /** The message to dispatch (possibly redirected to a refusal), or undefined to drop it. */
  private filter(message: Message): Message | undefined {
    if (Message.isResponse(message)) return message;
    if (Message.isNotification(message)) {
      if (message.method === 'exit') return message;
      return this.phase === 'waiting' ? undefined : message;
    }
    if (!Message.isRequest(message)) return message;
    if (this.phase === 'waiting') {
      if (message.method !== 'initialize')
        return refuse(message, ErrorCodes.ServerNotInitialized, 'The server has not been initialized.');
      this.phase = 'running';
      return message;
    }
    if (this.phase === 'shutDown')
      return refuse(message, ErrorCodes.InvalidRequest, 'The server has been shut down.');
    if (message.method === 'shutdown') this.phase = 'shutDown';
    return message;
  }
}

/** The request redirected to the refusal handler, which answers it with `code`. */
function refuse(request: RequestMessage, code: number, text: string): RequestMessage {
  const refusal: Refusal = { code, message: `${text} (${request.method})` };
  return { jsonrpc: request.jsonrpc, id: request.id, method: REFUSED, params: refusal };
}
