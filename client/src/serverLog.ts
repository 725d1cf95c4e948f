import { window, type OutputChannel } from 'vscode';

/**
 * The language server's output channel, which also keeps the errors the server logged (the
 * client writes them as `[Error - <time>] ...`), so that the real-VS-Code suite can fail a test
 * during which the server logged one, as the protocol tests do.
 */
export class ServerLog {
  readonly channel: OutputChannel;
  private readonly logged: string[] = [];

  constructor(name: string) {
    const channel = window.createOutputChannel(name);
    const errors = this.logged;
    this.channel = new Proxy(channel, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (property !== 'append' && property !== 'appendLine') return value;
        return (text: string) => {
          if (text.includes('[Error')) errors.push(text);
          return (value as (text: string) => void).call(target, text);
        };
      },
    });
  }

  /** The errors logged since the extension started. */
  errors(): readonly string[] {
    return this.logged;
  }
}
