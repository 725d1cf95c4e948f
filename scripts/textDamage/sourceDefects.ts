/**
 * The clean corpora's own defects, labelled by reading (`test/data/textDamage/sourceDefects.json`):
 * Brown keeps the misprints of the books and papers it sampled, and `nlp-corpus` words run together
 * in the web text it gathered. A finding on one of them is a defect found, not a false alarm; the
 * measurement counts and lists them apart. Only what a proofreader would mark is labelled (a
 * misprint, two words run together, a lost space, hyphen or full stop), never dialect, slang, deliberate
 * shorthands of text messages, older spellings or words of another language: those stay false alarms.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** What a proofreader would mark. */
export type DefectKind = 'misprint' | 'runTogether' | 'missingSpace' | 'lostHyphen' | 'lostStop';

export const DEFECT_KINDS: readonly DefectKind[] = [
  'misprint',
  'runTogether',
  'missingSpace',
  'lostHyphen',
  'lostStop',
];

/** One labelled defect of a corpus document. */
export interface SourceDefect {
  /** The document as the measurement names it (`brown/cg13`, `nlp-corpus/doc-16`). */
  readonly document: string;
  /** The word as the document writes it (`pyschiatrist`, `thefloor`; for a lost full stop, the last words before the break, `not drunk`). */
  readonly written: string;
  readonly kind: DefectKind;
  /** A few words of why it is a defect (the word meant). */
  readonly why: string;
}

/** The labels file, beside the other test data. */
export const SOURCE_DEFECTS_FILE = path.join(__dirname, '../../test/data/textDamage/sourceDefects.json');

/** The labelled defects of both halves of the corpora. */
export function loadSourceDefects(file = SOURCE_DEFECTS_FILE): SourceDefect[] {
  return JSON.parse(readFileSync(file, 'utf8')) as SourceDefect[];
}

/** A pattern that finds `written` as a whole word (no letter or digit against it), everywhere. */
export function writtenPattern(written: string): RegExp {
  const escaped = written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const edge = (character: string | undefined) => (character && /[\p{L}\d]/u.test(character) ? true : false);
  // A boundary is asked for only where the written form itself starts or ends with a letter or digit.
  const before = edge(written[0]) ? '(?<![\\p{L}\\d])' : '';
  const after = edge(written[written.length - 1]) ? '(?![\\p{L}\\d])' : '';
  return new RegExp(`${before}${escaped}${after}`, 'gu');
}

/**
 * The labelled defect that a finding on `[start, end)` of a document reports, or undefined: the
 * finding touches a place where the document writes the labelled word (a misprint repeated in one
 * document is one label).
 */
export function defectFound(
  defects: readonly SourceDefect[],
  document: { readonly name: string; readonly text: string },
  start: number,
  end: number,
): SourceDefect | undefined {
  return defects.find(
    (defect) =>
      defect.document === document.name &&
      [...document.text.matchAll(writtenPattern(defect.written))].some(
        (match) => match.index < Math.max(end, start + 1) && start < match.index + match[0].length,
      ),
  );
}
