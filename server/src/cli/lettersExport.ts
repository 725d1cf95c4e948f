/**
 * `letters-export --format tei|html [-o DIR] <file-or-folder>...`: exports the `.letters` files and
 * their person registers (TEI: one file; html: a static website). Exit codes as `letters-check`: 0 written, 1 nothing to export, 2 usage
 * or I/O error.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { WorkspaceIndex } from '../analysis/workspace';
import { exportEdition } from '../export/source';
import { exportTei } from '../export/tei';
import { fileUri, findFiles, readText } from '../host/files';
import { siteFiles } from '../render/siteEdition';

/** The formats, each with the files it writes (name → content); a new format is one entry. */
const FORMATS: Readonly<Record<string, (workspace: WorkspaceIndex, title: string) => Map<string, string>>> = {
  tei: (workspace, title) =>
    new Map([
      [
        title + '.tei.xml',
        exportTei(exportEdition(workspace.all(), workspace.persons), { title, source: undefined }),
      ],
    ]),
  html: (workspace, title) => siteFiles(workspace, title),
};

const USAGE = `Usage: letters-export --format ${Object.keys(FORMATS).join('|')} [-o DIR] <file-or-folder>...

Exports letters-edition files (*.letters), with the person registers (*.persons.json) in the
folders given or next to the files given: tei as one file named after the first letters file,
html as a static website (one page per letter, index.html, letters.css).

Options:
  --format FORMAT  ${Object.keys(FORMATS).join(', ')} (required)
  -o DIR           folder to write to (default: the current folder)
  -h, --help       show this help
Exit codes: 0 exported, 1 no letters found, 2 usage or I/O error.`;

class UsageError extends Error {}

function parseArguments(
  argv: readonly string[],
): { format: string; output: string; targets: string[] } | 'help' {
  let format: string | undefined;
  let output = '.';
  const targets: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string;
    if (argument === '-h' || argument === '--help') return 'help';
    if (argument === '--format' || argument.startsWith('--format=')) {
      const value = argument.includes('=') ? argument.slice('--format='.length) : argv[++index];
      if (value === undefined || !(value in FORMATS))
        throw new UsageError(
          `--format takes ${Object.keys(FORMATS)
            .map((name) => `"${name}"`)
            .join(' or ')}, not ${JSON.stringify(value ?? '')}`,
        );
      format = value;
    } else if (argument === '-o' || argument === '--output') {
      const value = argv[++index];
      if (value === undefined) throw new UsageError(`${argument} needs a folder`);
      output = value;
    } else if (argument.startsWith('-') && argument !== '-')
      throw new UsageError(`unknown option ${argument}`);
    else targets.push(argument);
  }
  if (!format) throw new UsageError('no --format given');
  if (targets.length === 0) throw new UsageError('no file or folder given');
  return { format, output, targets };
}

async function collect(targets: readonly string[]): Promise<{ letters: string[]; registers: string[] }> {
  const letters: string[] = [];
  const registers: string[] = [];
  for (const target of targets) {
    const stat = await fs.stat(target).catch(() => undefined);
    if (!stat) throw new UsageError(`cannot read ${target}: no such file or folder`);
    const folder = stat.isDirectory() ? target : path.dirname(target);
    if (stat.isDirectory()) letters.push(...(await findFiles(target, ['.letters'])));
    else letters.push(target);
    registers.push(...(await findFiles(folder, ['.persons.json'])));
  }
  const unique = (paths: string[]) => [...new Map(paths.map((file) => [path.resolve(file), file])).values()];
  return { letters: unique(letters), registers: unique(registers) };
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const options = parseArguments(argv);
    if (options === 'help') {
      console.log(USAGE);
      return 0;
    }
    const format = FORMATS[options.format]!;
    const { letters, registers } = await collect(options.targets);
    const workspace = new WorkspaceIndex();
    for (const file of registers) workspace.persons.set(fileUri(file), (await readText(file)) ?? '');
    for (const file of letters) {
      const text = await readText(file);
      if (text === undefined) throw new UsageError(`cannot read ${file}`);
      workspace.set(fileUri(file), 0, text);
    }
    const first = letters[0];
    if (!first) {
      console.error('letters-export: no .letters file found');
      return 1;
    }
    const title = path.basename(first, '.letters');
    await fs.mkdir(options.output, { recursive: true });
    for (const [name, content] of format(workspace, title)) {
      const target = path.join(options.output, name);
      await fs.writeFile(target, content);
      console.log(`Wrote ${target}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`letters-export: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    console.error(`letters-export: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
