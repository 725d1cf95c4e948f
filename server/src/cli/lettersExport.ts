/**
 * `letters-export --format tei|cmif|html [-o DIR] [--edition FILE] [--corrections] <file-or-folder>...`:
 * exports the `.letters` files, their registers and the edition's metadata (`edition.json`): TEI
 * and CMIF as one file each, html as a static website. Exit codes as `letters-check`: 0 written,
 * 1 nothing to export or metadata lacking, 2 usage or I/O error.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Edition } from '../analysis/edition';
import type { ExportFormat } from '../../../protocol/exportFormats';
import { FORMAT_WRITERS, isExportFormat } from '../export/formats';
import { fileUri, findFiles, readText } from '../host/files';
import { loadEnglishDictionary } from '../topics/textDamage/englishDictionary';
import { parseEditionFile, type EditionMetadata } from '../analysis/editionFile';
import { resolveEditionWords, useEditionWords } from '../syntax/vocabulary';
import { REGISTER_KINDS } from '../analysis/registers/kinds/index';

const USAGE = `Usage: letters-export --format ${Object.keys(FORMAT_WRITERS).join('|')} [-o DIR] [--edition FILE] [--corrections] <file-or-folder>...

Exports letters-edition files (*.letters), with the registers (*.persons.json, *.places.json,
*.organisations.json, *.terms.json) in the
folders given or next to the files given: tei and cmif as one file named after the first letters
file, html as a static website (one page per letter, index.html, letters.css). The edition's
metadata is read from edition.json beside the first file or in the first folder given.

Options:
  --format FORMAT  ${Object.keys(FORMAT_WRITERS).join(', ')} (required)
  -o DIR           folder to write to (default: the current folder)
  --edition FILE   the edition metadata to use instead of edition.json
  --corrections    tei: write text damage with one correction as choice/sic/corr
  -h, --help       show this help
Exit codes: 0 exported, 1 no letters found or metadata lacking (nothing written),
2 usage or I/O error.`;

const PERSONS_SUFFIX = '.persons.json';
const REGISTER_SUFFIXES = [PERSONS_SUFFIX, ...REGISTER_KINDS.map((kind) => kind.suffix)];

class UsageError extends Error {}

function parseArguments(argv: readonly string[]):
  | {
      format: ExportFormat;
      output: string;
      edition: string | undefined;
      corrections: boolean;
      targets: string[];
    }
  | 'help' {
  let format: ExportFormat | undefined;
  let corrections = false;
  let output = '.';
  let edition: string | undefined;
  const targets: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] as string;
    if (argument === '-h' || argument === '--help') return 'help';
    if (argument === '--format' || argument.startsWith('--format=')) {
      const value = argument.includes('=') ? argument.slice('--format='.length) : argv[++index];
      if (value === undefined || !isExportFormat(value))
        throw new UsageError(
          `--format takes ${Object.keys(FORMAT_WRITERS)
            .map((name) => `"${name}"`)
            .join(' or ')}, not ${JSON.stringify(value ?? '')}`,
        );
      format = value;
    } else if (argument === '-o' || argument === '--output') {
      const value = argv[++index];
      if (value === undefined) throw new UsageError(`${argument} needs a folder`);
      output = value;
    } else if (argument === '--edition') {
      const value = argv[++index];
      if (value === undefined) throw new UsageError('--edition needs a file');
      edition = value;
    } else if (argument === '--corrections') corrections = true;
    else if (argument.startsWith('-') && argument !== '-') throw new UsageError(`unknown option ${argument}`);
    else targets.push(argument);
  }
  if (!format) throw new UsageError('no --format given');
  if (targets.length === 0) throw new UsageError('no file or folder given');
  return { format, output, edition, corrections, targets };
}

async function collect(
  targets: readonly string[],
): Promise<{ letters: string[]; registers: string[]; folders: string[] }> {
  const letters: string[] = [];
  const registers: string[] = [];
  const folders: string[] = [];
  for (const target of targets) {
    const stat = await fs.stat(target).catch(() => undefined);
    if (!stat) throw new UsageError(`cannot read ${target}: no such file or folder`);
    const folder = stat.isDirectory() ? target : path.dirname(target);
    folders.push(folder);
    if (stat.isDirectory()) letters.push(...(await findFiles(target, ['.letters'])));
    else letters.push(target);
    registers.push(...(await findFiles(folder, REGISTER_SUFFIXES)));
  }
  const unique = (paths: string[]) => [...new Map(paths.map((file) => [path.resolve(file), file])).values()];
  return { letters: unique(letters), registers: unique(registers), folders };
}

/** The edition's metadata: the file given, else `edition.json` in the first folder; none is empty. */
async function readEdition(
  given: string | undefined,
  folders: readonly string[],
): Promise<{ file: string | undefined; metadata: EditionMetadata }> {
  const file = given ?? (folders[0] === undefined ? undefined : path.join(folders[0], 'edition.json'));
  const text = file === undefined ? undefined : await readText(file);
  if (given !== undefined && text === undefined) throw new UsageError(`cannot read ${given}`);
  if (file === undefined || text === undefined) return { file: undefined, metadata: { editors: [] } };
  const edition = parseEditionFile(fileUri(file), text);
  // What CMIF lacks is said once, by the cmif format, as the fields it needs.
  for (const problem of edition.problems)
    if (problem.code !== 'edition.cmif') console.error(`${file}: ${problem.message}`);
  return { file, metadata: edition.metadata };
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const options = parseArguments(argv);
    if (options === 'help') {
      console.log(USAGE);
      return 0;
    }
    const format = FORMAT_WRITERS[options.format];
    const { letters, registers, folders } = await collect(options.targets);
    const edition = await readEdition(options.edition, folders);
    // The headings and dates are read in the edition's words (`language`, `headingWord`).
    useEditionWords(resolveEditionWords({}, edition.metadata));
    const workspace = new Edition();
    for (const file of registers) {
      const text = (await readText(file)) ?? '';
      workspace.registers.set(fileUri(file), text);
    }
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
    const name = path.basename(first, '.letters');
    // Corrections come from the text-damage check, whose rules need the dictionary.
    if (options.corrections) await loadEnglishDictionary();
    const written = format(workspace, edition.metadata, name, { corrections: options.corrections });
    if ('missing' in written) {
      console.error(
        `letters-export: ${options.format} needs ${written.missing.join(', ')} in ${edition.file ?? 'an edition.json beside the letters (or --edition FILE)'}; nothing written.`,
      );
      return 1;
    }
    await fs.mkdir(options.output, { recursive: true });
    for (const [file, content] of written.files) {
      const target = path.join(options.output, file);
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
