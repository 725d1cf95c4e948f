/**
 * `npm run measure:text-damage -- [--half dev|test] [--seed N] [--corpus brown,nlp,sample]
 * [--limit N] [--rate N] [--list]`: runs the real check on clean prose nobody tuned the rules on
 * (false alarms per 10,000 words) and on the same prose with simulated damage (recall per kind), and
 * prints the figures `docs/text-damage.md` reports; `--list` also prints each miss and false alarm.
 */
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import {
  englishDictionary,
  englishFrequency,
  loadEnglishDictionary,
} from '../../server/src/topics/textDamage/englishDictionary';
import { brownCorpus, nlpCorpus, type CorpusDocument, type Half } from './corpora';
import { checkText, type Finding } from './runCheck';
import { sampleCorpus } from './sampleCorpus';
import { defectFound, loadSourceDefects, type SourceDefect } from './sourceDefects';
import {
  catchers,
  emptyTallies,
  falseAlarms,
  isTextDamage,
  percent,
  tally,
  TYPO_CODE,
  type KindTally,
} from './score';
import { DAMAGE_KINDS, DEFAULT_SIMULATION, simulateDamage, wordCount, type DamageKind } from './simulate';

const USAGE = `Usage: npm run measure:text-damage -- [--half dev|test] [--seed N] [--corpus brown,nlp,sample] [--limit N] [--rate N] [--list]
  --half    the half of each corpus to measure on (default: test; tune on dev only)
  --seed    the simulator's seed (default: 1)
  --corpus  the corpora, comma-separated (default: brown,nlp,sample)
  --limit   documents of each corpus at most, the first by name (default: all)
  --rate    damages of each kind per 1,000 words (default: ${DEFAULT_SIMULATION.perThousandWords})
  --list    print every miss and false alarm`;

const CORPORA = {
  brown: (half: Half, limit: number) => brownCorpus(half, limit),
  nlp: (half: Half, limit: number) => nlpCorpus(half).slice(0, limit),
  sample: (half: Half) => sampleCorpus(half),
} as const;
type CorpusName = keyof typeof CORPORA;

interface Options {
  readonly half: Half;
  readonly seed: number;
  readonly corpora: readonly CorpusName[];
  readonly limit: number;
  readonly rate: number;
  readonly list: boolean;
}

class UsageError extends Error {}

function parseArguments(argv: readonly string[]): Options {
  const options = { half: 'test' as Half, seed: 1, corpora: Object.keys(CORPORA) as CorpusName[] };
  let limit = Infinity;
  let rate = DEFAULT_SIMULATION.perThousandWords;
  let list = false;
  const count = (name: string, value: string | undefined, minimum: number) => {
    const number = Number(value);
    if (value === undefined || !Number.isInteger(number) || number < minimum)
      throw new UsageError(
        `${name} takes a whole number of at least ${minimum}, not ${JSON.stringify(value ?? '')}`,
      );
    return number;
  };
  for (let position = 0; position < argv.length; position++) {
    const argument = argv[position] as string;
    const value = () => argv[++position];
    if (argument === '--list') list = true;
    else if (argument === '--half') {
      const half = value();
      if (half !== 'dev' && half !== 'test')
        throw new UsageError(`--half takes dev or test, not ${JSON.stringify(half ?? '')}`);
      options.half = half;
    } else if (argument === '--seed') options.seed = count('--seed', value(), 0);
    else if (argument === '--limit') limit = count('--limit', value(), 1);
    else if (argument === '--rate') rate = count('--rate', value(), 1);
    else if (argument === '--corpus') {
      const names = (value() ?? '').split(',').filter(Boolean);
      const unknown = names.filter((name) => !(name in CORPORA));
      if (names.length === 0 || unknown.length > 0)
        throw new UsageError(
          `--corpus takes ${Object.keys(CORPORA).join(', ')}, not ${JSON.stringify(unknown.join(','))}`,
        );
      options.corpora = names as CorpusName[];
    } else throw new UsageError(`unknown argument ${argument}`);
  }
  return { ...options, limit, rate, list };
}

