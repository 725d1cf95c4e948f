/**
 * The report formats of `letters-check` that CI systems read: GitHub Actions workflow commands
 * (one annotation per problem, shown on the pull request's lines) and SARIF 2.1.0 (code-scanning
 * services and SARIF viewers). The plain text and JSON formats stay in `lettersCheck.ts`.
 */
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { DIAGNOSTIC_CODES } from '../analysis/codes';
import type { Severity } from '../analysis/codes';

/** One reported problem, as printed and as written in JSON; lines and columns count from 1. */
export interface ReportedProblem {
  readonly file: string;
  readonly line: number;
  /** In UTF-16 code units, as LSP and SARIF's default `columnKind` count. */
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Exclude<Severity, 'off'>;
  readonly code: string;
  readonly message: string;
}

/** The workflow command of each severity: GitHub shows errors, warnings and notices. */
const WORKFLOW_COMMAND: Record<ReportedProblem['severity'], string> = {
  error: 'error',
  warning: 'warning',
  information: 'notice',
  hint: 'notice',
};

/**
 * The message of a workflow command, escaped as the runner reads it: `%`, CR and LF would
 * otherwise end or corrupt the command.
 */
export function escapeWorkflowData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a workflow command: as data, and `:` and `,`, which separate properties. */
export function escapeWorkflowProperty(text: string): string {
  return escapeWorkflowData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * The problems as GitHub Actions workflow commands, one line each:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<code>::<message>`.
 */
export function githubAnnotations(problems: readonly ReportedProblem[]): string[] {
  return problems.map((problem) => {
    const properties = [
      ['file', problem.file.split('\\').join('/')],
      ['line', String(problem.line)],
      ['col', String(problem.column)],
      ['endLine', String(problem.endLine)],
      ['endColumn', String(problem.endColumn)],
      ['title', problem.code],
    ]
      .map(([name, value]) => `${name}=${escapeWorkflowProperty(value as string)}`)
      .join(',');
    return `::${WORKFLOW_COMMAND[problem.severity]} ${properties}::${escapeWorkflowData(problem.message)}`;
  });
}

/** SARIF's levels: it has no hint, so information and hints are both notes. */
const SARIF_LEVEL: Record<ReportedProblem['severity'], Result.level> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/** A relative path as a URI reference (`letters/1926 spring.letters` → `letters/1926%20spring.letters`). */
function uriReference(file: string): string {
  return file
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/**
 * The problems as one SARIF 2.1.0 log: one run whose rules are every code of the table
 * (`analysis/codes.ts`: its description and default severity), results pointing at their rule.
 * Paths stay relative to the folder the command ran in (`%SRCROOT%`), as code scanning expects.
 */
export function sarifLog(problems: readonly ReportedProblem[]): Log {
  const codes = Object.entries(DIAGNOSTIC_CODES);
  const rules: ReportingDescriptor[] = codes.map(([code, { severity, description }]) => ({
    id: code,
    shortDescription: { text: description },
    defaultConfiguration: { level: SARIF_LEVEL[severity] },
  }));
  const ruleIndex = new Map(codes.map(([code], index) => [code, index]));
  const results: Result[] = problems.map((problem) => {
    const index = ruleIndex.get(problem.code);
    return {
      ruleId: problem.code,
      ...(index === undefined ? {} : { ruleIndex: index }),
      level: SARIF_LEVEL[problem.severity],
      message: { text: problem.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uriReference(problem.file), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: problem.line,
              startColumn: problem.column,
              endLine: problem.endLine,
              endColumn: problem.endColumn,
            },
          },
        },
      ],
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'letters-check',
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}
