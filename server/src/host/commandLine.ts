/** How the server was asked to run, from its command-line arguments. */
export type ServerCommand =
  { kind: 'serve' } | { kind: 'help'; text: string } | { kind: 'usage-error'; text: string };

export const SERVER_USAGE = `Usage: node dist/server.js --stdio | --node-ipc | --socket=PORT | --pipe=NAME [--clientProcessId=PID]

The Letters Edition language server. Editors start it with one transport:
  --stdio              speak LSP over standard input and output (Neovim, Helix, Emacs, ...)
  --node-ipc           speak LSP over Node's IPC channel (VS Code)
  --socket=PORT        connect to a socket on PORT
  --pipe=NAME          connect to a named pipe
  --clientProcessId=N  exit when the editor's process N ends
  -h, --help           show this help`;

const TRANSPORTS = [/^--stdio$/, /^--node-ipc$/, /^--socket=\d+$/, /^--pipe=.+$/];
const OTHER_OPTIONS = [/^--clientProcessId=\d+$/];

/**
 * Reads the server's arguments. The language server library would throw a stack trace when no
 * transport is given; a user who types a wrong argument gets this message and exit code 2 instead.
 */
export function readServerCommand(argv: readonly string[]): ServerCommand {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help', text: SERVER_USAGE };
  const unknown = argv.filter(
    (argument) => ![...TRANSPORTS, ...OTHER_OPTIONS].some((pattern) => pattern.test(argument)),
  );
  if (unknown.length > 0)
    return { kind: 'usage-error', text: `letters server: unknown argument ${unknown[0]}\n\n${SERVER_USAGE}` };
  const transports = argv.filter((argument) => TRANSPORTS.some((pattern) => pattern.test(argument)));
  if (transports.length !== 1) {
    return {
      kind: 'usage-error',
      text: `letters server: give exactly one transport (found ${transports.length})\n\n${SERVER_USAGE}`,
    };
  }
  return { kind: 'serve' };
}