/** What one corpus gave. */
interface CorpusResult {
  readonly name: CorpusName;
  readonly documents: number;
  readonly words: number;
  readonly tallies: Record<DamageKind, KindTally>;
  /** The text-damage check's false alarms on the clean text: at warning or above, and at information or above. */
  readonly alarms: { warning: number; information: number };
  /** Its findings on the corpus's own labelled defects (`sourceDefects.ts`), counted apart from the false alarms. */
  readonly defects: { warning: number; information: number };
  /** The labelled defects of the documents measured, and how many of them a finding reports. */
  readonly labelled: { total: number; found: number };
  readonly defectLines: string[];
  /** The other checks' findings on the clean prose, by code. */
  readonly otherCodes: Map<string, number>;
  readonly misses: string[];
  readonly alarmLines: string[];
  /** The fusions the simulator left out because their result is a word, by kind, and a few of them. */
  readonly wordsMade: Map<DamageKind, number>;
  readonly wordsMadeExamples: string[];
}

/**
 * How often English must use a word, per million words of SUBTLEX-US (about 25 times in its 51
 * million), for a fusion that makes it to count as making a word: the list also holds the
 * subtitles' own slips (`fulltime`, twice), which are no evidence that English writes a word closed.
 */
const WORD_PER_MILLION = 0.5;

/** `text` around `[start, end)` on one line, the span in ⟦⟧. */
function context(text: string, start: number, end: number): string {
  const oneLine = (part: string) => part.replace(/\n/g, '⏎');
  return `${oneLine(text.slice(Math.max(0, start - 25), start))}⟦${oneLine(text.slice(start, end))}⟧${oneLine(text.slice(end, end + 25))}`;
}

function measureCorpus(
  name: CorpusName,
  documents: readonly CorpusDocument[],
  options: Options,
  sourceDefects: readonly SourceDefect[],
): CorpusResult {
  const spelling = englishDictionary();
  const frequency = englishFrequency();
  const isWord = (word: string) => (spelling?.(word) ?? false) || frequency(word) >= WORD_PER_MILLION;
  const wordsMade = new Map<DamageKind, number>();
  const wordsMadeExamples: string[] = [];
  const tallies = emptyTallies();
  const alarms = { warning: 0, information: 0 };
  const misses: string[] = [];
  const alarmLines: string[] = [];
  const defects = { warning: 0, information: 0 };
  const defectLines: string[] = [];
  const labelsFound = new Set<SourceDefect>();
  let labelled = 0;
  const otherCodes = new Map<string, number>();
  let words = 0;
  for (const document of documents) {
    words += wordCount(document.text, document.regions);
    labelled += sourceDefects.filter((defect) => defect.document === document.name).length;
    for (const alarm of falseAlarms(checkText(document.text, document.companions), document.regions)) {
      if (!isTextDamage(alarm)) {
        otherCodes.set(alarm.code, (otherCodes.get(alarm.code) ?? 0) + 1);
        continue;
      }
      const defect = defectFound(sourceDefects, document, alarm.start, alarm.end);
      if (defect) {
        labelsFound.add(defect);
        defects.information++;
        if (alarm.severity <= DiagnosticSeverity.Warning) defects.warning++;
        defectLines.push(
          `${document.name}: ${alarm.code}: ${context(document.text, alarm.start, alarm.end)} — labelled ${defect.kind}: ${defect.why}`,
        );
        continue;
      }
      alarms.information++;
      if (alarm.severity <= DiagnosticSeverity.Warning) alarms.warning++;
      alarmLines.push(
        `${document.name}: ${alarm.code}: ${context(document.text, alarm.start, alarm.end)} — ${alarm.message}`,
      );
    }
    const simulation = simulateDamage(document.text, document.regions, {
      ...DEFAULT_SIMULATION,
      seed: options.seed,
      perThousandWords: options.rate,
      isWord,
    });
    for (const made of simulation.wordsMade) {
      wordsMade.set(made.kind, (wordsMade.get(made.kind) ?? 0) + 1);
      wordsMadeExamples.push(`${made.kind}: ${made.original} → ${made.damaged}`);
    }
    const findings: Finding[] = checkText(simulation.text, document.companions);
    for (const damage of simulation.damages) {
      if (tally(tallies, damage, catchers(damage, findings))) continue;
      const near = findings
        .filter((finding) => Math.abs(finding.start - damage.offset) < 40)
        .map((finding) => finding.code);
      const at = context(simulation.text, damage.offset, damage.offset + damage.damaged.length);
      misses.push(
        `${document.name}: ${damage.kind}: ${at} (was \`${damage.original}\`${near.length > 0 ? `; near: ${near.join(', ')}` : ''})`,
      );
    }
  }
  return {
    name,
    documents: documents.length,
    words,
    tallies,
    alarms,
    defects,
    labelled: { total: labelled, found: labelsFound.size },
    defectLines,
    otherCodes,
    misses,
    alarmLines,
    wordsMade,
    wordsMadeExamples,
  };
}

