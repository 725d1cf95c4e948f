/**
 * A small LSP client for the benchmark: starts a server over stdio, as VS Code starts a language
 * server, keeps the text of the documents it opened, and times requests and diagnostics.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ServerCapabilities,
} from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/syntax/lineIndex';

/** A running language server and the documents the benchmark opened in it. */
export class Session {
  readonly connection: ProtocolConnection;
  capabilities: ServerCapabilities = {};
  /** Text and version of each open document, as the editor holds them. */
  readonly documents = new Map<string, { text: string; version: number }>();
  /** The last `publishDiagnostics` received for each URI, as the client parsed it. */
  readonly lastPublished = new Map<string, PublishDiagnosticsParams>();
  /** When each `publishDiagnostics` of a URI arrived (`process.hrtime.bigint()`), in order. */
  readonly publishedAt = new Map<string, bigint[]>();
  /** When the last `publishDiagnostics` of any URI arrived (`process.hrtime.bigint()`). */
  private lastPublishAt = process.hrtime.bigint();
  private readonly waiters: {
    accepts: (params: PublishDiagnosticsParams) => boolean;
    resolve: (arrival: Published) => void;
  }[] = [];

  private constructor(readonly child: ChildProcessWithoutNullStreams) {
    this.connection = createProtocolConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      const at = process.hrtime.bigint();
      this.lastPublishAt = at;
      this.lastPublished.set(params.uri, params);
      const arrivals = this.publishedAt.get(params.uri) ?? [];
      arrivals.push(at);
      this.publishedAt.set(params.uri, arrivals);
      for (const waiter of [...this.waiters]) {
        if (waiter.accepts(params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve({ params, at });
        }
      }
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => null),
    );
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  /** Starts `node <args>` and completes the initialize handshake. */
  static async start(
    args: string[],
    rootUri: string,
    initializationOptions?: unknown,
    setup?: (session: Session) => void,
  ): Promise<Session> {
    const child = spawn(process.execPath, args, { stdio: 'pipe' });
    child.stderr.resume();
    const session = new Session(child);
    setup?.(session);
    const result = (await session.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      initializationOptions,
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          diagnostics: { refreshSupport: true },
          symbol: { dynamicRegistration: false },
        },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          diagnostic: { dynamicRegistration: false },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          definition: { linkSupport: true },
          // As vscode-languageclient declares it (the client, not the server, cuts at the limit).
          foldingRange: { rangeLimit: 5000, lineFoldingOnly: true },
        },
      },
    })) as { capabilities: ServerCapabilities };
    session.capabilities = result.capabilities;
    await session.connection.sendNotification('initialized', {});
    return session;
  }

  /** Resolves when diagnostics for `uri` at `version` or later arrive (push model). */
  pushedDiagnostics(uri: string, version: number): Promise<Published> {
    return this.published(
      (params) => params.uri === uri && params.version !== undefined && params.version >= version,
      300_000,
      `no diagnostics for ${uri} v${version} in 5 minutes`,
    );
  }

  /**
   * Resolves with the first `publishDiagnostics` from now on that `accepts`, and when it arrived;
   * rejects with `timeoutMessage` after `timeoutMs`.
   */
  published(
    accepts: (params: PublishDiagnosticsParams) => boolean,
    timeoutMs: number,
    timeoutMessage: string,
  ): Promise<Published> {
    return new Promise((resolve, reject) => {
      const waiter = {
        accepts,
        resolve: (arrival: Published) => {
          clearTimeout(timer);
          resolve(arrival);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(timeoutMessage));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /**
   * Resolves once no `publishDiagnostics` has arrived for `quietMs`: the server's follow-up passes
   * (the workspace pass after an open, a republish) are over.
   */
  async quiet(quietMs: number): Promise<void> {
    for (;;) {
      const since = Number(process.hrtime.bigint() - this.lastPublishAt) / 1e6;
      if (since >= quietMs) return;
      await new Promise((resolve) => setTimeout(resolve, quietMs - since));
    }
  }

  async open(uri: string, languageId: string, text: string): Promise<void> {
    this.documents.set(uri, { text, version: 1 });
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version: 1, text },
    });
  }

  /**
   * Prepares replacing `text[start, end)` with `newText`: the editor's own bookkeeping (positions,
   * new text) happens here, outside the timings; the returned function sends the incremental
   * change and gives the new version.
   */
  prepareEdit(uri: string, start: number, end: number, newText: string): () => Promise<number> {
    const document = this.documents.get(uri)!;
    const lines = new LineIndex(document.text);
    const range = { start: lines.positionAt(start), end: lines.positionAt(end) };
    document.text = document.text.slice(0, start) + newText + document.text.slice(end);
    document.version += 1;
    const version = document.version;
    return async () => {
      await this.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range, text: newText }],
      });
      return version;
    };
  }

  position(uri: string, offset: number): { line: number; character: number } {
    return new LineIndex(this.documents.get(uri)!.text).positionAt(offset);
  }

  /** Peak resident memory of the server process (VmHWM), in bytes. */
  peakMemory(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kilobytes = /VmHWM:\s+(\d+)/.exec(status)?.[1];
    return Number(kilobytes ?? 0) * 1024;
  }

  async stop(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    await this.connection.sendRequest('shutdown').catch(() => undefined);
    await this.connection.sendNotification('exit').catch(() => undefined);
    const timer = setTimeout(() => this.child.kill(), 5000);
    await exited;
    clearTimeout(timer);
    this.connection.dispose();
  }
}

/** A `publishDiagnostics` notification and when it arrived (`process.hrtime.bigint()`). */
export interface Published {
  readonly params: PublishDiagnosticsParams;
  readonly at: bigint;
}

/** Milliseconds taken by `run`. */
export async function time(run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The median of some timings. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
