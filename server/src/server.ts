/**
 * The Letters language server's process entry: reads the arguments and starts the LSP adapter
 * (`lsp/`) on the transport they name.
 */
import { readServerCommand } from './host/commandLine';
import { startLanguageServer } from './lsp/startServer';

const command = readServerCommand(process.argv.slice(2));
if (command.kind === 'serve') startLanguageServer();
else {
  (command.kind === 'help' ? process.stdout : process.stderr).write(`${command.text}\n`);
  process.exit(command.kind === 'help' ? 0 : 2);
}
