/**
 * `npm run text-damage:per-letter [-- FILE.letters]`: whether the text damage of a letter depends
 * on how much of the edition the workspace holds. Each letter of the edition (the sample by
 * default) is checked alone, in a workspace of that letter and the edition's registers and word
 * lists, as an editor starting a new file has it; its `text.*` findings are compared with those the
 * same letter gets inside the whole edition (same code, same place). Prints the share of the
 * whole edition's findings each letter keeps alone, and every finding lost or gained.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DocumentModel } from '../../server/src/analysis/model';
import type { Problem } from '../../server/src/analysis/problems';
import { Edition } from '../../server/src/analysis/edition';
import { documentProblems } from '../../server/src/topics/diagnose';
import { loadEnglishDictionary } from '../../server/src/topics/textDamage/englishDictionary';
import { WORD_LIST_SUFFIX } from '../../server/src/analysis/wordLists';

const file = path.resolve(
  process.argv[2] ?? path.join(__dirname, '../../samples/stalin-molotov-1926.letters'),
);
const folder = path.dirname(file);

/** A workspace of `letters` (uri → text) with every register and word list of the edition's folder. */
function workspaceOf(letters: ReadonlyMap<string, string>): Edition {
  const workspace = new Edition();
  for (const name of readdirSync(folder)) {
    const uri = `file://${path.join(folder, name)}`;
    const text = () => readFileSync(path.join(folder, name), 'utf8');
    if (name.endsWith(WORD_LIST_SUFFIX)) workspace.wordLists.set(uri, text());
    else if (workspace.registers.kindOf(uri)) workspace.registers.set(uri, text());
  }
  for (const [uri, text] of letters) workspace.set(uri, 0, text);
  return workspace;
}

/** The `text.*` findings of a document as `code start end text`, offsets from `origin`. */
function textFindings(
  model: DocumentModel,
  workspace: Edition,
  origin: number,
  range?: { start: number; end: number },
): string[] {
  return documentProblems(model, workspace)
    .filter((problem: Problem) => problem.code.startsWith('text.'))
    .filter((problem) => !range || (problem.span.start >= range.start && problem.span.start < range.end))
    .map(
      (problem) =>
        `${problem.code} ${problem.span.start - origin} ${JSON.stringify(model.text.slice(problem.span.start, problem.span.end))}`,
    );
}

async function main(): Promise<void> {
  await loadEnglishDictionary();
  const text = readFileSync(file, 'utf8');
  const uri = `file://${file}`;
  const whole = workspaceOf(new Map([[uri, text]]));
  const model = whole.get(uri) as DocumentModel;
  let total = 0;
  let kept = 0;
  let gained = 0;
  const lines: string[] = [];
  for (const letter of model.letters) {
    const start = letter.span.start;
    const inWhole = textFindings(model, whole, start, letter.span);
    const alone = letter.span.end > start ? text.slice(start, letter.span.end) : '';
    const aloneUri = `file://${path.join(folder, `letter-${letter.number}.letters`)}`;
    const aloneWorkspace = workspaceOf(new Map([[aloneUri, alone]]));
    const aloneModel = aloneWorkspace.get(aloneUri) as DocumentModel;
    const inAlone = textFindings(aloneModel, aloneWorkspace, 0);
    const lost = inWhole.filter((finding) => !inAlone.includes(finding));
    const extra = inAlone.filter((finding) => !inWhole.includes(finding));
    total += inWhole.length;
    kept += inWhole.length - lost.length;
    gained += extra.length;
    lines.push(
      `letter ${letter.number}: ${inWhole.length - lost.length}/${inWhole.length} kept, ${extra.length} gained`,
    );
    for (const finding of lost) lines.push(`  lost   ${finding}`);
    for (const finding of extra) lines.push(`  gained ${finding}`);
  }
  console.log(lines.join('\n'));
  const share = total === 0 ? 1 : kept / total;
  console.log(
    `\n${kept} of ${total} findings of the whole edition kept when each letter is checked alone (${(100 * share).toFixed(1)}%), ${gained} gained.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
