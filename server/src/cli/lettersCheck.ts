/**
 * `letters-check [options] <file-or-folder>...`: checks `.letters` files with the same engine as
 * the language server and prints one line per problem. Exit codes follow linters: 0 clean,
 * 1 problems at warning or above, 2 usage or I/O error.
 */
import * as path from 'node:path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { Severity } from '../analysis/codes';
import { Edition } from '../analysis/edition';
import { createLanguageService, type LettersLanguageService } from '../service/languageService';
import { loadTargets, UnreadableTarget } from '../host/loader';
import { readWordOption, type WordOptions } from './editionWords';
import { githubAnnotations, sarifLog, type ReportedProblem } from './reportFormats';

const USAGE = `Usage: letters-check [--format text|json|github|sarif] [--index md|csv] [--hints] [--select P] [--ignore P] [--language L] [--heading-word W] [--exit-zero] <file-or-folder>...

Checks letters-edition files (*.letters), the registers (*.persons.json, *.places.json,
*.organisations.json, *.terms.json) and the edition's word lists (*.words.txt) in the
folders given or next to the files given, and prints each problem as
  path:line:col: severity code: message

Options:
  --format FORMAT     text (default), json, github (GitHub Actions annotations) or sarif (SARIF 2.1.0)
  --index md|csv      print the index of names (places, organisations, terms) instead of problems
  --hints             also print hints (such as heading notes), which are hidden by default
  --select PREFIXES   print only codes starting with one of these (comma-separated, repeatable: text.)
  --ignore PREFIXES   do not print codes starting with one of these (comma-separated, repeatable)
  --language CODE     the language of month and weekday names (en, fr; default: edition.json's, else en)
  --heading-word WORD the word of the headings (default: edition.json's, else the language's: Letter)
  --exit-zero         exit 0 even when problems are found
  -h, --help          show this help
Exit codes: 0 no problems at warning or above, 1 problems found, 2 usage or I/O error.`;

const FORMATS = ['text', 'json', 'github', 'sarif'] as const;

interface Options {
  readonly format: (typeof FORMATS)[number];
  readonly exitZero: boolean;
  readonly hints: boolean;
  /** Code prefixes to print; every code when empty. */
  readonly select: readonly string[];
  /** Code prefixes never printed. */
  readonly ignore: readonly string[];
  readonly index: 'md' | 'csv' | undefined;
  readonly targets: readonly string[];
  readonly words: WordOptions;
}

class UsageError extends Error {}

