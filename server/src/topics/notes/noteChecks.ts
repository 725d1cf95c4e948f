import type { LetterInput } from '../../analysis/letterProblems';
import type { LetterSyntax, MarkerSyntax, NoteSyntax } from '../../syntax/tree';
import { firstMarkers, isHeadingNote } from './notes';
import type { Fix, Problem, RelatedPlace } from '../../analysis/problems';
import { renumberNotes } from './renumber';
import { splitLineBefore } from '../splitLine';

/**
 * Note numbering checks of one letter: markers without a note, notes without a marker,
 * duplicate, missing and disordered note numbers, markers out of order, and notes glued to the
 * previous line. They depend on the letter's text only, so they run as a `LetterCheck`, cached
 * per letter.
 */
export function letterNoteProblems({ model, letter, lineBreak }: LetterInput): Problem[] {
  const problems: Problem[] = [];
  const renumber = renumberNotes(model.text, letter);
  const renumberFixes = renumber ? [renumber] : [];
  const noteNumbers = new Set(letter.notes.map((note) => note.number));
  const referenced = new Set(letter.markers.map((marker) => marker.number));
  const name = `letter ${letter.number}`;

  for (const marker of letter.markers) {
    if (noteNumbers.has(marker.number)) continue;
    problems.push({
      code: 'note.missing',
      span: marker.span,
      message: `Marker ${marker.number} in ${name} has no note ${marker.number}.`,
      related: lastNoteOrHeading(letter),
      fixes: [createNoteStub(model.text, lineBreak, letter, marker.number)],
    });
  }

  for (const note of letter.notes) {
    if (referenced.has(note.number)) continue;
    if (isHeadingNote(letter, note)) {
      problems.push({
        code: 'note.heading',
        span: note.numberSpan,
        message: `Note 1 of ${name} has no marker: it annotates the letter itself.`,
        related: [],
        fixes: [],
      });
    } else {
      problems.push({
        code: 'note.unreferenced',
        span: note.numberSpan,
        message: `Note ${note.number} of ${name} is not referenced by any marker in the letter.`,
        related: [{ span: letter.heading, message: `Letter ${letter.number}` }],
        fixes: [],
      });
    }
  }

  problems.push(...numberingProblems(letter, renumberFixes));
  problems.push(...markerOrderProblems(letter, renumberFixes));

  for (const note of letter.notes) {
    if (!note.glued) continue;
    problems.push({
      code: 'note.glued',
      span: note.numberSpan,
      message: `Note ${note.number} of ${name} starts in the middle of the previous note's line.`,
      related: previousNote(letter, note),
      fixes: [
        splitLineBefore(
          model.text,
          lineBreak,
          note.numberSpan.start,
          `Put note ${note.number} on its own line`,
        ),
      ],
    });
  }
  return problems;
}

/** Duplicate note numbers, gaps and notes out of order. */
function numberingProblems(letter: LetterSyntax, fixes: Fix[]): Problem[] {
  const problems: Problem[] = [];
  const name = `letter ${letter.number}`;
  const seen = new Map<number, NoteSyntax>();
  let previous: NoteSyntax | undefined;
  for (const note of letter.notes) {
    const earlier = seen.get(note.number);
    if (earlier) {
      problems.push({
        code: 'note.duplicate',
        span: note.numberSpan,
        message: `Letter ${letter.number} has two notes numbered ${note.number}.`,
        related: [{ span: earlier.numberSpan, message: `The other note ${note.number}` }],
        fixes,
      });
    } else if (previous && note.number < previous.number) {
      problems.push({
        code: 'note.order',
        span: note.numberSpan,
        message: `Note ${note.number} of ${name} comes after note ${previous.number}.`,
        related: [{ span: previous.numberSpan, message: `Note ${previous.number}` }],
        fixes,
      });
    } else if (note.number > (previous?.number ?? 0) + 1) {
      const expected = (previous?.number ?? 0) + 1;
      const missing =
        expected === note.number - 1 ? `note ${expected}` : `notes ${expected}\u2013${note.number - 1}`;
      problems.push({
        code: 'note.gap',
        span: note.numberSpan,
        message: `The notes of ${name} skip ${missing} before note ${note.number}.`,
        related: previous ? [{ span: previous.numberSpan, message: `Note ${previous.number}` }] : [],
        fixes,
      });
    }
    if (!earlier) seen.set(note.number, note);
    if (!previous || note.number > previous.number) previous = note;
  }
  return problems;
}

/**
 * A note referenced for the first time after a higher-numbered one: notes are numbered in the
 * order of their first marker, so this is a slip. Later references to earlier notes are normal
 * and never reported.
 */
function markerOrderProblems(letter: LetterSyntax, fixes: Fix[]): Problem[] {
  const problems: Problem[] = [];
  let highest: MarkerSyntax | undefined;
  for (const marker of firstMarkers(letter)) {
    if (highest && marker.number < highest.number) {
      problems.push({
        code: 'marker.order',
        span: marker.span,
        message: `Marker ${marker.number} in letter ${letter.number} first appears after marker ${highest.number}.`,
        related: [{ span: highest.span, message: `Marker ${highest.number}` }],
        fixes,
      });
    }
    if (!highest || marker.number > highest.number) highest = marker;
  }
  return problems;
}

function lastNoteOrHeading(letter: LetterSyntax): RelatedPlace[] {
  const last = letter.notes[letter.notes.length - 1];
  return last
    ? [{ span: last.numberSpan, message: `The last note of letter ${letter.number} is note ${last.number}` }]
    : [{ span: letter.heading, message: `Letter ${letter.number} has no notes` }];
}

function previousNote(letter: LetterSyntax, note: NoteSyntax): RelatedPlace[] {
  const index = letter.notes.indexOf(note);
  const previous = letter.notes[index - 1];
  return previous ? [{ span: previous.numberSpan, message: `Note ${previous.number}` }] : [];
}

/** Inserts an empty note `number` after the last note with a lower number (or at the end of the letter). */
function createNoteStub(text: string, eol: string, letter: LetterSyntax, number: number): Fix {
  const before = [...letter.notes].reverse().find((note) => note.number < number);
  const after = letter.notes.find((note) => note.number > number);
  const stub = `${number}.\u00A0\u00A0 `;
  if (before) {
    return {
      title: `Add note ${number} to letter ${letter.number}`,
      replacements: [
        { span: { start: before.span.end, end: before.span.end }, newText: `${eol}${eol}${stub}` },
      ],
      preferred: true,
    };
  }
  if (after) {
    return {
      title: `Add note ${number} to letter ${letter.number}`,
      replacements: [
        { span: { start: after.span.start, end: after.span.start }, newText: `${stub}${eol}${eol}` },
      ],
      preferred: true,
    };
  }
  let end = letter.span.end;
  while (end > letter.span.start && /\s/.test(text.charAt(end - 1))) end--;
  return {
    title: `Add note ${number} to letter ${letter.number}`,
    replacements: [{ span: { start: end, end }, newText: `${eol}${eol}${stub}` }],
    preferred: true,
  };
}
