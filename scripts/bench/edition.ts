/**
 * Builds benchmark editions from the sample: copies of its twenty letters with the letters renumbered
 * (so every number stays unique and in sequence) and the years shifted by one per copy (so the
 * chronology stays valid), and the same edition written as Markdown with reference links.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from '../../server/src/syntax/parseDocument';

export const SAMPLE = path.resolve(__dirname, '..', '..', 'samples', 'stalin-molotov-1926.letters');

/** The sample without its title lines, starting at its first heading. */
function sampleLetters(): { text: string; first: number; count: number } {
  const text = readFileSync(SAMPLE, 'utf8');
  const letters = parseDocument(text).letters;
  const start = letters[0]?.span.start ?? 0;
  return { text: text.slice(start), first: letters[0]?.number ?? 1, count: letters.length };
}

/** One copy of the sample's letters, `copy` = 0, 1, 2, ...: letter numbers + 20·copy, years + copy. */
function copyOf(text: string, first: number, count: number, copy: number): string {
  const renumber = (value: string): string => {
    const number = Number(value);
    return number >= first && number < first + count ? String(number + count * copy) : value;
  };
  return text
    .replace(
      /\b([Ll]etters?[ \t\u00A0]+)(\d{1,4})\b/g,
      (_, word: string, digits: string) => word + renumber(digits),
    )
    .replace(/\b(19\d\d)\b/g, (year: string) => String(Number(year) + copy))
    .replace(
      /\b(\d{1,2}\/\d{1,2}\/)(\d\d)\b/g,
      (_, day: string, year: string) => day + String((Number(year) + copy) % 100).padStart(2, '0'),
    );
}

/**
 * An edition kept as `count` files, as large editions are (a file per year or volume): file `i` is
 * the sample's letters copied as {@link copyOf} copy `i` (about 90 KB), named `volume-001.letters`, …
 * in the order of their letters.
 */
export function manyFilesEdition(count: number): { name: string; text: string }[] {
  const { text, first, count: letters } = sampleLetters();
  return Array.from({ length: count }, (_, copy) => {
    const part = copyOf(text, first, letters, copy);
    return {
      name: `volume-${String(copy + 1).padStart(3, '0')}.letters`,
      text: `Benchmark edition, volume ${copy + 1}\n\n${part.endsWith('\n') ? part : part + '\n'}`,
    };
  });
}

/** A `.letters` edition of at least `bytes` UTF-16 code units (about as many bytes: the text is mostly ASCII). */
export function lettersEdition(bytes: number): string {
  const { text, first, count } = sampleLetters();
  const parts = ['Benchmark edition\n\n'];
  let length = parts[0]!.length;
  for (let copy = 0; length < bytes; copy++) {
    const part = copyOf(text, first, count, copy);
    parts.push(part.endsWith('\n') ? part : part + '\n');
    length += part.length + 1;
  }
  return parts.join('');
}

/**
 * The same edition as Markdown: `# Letter N` headings, each marker as a reference link
 * `[2][L12-2]`, each note as a link definition followed by its text, editorial brackets escaped.
 */
export function markdownEdition(letters: string): string {
  const syntax = parseDocument(letters);
  const inserts: { at: number; end: number; text: string }[] = [];
  for (const letter of syntax.letters) {
    inserts.push({ at: letter.heading.start, end: letter.heading.start, text: '# ' });
    for (const marker of letter.markers) {
      const id = `L${letter.number}-${marker.number}`;
      inserts.push({ at: marker.span.start, end: marker.span.end, text: `[${marker.number}][${id}]` });
    }
    for (const note of letter.notes) {
      const id = `L${letter.number}-${note.number}`;
      inserts.push({
        at: note.span.start,
        end: note.numberSpan.end,
        text: `[${id}]: #letter-${letter.number}\n\n${note.number}\\`,
      });
    }
  }
  inserts.sort((a, b) => a.at - b.at);
  const out: string[] = [];
  let position = 0;
  for (const insert of inserts) {
    if (insert.at < position) continue;
    out.push(escape(letters.slice(position, insert.at)), insert.text);
    position = insert.end;
  }
  out.push(escape(letters.slice(position)));
  return out.join('');
}

function escape(text: string): string {
  return text.replace(/[[\]]/g, (bracket) => '\\' + bracket);
}

/** Offset of a marker in the middle letter of the edition and of its note, for hover and definition. */
export function middleMarker(letters: string): { marker: number; note: number; middle: number } {
  const syntax = parseDocument(letters);
  const middleLetter = Math.floor(syntax.letters.length / 2);
  for (let index = middleLetter; index < syntax.letters.length; index++) {
    const letter = syntax.letters[index]!;
    const marker = letter.markers.find((candidate) =>
      letter.notes.some((note) => note.number === candidate.number),
    );
    const line = letter.bodyLines[Math.floor(letter.bodyLines.length / 2)];
    if (marker && line) {
      const note = letter.notes.find((candidate) => candidate.number === marker.number)!;
      return {
        marker: marker.span.start,
        note: note.numberSpan.start,
        middle: Math.floor((line.start + line.end) / 2),
      };
    }
  }
  throw new Error('no marker with a note in the second half of the edition');
}

/** The hover/definition and edit offsets of the `.letters` edition, found again in its Markdown form. */
export function markdownPositions(
  text: string,
  md: string,
  at: ReturnType<typeof middleMarker>,
): ReturnType<typeof middleMarker> {
  // The Markdown text differs before each offset by the inserted link syntax; find the same context.
  const locate = (offset: number, width: number, shift: number): number => {
    const context = text.slice(offset - width, offset).replace(/[[\]]/g, (b) => '\\' + b);
    const found = md.indexOf(context, Math.floor((offset / text.length) * md.length) - 20 * width - 100000);
    return found < 0 ? Math.floor(md.length / 2) : found + context.length + shift;
  };
  // `...word[2][L31-2]`: the marker is now inside the first brackets.
  return { marker: locate(at.marker, 12, 1), note: locate(at.note, 0, 0), middle: locate(at.middle, 24, 0) };
}
