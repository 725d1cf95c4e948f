/**
 * The sample as clean prose: its labelled damage corrected (`sampleCorrections.ts`), and its letters
 * split into halves by the letter's number (odd: development, even: test), each half one document
 * with the sample's registers and word list beside it, as an editor keeps them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { halfOf, type CorpusDocument, type Half } from './corpora';
import { SAMPLE_CORRECTIONS } from './sampleCorrections';
import type { Region } from './simulate';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const SAMPLE = 'stalin-molotov-1926.letters';

/** The sample's text with every labelled correction applied; throws if the sample no longer matches them. */
export function correctedSample(text: string): string {
  let corrected = '';
  let at = 0;
  for (const [offset, , damaged, correction] of SAMPLE_CORRECTIONS) {
    if (text.slice(offset, offset + damaged.length) !== damaged || offset < at) {
      throw new Error(`the sample changed: ${JSON.stringify(damaged)} is no longer at ${offset}`);
    }
    corrected += text.slice(at, offset) + correction;
    at = offset + damaged.length;
  }
  return corrected + text.slice(at);
}

/** Words a paragraph needs to count as prose (fewer: an address, a signature, a place and day). */
const PROSE_WORDS = 8;

/** The prose paragraphs of a letter's text starting at `base`: a note's text after its number. */
function proseRegions(letter: string, base: number): Region[] {
  const regions: Region[] = [];
  for (const match of letter.matchAll(/[^\n]+/g)) {
    const start = (match.index ?? 0) + (/^\d+\.\s+/.exec(match[0])?.[0].length ?? 0);
    const paragraph = letter.slice(start, (match.index ?? 0) + match[0].length);
    if (/^(Letter\s+\d|\[)/.test(paragraph) || paragraph.split(/\s+/).length < PROSE_WORDS) continue;
    regions.push({ start: base + start, end: base + start + paragraph.trimEnd().length });
  }
  return regions;
}

/** The corrected sample's letters of `half` as one document, with the sample's registers and words. */
export function sampleCorpus(half: Half): CorpusDocument[] {
  const text = correctedSample(readFileSync(path.join(SAMPLES, SAMPLE), 'utf8'));
  const starts = [...text.matchAll(/^Letter (\d+)$/gm)];
  let document = 'Stalin to Molotov\n\n';
  const regions: Region[] = [];
  starts.forEach((match, index) => {
    if (halfOf(Number(match[1])) !== half) return;
    const letter = text.slice(match.index, starts[index + 1]?.index ?? text.length);
    regions.push(...proseRegions(letter, document.length));
    document += letter.endsWith('\n\n') ? letter : `${letter.trimEnd()}\n\n`;
  });
  const companions = readdirSync(SAMPLES)
    .filter((name) => name !== SAMPLE && name.startsWith('stalin-molotov-1926.'))
    .map((name) => [name, readFileSync(path.join(SAMPLES, name), 'utf8')] as const);
  return [{ name: `sample/${half}`, text: document, regions, companions }];
}
