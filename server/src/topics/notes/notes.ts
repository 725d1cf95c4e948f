import type { LetterSyntax, MarkerSyntax, NoteSyntax } from '../../syntax/tree';

/**
 * Whether a note annotates the letter itself rather than a place in its text: an unreferenced
 * note 1 (archival source, the recipient's notation, how the document was sent). Such notes are
 * normal and have no marker.
 */
export function isHeadingNote(letter: LetterSyntax, note: NoteSyntax): boolean {
  return (
    note.number === 1 && letter.notes[0] === note && !letter.markers.some((marker) => marker.number === 1)
  );
}

/** The notes a marker points to (several when the numbering has a duplicate; none when broken). */
export function notesForMarker(letter: LetterSyntax, marker: MarkerSyntax): NoteSyntax[] {
  return letter.notes.filter((note) => note.number === marker.number);
}

/** The markers that point to a note. */
export function markersForNote(letter: LetterSyntax, note: NoteSyntax): MarkerSyntax[] {
  return letter.markers.filter((marker) => marker.number === note.number);
}

/** The first marker of each note number, in text order. */
export function firstMarkers(letter: LetterSyntax): MarkerSyntax[] {
  const seen = new Set<number>();
  const first: MarkerSyntax[] = [];
  for (const marker of letter.markers) {
    if (seen.has(marker.number)) continue;
    seen.add(marker.number);
    first.push(marker);
  }
  return first;
}
