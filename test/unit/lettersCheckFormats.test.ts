import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { DIAGNOSTIC_CODES } from '../../server/src/analysis/codes';
import { githubAnnotations, sarifLog, type ReportedProblem } from '../../server/src/cli/reportFormats';

const CLI = path.join(__dirname, '../../server/src/cli/lettersCheck.ts');

/** The OASIS SARIF 2.1.0 schema (JSON Schema draft 04), as the SARIF SDK's test matchers ship it. */
const SARIF_SCHEMA = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
) as object;
// The schema's language-tag pattern is not valid with the `u` flag; its formats (`uri`,
// `uri-reference`, `date-time`) are checked.
const validateSarif = addFormats(new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })).compile(
  SARIF_SCHEMA,
);

/** Runs `letters-check` on one file named `name` holding `text`, from the file's folder. */
function run(name: string, text: string, options: string[]): { stdout: string; status: number | null } {
  const folder = mkdtempSync(path.join(tmpdir(), 'letters-check-'));
  writeFileSync(path.join(folder, name), text);
  const result = spawnSync(process.execPath, ['--import', require.resolve('tsx'), CLI, ...options, name], {
    cwd: folder,
    encoding: 'utf8',
  });
  rmSync(folder, { recursive: true, force: true });
  assert.equal(result.stderr, '');
  return { stdout: result.stdout, status: result.status };
}

const problem = (overrides: Partial<ReportedProblem>): ReportedProblem => ({
  file: 'edition.letters',
  line: 3,
  column: 2,
  endLine: 3,
  endColumn: 14,
  severity: 'warning',
  code: 'date.malformed',
  message: 'A message.',
  ...overrides,
});

describe('letters-check --format github', () => {
  it('writes one workflow command per problem, with the code as title and the range in 1-based columns', () => {
    // Marker 2 has no note; the editorial date has no day 31 in June.
    const { stdout, status } = run('edition.letters', 'Letter 1\n\n[31 June 1926]\n\nText.2\n', [
      '--format',
      'github',
    ]);
    assert.equal(status, 1);
    const commands = stdout.split('\n').filter((line) => line.startsWith('::'));
    assert.deepEqual(commands, [
      '::error file=edition.letters,line=3,col=2,endLine=3,endColumn=14,title=date.impossible::June 1926 has no day 31.',
      '::error file=edition.letters,line=5,col=6,endLine=5,endColumn=7,title=note.missing::Marker 2 in letter 1 has no note 2.',
    ]);
  });

  it('escapes %, CR and LF in the message, and also : and , in properties', () => {
    const [line] = githubAnnotations([
      problem({
        file: 'a:b,c%d.letters',
        severity: 'information',
        message: '100% sure:\r\nline two, really',
      }),
    ]);
    assert.equal(
      line,
      '::notice file=a%3Ab%2Cc%25d.letters,line=3,col=2,endLine=3,endColumn=14,title=date.malformed::100%25 sure:%0D%0Aline two, really',
    );
  });

  it('writes Windows paths with forward slashes, as the runner resolves them', () => {
    assert.match(
      githubAnnotations([problem({ file: 'letters\\1926.letters' })])[0] ?? '',
      /file=letters\/1926/,
    );
  });
});

describe('letters-check --format sarif', () => {
  it('writes a SARIF 2.1.0 log that the official schema accepts, with every code as a rule', () => {
    const { stdout, status } = run('spring 1926.letters', 'Letter 1\n\n[31 June 1926]\n\nText.2\n', [
      '--format=sarif',
    ]);
    assert.equal(status, 1);
    const log = JSON.parse(stdout) as ReturnType<typeof sarifLog>;
    assert.ok(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2));
    const run0 = log.runs[0];
    assert.deepEqual(
      run0?.tool.driver.rules?.map((rule) => rule.id),
      Object.keys(DIAGNOSTIC_CODES),
    );
    const results = run0?.results ?? [];
    assert.deepEqual(
      results.map((result) => [
        result.ruleId,
        run0?.tool.driver.rules?.[result.ruleIndex ?? -1]?.id,
        result.level,
        result.locations?.[0]?.physicalLocation?.artifactLocation?.uri,
        result.locations?.[0]?.physicalLocation?.region,
      ]),
      [
        [
          'date.impossible',
          'date.impossible',
          'error',
          'spring%201926.letters',
          { startLine: 3, startColumn: 2, endLine: 3, endColumn: 14 },
        ],
        [
          'note.missing',
          'note.missing',
          'error',
          'spring%201926.letters',
          { startLine: 5, startColumn: 6, endLine: 5, endColumn: 7 },
        ],
      ],
    );
  });

  it('stays schema-valid for no problems, hints and messages with any characters', () => {
    for (const problems of [
      [],
      [problem({ severity: 'hint', code: 'note.heading', message: 'quote " back\\slash\n<tag> %' })],
    ]) {
      const log = sarifLog(problems);
      assert.ok(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2));
    }
    assert.equal(sarifLog([problem({ severity: 'hint' })]).runs[0]?.results?.[0]?.level, 'note');
  });

  it('the schema check is real: a log without a version or with a bad level is refused', () => {
    const log = sarifLog([problem({})]) as unknown as Record<string, unknown>;
    assert.equal(validateSarif({ ...log, version: undefined }), false);
    const broken = JSON.parse(JSON.stringify(log)) as { runs: { results: { level: string }[] }[] };
    (broken.runs[0]?.results[0] as { level: string }).level = 'fatal';
    assert.equal(validateSarif(broken), false);
  });
});
