import type { LetterSyntax, NoteSyntax } from '../../syntax/tree';
import { isHeadingNote } from './notes';
import type { Fix, TextReplacement } from '../../analysis/problems';

/**
 * Renumbers the notes of a letter 1..N in the order of their first marker, rewriting markers and
 * notes together and moving each note to its new place. Notes without a marker (a heading note,
 * a note whose marker was lost) keep their place. Returns undefined when nothing would change.
 */
export function renumberNotes(text: string, letter: LetterSyntax): Fix | undefined {
  const notes = letter.notes;
  if (notes.length === 0) return undefined;
  const ordered = newOrder(letter);
  const newNumber = new Map<NoteSyntax, number>(ordered.map((note, index) => [note, index + 1]));
  // A marker keeps pointing at the first note that had its number.
  const byOldNumber = new Map<number, number>();
  for (const note of notes) {
    if (!byOldNumber.has(note.number)) byOldNumber.set(note.number, newNumber.get(note) as number);
  }

  const replacements: TextReplacement[] = [];
  for (const marker of letter.markers) {
    const target = byOldNumber.get(marker.number);
    if (target !== undefined && target !== marker.number) {
      replacements.push({ span: marker.span, newText: String(target) });
    }
  }
  const first = notes[0] as NoteSyntax;
  const last = notes[notes.length - 1] as NoteSyntax;
  const rewritten = ordered
    .map((note) => {
      const gap = text.slice(note.numberSpan.end, note.textSpan.start) || '.   ';
      return `${newNumber.get(note)}${gap}${text.slice(note.textSpan.start, note.textSpan.end)}`;
    })
    .join('\n\n');
  const region = { start: first.span.start, end: last.span.end };
  if (rewritten !== text.slice(region.start, region.end))
    replacements.push({ span: region, newText: rewritten });
  if (replacements.length === 0) return undefined;
  return {
    title: `Renumber the notes of letter ${letter.number} in the order of their markers`,
    replacements,
  };
}

function newOrder(letter: LetterSyntax): NoteSyntax[] {
  const notes = letter.notes;
  const firstMarkerAt = new Map<number, number>();
  for (const marker of letter.markers) {
    if (!firstMarkerAt.has(marker.number)) firstMarkerAt.set(marker.number, marker.span.start);
  }
  const claimed = new Set<number>();
  const referenced: { note: NoteSyntax; at: number }[] = [];
  for (const note of notes) {
    const at = firstMarkerAt.get(note.number);
    if (at !== undefined && !claimed.has(note.number) && !isHeadingNote(letter, note)) {
      claimed.add(note.number);
      referenced.push({ note, at });
    }
  }
  referenced.sort((a, b) => a.at - b.at);
  // Notes without a marker keep their place; the others fill the remaining places in marker order.
  const inMarkerOrder = referenced.map((entry) => entry.note);
  const referencedNotes = new Set(inMarkerOrder);
  let next = 0;
  return notes.map((note) => (referencedNotes.has(note) ? (inMarkerOrder[next++] as NoteSyntax) : note));
}