function report(result: CorpusResult, list: boolean): void {
  const perTenThousand = (count: number) => ((count * 10000) / Math.max(1, result.words)).toFixed(2);
  console.log(`\n## ${result.name}: ${result.documents} documents, ${result.words} words`);
  console.log('| kind | damages | caught at information+ | caught at warning+ |');
  console.log('| --- | ---: | ---: | ---: |');
  const all = { total: 0, information: 0, warning: 0 };
  for (const kind of DAMAGE_KINDS) {
    const counts = result.tallies[kind];
    const label = kind === 'typo' ? `typo (as ${TYPO_CODE})` : kind;
    console.log(
      `| ${label} | ${counts.total} | ${percent(counts.information, counts.total)} | ${percent(counts.warning, counts.total)} |`,
    );
    if (kind === 'typo') continue;
    all.total += counts.total;
    all.information += counts.information;
    all.warning += counts.warning;
  }
  console.log(
    `| all but typos | ${all.total} | ${percent(all.information, all.total)} | ${percent(all.warning, all.total)} |`,
  );
  console.log(
    `False alarms of text.* on the clean text: ${result.alarms.warning} at warning+ (${perTenThousand(result.alarms.warning)} per 10,000 words), ` +
      `${result.alarms.information} at information+ (${perTenThousand(result.alarms.information)} per 10,000 words).`,
  );
  console.log(
    `Defects of the source found (labelled by reading, not counted above): ${result.defects.warning} at warning+, ` +
      `${result.defects.information} at information+; ${result.labelled.found} of the ${result.labelled.total} labelled defects of these documents reported.`,
  );
  const others = [...result.otherCodes].map(([code, count]) => `${code} ${count}`);
  if (others.length > 0) console.log(`Other checks on the clean prose (not counted): ${others.join(', ')}.`);
  const made = [...result.wordsMade].map(([kind, count]) => `${kind} ${count}`);
  if (made.length > 0)
    console.log(`Fusions not applied because the result is a word (not counted): ${made.join(', ')}.`);
  if (!list) return;
  console.log(`\n### Fusions that make a word (${result.wordsMadeExamples.length})`);
  for (const line of result.wordsMadeExamples) console.log(`- ${line}`);
  console.log(`\n### Misses (${result.misses.length})`);
  for (const line of result.misses) console.log(`- ${line}`);
  console.log(`\n### False alarms (${result.alarmLines.length})`);
  for (const line of result.alarmLines) console.log(`- ${line}`);
  console.log(`\n### Defects of the source found (${result.defectLines.length})`);
  for (const line of result.defectLines) console.log(`- ${line}`);
}

async function main(argv: readonly string[]): Promise<number> {
  let options: Options;
  try {
    options = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`measure:text-damage: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  await loadEnglishDictionary();
  const sourceDefects = loadSourceDefects();
  const started = Date.now();
  console.log(
    `# Text damage on the ${options.half} halves, seed ${options.seed}, ${options.rate} damages of each kind per 1,000 words`,
  );
  for (const name of options.corpora) {
    const documents = CORPORA[name](options.half, options.limit);
    report(measureCorpus(name, documents, options, sourceDefects), options.list);
  }
  console.error(`measured in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
