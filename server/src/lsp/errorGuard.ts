/**
 * The error guard around every handler: a failure is logged and the client gets a fallback
 * answer, so one bad request or notification never takes the server down.
 */

/** Where failures are reported (the connection's console). */
export type ErrorLog = (message: string) => void;

/** Guards handlers, synchronous and asynchronous, with one log. */
export class ErrorGuard {
  constructor(private readonly log: ErrorLog) {}

  /** Runs `work`; on an exception logs it and returns `fallback`. */
  run<T>(name: string, fallback: T, work: () => T): T {
    try {
      return work();
    } catch (error) {
      this.report(name, error);
      return fallback;
    }
  }

  /** Runs asynchronous `work`; a rejection is logged and answered with `fallback`. */
  async runAsync<T>(name: string, fallback: T, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      this.report(name, error);
      return fallback;
    }
  }

  /**
   * A notification handler that never throws nor leaves a rejected promise behind (the library
   * does not await notification handlers, so their rejections would otherwise go unhandled).
   */
  notification<P>(name: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
    return (params) => void this.runAsync(name, undefined, async () => handler(params));
  }

  /** Logs a failure with its stack. */
  report(name: string, error: unknown): void {
    this.log(`${name} failed: ${describeError(error)}`);
  }
}

/** An error's stack, or its message, or its string form. */
export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
