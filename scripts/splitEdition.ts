import { parseDocument } from '../server/src/syntax/parseDocument';

/** One file of a split edition: its name and the first month (1–12) of the letters it holds. */
export interface EditionPart {
  readonly fileName: string;
  readonly fromMonth: number;
}

/** A file of the split edition with its text. */
export interface EditionFile {
  readonly fileName: string;
  readonly text: string;
}

/**
 * The sample's year in three files by month range. The names sort out of letter order on purpose
 * (`july-…` before `may-…`), so that whatever reads them must order the edition by letter numbers.
 */
export const SAMPLE_PARTS: readonly EditionPart[] = [
  { fileName: 'may-june.letters', fromMonth: 1 },
  { fileName: 'july-september.letters', fromMonth: 7 },
  { fileName: 'october-december.letters', fromMonth: 10 },
];

/**
 * Splits an edition's text into files by month range, cutting at the start of the heading line of
 * the first letter whose editorial date falls in each part's range; the title lines stay with the
 * first file. Letters without a readable month stay with the letters before them. The files joined
 * again are the text, character for character. Throws when a cut would fall inside a line (a
 * heading glued to the end of a note) or when a part would be empty, since the split would then
 * not be the one asked for.
 */
export function splitEdition(text: string, parts: readonly EditionPart[]): EditionFile[] {
  const letters = parseDocument(text).letters;
  const cuts = parts.slice(1).map((part) => {
    const first = letters.find((letter) => {
      const month = letter.editorialDate?.value?.date.month;
      return month !== undefined && month >= part.fromMonth;
    });
    if (!first) throw new Error(`No letter dated from month ${part.fromMonth} for ${part.fileName}.`);
    if (first.headingGlued) throw new Error(`Letter ${first.number} starts inside a line; cannot cut there.`);
    return text.lastIndexOf('\n', first.heading.start) + 1;
  });
  const bounds = [0, ...cuts, text.length];
  return parts.map((part, index) => {
    const start = bounds[index] ?? 0;
    const end = bounds[index + 1] ?? text.length;
    if (end <= start) throw new Error(`${part.fileName} would hold no letter.`);
    return { fileName: part.fileName, text: text.slice(start, end) };
  });
}
