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
import { fileURLToPath } from 'node:url';
import { loadTargets, UnreadableTarget } from '../host/loader';
import { createLanguageService } from '../service/languageService';

const USAGE = `Usage: letters-export --format ${Object.keys(FORMAT_WRITERS).join('|')} [-o DIR] [--edition FILE] [--corrections] <file-or-folder>...

Exports letters-edition files (*.letters), with the registers (*.persons.json, *.places.json,
*.organisations.json, *.terms.json) in the
folders given or next to the files given: tei and cmif as one file named after the first letters
file, html as a static website (index.html, a page and a TEI file per letter with the certain
corrections applied, a page per register entry, letters by date, search). The edition's
metadata is read from edition.json beside the first file or in the first folder given.

Options:
  --format FORMAT  ${Object.keys(FORMAT_WRITERS).join(', ')} (required)
  -o DIR           folder to write to (default: the current folder)
  --edition FILE   the edition metadata to use instead of edition.json
  --corrections    tei: write text damage with one correction as choice/sic/corr
  -h, --help       show this help
Exit codes: 0 exported, 1 no letters found or metadata lacking (nothing written),
2 usage or I/O error.`;

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

async function main(argv: readonly string[]): Promise<number> {
  try {
    const options = parseArguments(argv);
    if (options === 'help') {
      console.log(USAGE);
      return 0;
    }
    const format = FORMAT_WRITERS[options.format];
    const workspace = new Edition();
    let letters: readonly { readonly file: string }[];
    try {
      // The headings and dates are read in the edition's words (`language`, `headingWord`).
      ({ letters } = await loadTargets(workspace, options.targets, { metadataFile: options.edition }));
    } catch (error) {
      throw error instanceof UnreadableTarget ? new UsageError(error.message) : error;
    }
    const edition = workspace.metadata();
    const editionFile = edition && (path.relative(process.cwd(), fileURLToPath(edition.uri)) || edition.uri);
    // What CMIF lacks is said once, by the cmif format, as the fields it needs.
    for (const problem of edition?.problems ?? [])
      if (problem.code !== 'edition.cmif') console.error(`${editionFile}: ${problem.message}`);
    const first = letters[0]?.file;
    if (!first) {
      console.error('letters-export: no .letters file found');
      return 1;
    }
    const name = path.basename(first, '.letters');
    // Corrections come from the text-damage check, whose rules need the dictionary; the website
    // always shows its reading text.
    if (options.corrections || options.format === 'html')
      await createLanguageService({ workspace }).loadDictionary();
    const written = format(workspace, edition?.metadata ?? { editors: [] }, name, {
      corrections: options.corrections,
    });
    if ('missing' in written) {
      console.error(
        `letters-export: ${options.format} needs ${written.missing.join(', ')} in ${editionFile ?? 'an edition.json beside the letters (or --edition FILE)'}; nothing written.`,
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
