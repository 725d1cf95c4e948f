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
  type ProgressToken,
  type ServerCapabilities,
  type WorkDoneProgressBegin,
  type WorkDoneProgressEnd,
  type WorkDoneProgressReport,
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
  /** The work-done progresses the server created and has not ended, with their titles once begun. */
  private readonly progressUnderWay = new Map<ProgressToken, string>();
  /** How many work-done progresses the server has ended. */
  private progressEnded = 0;
  /** When the last progress was created, begun, reported or ended (`process.hrtime.bigint()`). */
  private lastProgressAt = process.hrtime.bigint();
  /** Called at the next progress event (each called once). */
  private progressListeners: (() => void)[] = [];
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
    // Accepted as VS Code accepts them; only a client that declared `window.workDoneProgress` gets these.
    this.connection.onRequest('window/workDoneProgress/create', (params: { token: ProgressToken }) => {
      this.progressUnderWay.set(params.token, '');
      this.progressChanged();
      return null;
    });
    this.connection.onNotification(
      '$/progress',
      (params: {
        token: ProgressToken;
        value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;
      }) => {
        if (!this.progressUnderWay.has(params.token)) return;
        if (params.value.kind === 'begin') this.progressUnderWay.set(params.token, params.value.title);
        if (params.value.kind === 'end') {
          this.progressUnderWay.delete(params.token);
          this.progressEnded += 1;
        }
        this.progressChanged();
      },
    );
    this.connection.listen();
  }

  /** Starts `node <args>` and completes the initialize handshake. */
  static async start(args: string[], rootUri: string, options: SessionOptions = {}): Promise<Session> {
    const { initializationOptions, setup, workDoneProgress = false } = options;
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
        ...(workDoneProgress ? { window: { workDoneProgress: true } } : {}),
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

  /**
   * Resolves once the server's work is over: at least `progressEnds` work-done progresses have
   * ended, none is under way, and then neither a publish nor a progress event has arrived for
   * `quietMs` (the publishes that follow the end of the work). Rejects after `timeoutMs`, saying
   * what was still under way.
   */
  async settled(quietMs: number, progressEnds: number, timeoutMs: number): Promise<void> {
    const deadline = process.hrtime.bigint() + BigInt(timeoutMs) * 1_000_000n;
    for (;;) {
      const now = process.hrtime.bigint();
      const last = this.lastPublishAt > this.lastProgressAt ? this.lastPublishAt : this.lastProgressAt;
      const since = Number(now - last) / 1e6;
      const idle = this.progressUnderWay.size === 0 && this.progressEnded >= progressEnds;
      if (idle && since >= quietMs) return;
      if (now >= deadline) {
        const titles = [...this.progressUnderWay.values()].map((title) => `"${title || 'not begun'}"`);
        throw new Error(
          `the server had not settled after ${timeoutMs / 1000} s: ${this.progressEnded} of at least ` +
            `${progressEnds} progresses ended, under way: ${titles.join(', ') || 'none'}, ` +
            `last publish or progress ${Math.round(since)} ms ago`,
        );
      }
      const left = Number(deadline - now) / 1e6;
      await this.nextProgressEvent(Math.min(idle ? quietMs - since : left, left));
    }
  }

  /** Resolves at the next progress event, or after `ms`. */
  private nextProgressEvent(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.progressListeners = this.progressListeners.filter((listener) => listener !== done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.progressListeners.push(done);
    });
  }

  private progressChanged(): void {
    this.lastProgressAt = process.hrtime.bigint();
    const listeners = this.progressListeners;
    this.progressListeners = [];
    for (const listener of listeners) listener();
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

/** How {@link Session.start} sets up the client. */
export interface SessionOptions {
  /** `initializationOptions` of `initialize`. */
  initializationOptions?: unknown;
  /** Registers the client's handlers of the server's own requests, before `initialize` is sent. */
  setup?: (session: Session) => void;
  /** Declare `window.workDoneProgress`, as VS Code does (the server may then report its long work). */
  workDoneProgress?: boolean;
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