function parseArguments(argv: readonly string[]): Options | 'help' {
  let format: Options['format'] = 'text';
  let exitZero = false;
  let hints = false;
  let index: Options['index'];
  const select: string[] = [];
  const ignore: string[] = [];
  const targets: string[] = [];
  const words: { language?: string; headingWord?: string } = {};
  for (let position = 0; position < argv.length; position++) {
    const argument = argv[position] as string;
    if (argument === '-h' || argument === '--help') return 'help';
    let wordOption: number | undefined;
    try {
      wordOption = readWordOption(argv, position, words);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (wordOption !== undefined) position = wordOption;
    else if (argument === '--exit-zero') exitZero = true;
    else if (argument === '--hints') hints = true;
    else if (/^--(select|ignore)(=|$)/.test(argument)) {
      const value = argument.includes('=') ? argument.slice(argument.indexOf('=') + 1) : argv[++position];
      const prefixes = (value ?? '').split(',').filter((prefix) => prefix.length > 0);
      if (prefixes.length === 0)
        throw new UsageError(`${argument.split('=')[0]} takes code prefixes such as text.`);
      (argument.startsWith('--select') ? select : ignore).push(...prefixes);
    } else if (argument === '--format' || argument.startsWith('--format=')) {
      const value = argument.includes('=') ? argument.slice('--format='.length) : argv[++position];
      const known = FORMATS.find((name) => name === value);
      if (known === undefined)
        throw new UsageError(`--format takes ${FORMATS.join(', ')}, not ${JSON.stringify(value ?? '')}`);
      format = known;
    } else if (argument === '--index' || argument.startsWith('--index=')) {
      const value = argument.includes('=') ? argument.slice('--index='.length) : argv[++position];
      if (value !== 'md' && value !== 'csv')
        throw new UsageError(`--index takes "md" or "csv", not ${JSON.stringify(value ?? '')}`);
      index = value;
    } else if (argument.startsWith('-') && argument !== '-')
      throw new UsageError(`unknown option ${argument}`);
    else targets.push(argument);
  }
  if (targets.length === 0) throw new UsageError('no file or folder given');
  return { format, exitZero, hints, select, ignore, index, targets, words };
}

/** The problem severities of the LSP severities the service answers with. */
const SEVERITY: Record<DiagnosticSeverity, Exclude<Severity, 'off'>> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

/**
 * Checks the files and registers and returns the problems in file and text order: the diagnostics
 * the language service gives the editor, at the default severities.
 */
async function check(
  targets: readonly string[],
  words: WordOptions,
  includeHints: boolean,
  shown: (code: string) => boolean = () => true,
): Promise<{ problems: ReportedProblem[]; service: LettersLanguageService; fileCount: number }> {
  const workspace = new Edition();
  let loaded: Awaited<ReturnType<typeof loadTargets>>;
  try {
    loaded = await loadTargets(workspace, targets, { words });
  } catch (error) {
    throw error instanceof UnreadableTarget ? new UsageError(error.message) : error;
  }
  const service = createLanguageService({ workspace });
  const reported: ReportedProblem[] = [];
  const report = (file: string, diagnostics: readonly Diagnostic[]) => {
    for (const { range, severity: lspSeverity, code, message } of diagnostics) {
      const severity = SEVERITY[lspSeverity ?? DiagnosticSeverity.Error];
      if ((severity === 'hint' && !includeHints) || !shown(String(code))) continue;
      reported.push({
        file: path.relative(process.cwd(), file) || file,
        line: range.start.line + 1,
        column: range.start.character + 1,
        endLine: range.end.line + 1,
        endColumn: range.end.character + 1,
        severity,
        code: String(code),
        message,
      });
    }
  };
  // The metadata is read for the edition's words; letters-export reports its problems.
  const checked = loaded.sideFiles.filter(
    ({ uri }) => workspace.holding(uri)?.store !== workspace.metadataFiles,
  );
  for (const { file, uri } of checked) report(file, service.sideFileDiagnostics(uri));
  // The command has no first diagnostics to hurry: it waits for the dictionary.
  await service.loadDictionary();
  for (const { file, uri } of loaded.letters) {
    const model = workspace.get(uri);
    if (model) report(file, service.diagnostics(model));
  }
  const fileCount = loaded.letters.length + checked.length;
  return { problems: reported, service, fileCount };
}

function summary(problems: readonly ReportedProblem[], fileCount: number): string {
  const count = (severity: Severity) => problems.filter((problem) => problem.severity === severity).length;
  const files = `${fileCount} file${fileCount === 1 ? '' : 's'}`;
  if (problems.length === 0) return `No problems in ${files}.`;
  return `${problems.length} problem${problems.length === 1 ? '' : 's'} (${count('error')} errors, ${count('warning')} warnings, ${count('information')} information, ${count('hint')} hints) in ${files}.`;
}

async function main(argv: readonly string[]): Promise<number> {
  let options: Options | 'help';
  try {
    options = parseArguments(argv);
    if (options === 'help') {
      console.log(USAGE);
      return 0;
    }
    const { select, ignore } = options;
    const shown = (code: string) =>
      (select.length === 0 || select.some((prefix) => code.startsWith(prefix))) &&
      !ignore.some((prefix) => code.startsWith(prefix));
    const { problems, service, fileCount } = await check(
      options.targets,
      options.words,
      options.hints,
      shown,
    );
    if (options.index) {
      process.stdout.write(service.indexOfNamesText(options.index === 'md' ? 'markdown' : 'csv'));
      return 0;
    }
    if (options.format === 'json') {
      console.log(JSON.stringify({ files: fileCount, problems }, null, 2));
    } else if (options.format === 'sarif') {
      console.log(JSON.stringify(sarifLog(problems), null, 2));
    } else if (options.format === 'github') {
      for (const line of githubAnnotations(problems)) console.log(line);
      console.log(summary(problems, fileCount));
    } else {
      for (const problem of problems) {
        console.log(
          `${problem.file}:${problem.line}:${problem.column}: ${problem.severity} ${problem.code}: ${problem.message}`,
        );
      }
      console.log(summary(problems, fileCount));
    }
    const failing = problems.some(
      (problem) => problem.severity === 'warning' || problem.severity === 'error',
    );
    return failing && !options.exitZero ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`letters-check: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    console.error(`letters-check: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
