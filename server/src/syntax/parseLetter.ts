import { isHorizontalSpace } from './characters';
import { scanCrossReferences } from './crossReferences';
import { parseEditorialDate as readEditorialDate } from './editorialDates';
import { scanDates, type DateMention } from './textDates';
import type { Heading } from './headings';
import { contentEnd, contentStart, continuesWrappedLine, splitLines, type Line } from './lines';
import { markersAfterEditorialDate, scanMarkers } from './markers';
import type { Span } from './span';
import type { Language } from './vocabulary';
import type { EditorialDateSyntax, LetterSyntax, MarkerSyntax, NoteSyntax, NumberedParagraph } from './tree';

/** A line that starts with `N.` and a gap: a note, or a numbered remark. */
interface NumberedLine {
  readonly lineIndex: number;
  readonly number: number;
  readonly numberSpan: Span;
  readonly textStart: number;
}

const NUMBERED_LINE = /^[ \t\u00A0]*(\d{1,3})\.(?:[ \t\u00A0]+|$)/;
const ENUMERATION_ITEM = /(?:^|[ \t\u00A0])(\d{1,3})\.(?=[ \t\u00A0]|$)/g;
/** Longest a closing line (a date or signature between two numbered runs) may be. */
const CLOSING_LINE_LENGTH = 40;

/**
 * Parses the letter that starts at `heading` and ends at `end`, its dates in `language`. Never
 * throws; every span lies inside `[heading.letterStart, end)`.
 */
export function parseLetter(text: string, heading: Heading, end: number, language: Language): LetterSyntax {
  const lines = splitLines(text, heading.span.end, end);
  // lines[0] is the rest of the heading's line.
  let bodyLineIndex = 1;
  let editorialDate: EditorialDateSyntax | undefined;
  const dateLine = firstNonBlank(lines, 1);
  if (dateLine !== undefined) {
    const line = lines[dateLine] as Line;
    const start = contentStart(text, line);
    if (text.charCodeAt(start) === 0x5b) {
      editorialDate = editorialDateAt(text, start, contentEnd(text, line), language);
      bodyLineIndex = dateLine + 1;
    }
  }

  const numbered = findNumberedLines(text, lines, bodyLineIndex);
  const notesFrom = notesRunStart(text, lines, numbered);
  const noteLines = numbered.slice(notesFrom);
  const remarkLines = numbered.slice(0, notesFrom);
  const firstNoteLine = noteLines[0]?.lineIndex ?? lines.length;

  const bodyLines: Span[] = [];
  const markers: MarkerSyntax[] = [];
  const dates: DateMention[] = [];
  const letterYear = editorialDate?.value?.date.year;
  // A note on the date itself is marked right after its bracket.
  if (editorialDate?.closed && dateLine !== undefined)
    markers.push(
      ...markersAfterEditorialDate(text, {
        start: editorialDate.span.end,
        end: (lines[dateLine] as Line).end,
      }),
    );
  const dateContext = letterYear === undefined ? { language } : { language, year: letterYear };
  // Dates are read over each run of lines without a blank line: a hard-wrapped paragraph may break
  // `15 June` / `1926` across two of its lines.
  let runStart: number | undefined;
  for (let index = bodyLineIndex; index < firstNoteLine; index++) {
    const line = lines[index] as Line;
    if (line.blank) continue;
    bodyLines.push({ start: line.start, end: line.end });
    const previous = lines[index - 1];
    const next = lines[index + 1];
    markers.push(
      ...scanMarkers(
        text,
        line,
        language,
        previous && !previous.blank && index > bodyLineIndex ? previous : undefined,
        next && !next.blank && index + 1 < firstNoteLine ? next : undefined,
      ),
    );
    runStart ??= line.start;
    if (index + 1 >= firstNoteLine || !next || next.blank) {
      dates.push(...scanDates(text, { start: runStart, end: line.end }, dateContext));
      runStart = undefined;
    }
  }

  const bodyStart = (lines[bodyLineIndex] ?? lines[lines.length - 1])?.start ?? heading.span.end;
  const notesStart = noteLines[0] ? (lines[noteLines[0].lineIndex] as Line).start : end;
  const notes = buildNotes(text, lines, noteLines, end);
  // Dates in notes belong to other times than the letter: no year is assumed for them.
  for (const note of notes) dates.push(...scanDates(text, note.textSpan, { language }));
  const letterSpan = { start: heading.letterStart, end };

  return {
    number: heading.number,
    span: letterSpan,
    heading: heading.span,
    numberSpan: heading.numberSpan,
    headingGlued: heading.glued,
    editorialDate,
    body: { start: Math.min(bodyStart, notesStart), end: notesStart },
    bodyLines,
    remarks: buildParagraphs(text, lines, remarkLines, firstNoteLine),
    notes,
    markers,
    crossReferences: scanCrossReferences(text, { start: heading.span.end, end }),
    dates,
  };
}

function firstNonBlank(lines: readonly Line[], from: number): number | undefined {
  for (let index = from; index < lines.length; index++) if (!(lines[index] as Line).blank) return index;
  return undefined;
}

function editorialDateAt(
  text: string,
  start: number,
  lineEnd: number,
  language: Language,
): EditorialDateSyntax {
  const close = text.indexOf(']', start);
  const closed = close !== -1 && close < lineEnd;
  const innerEnd = closed ? close : lineEnd;
  const inner = { start: start + 1, end: innerEnd };
  const { value, defect } = readEditorialDate(text, inner, language);
  return {
    span: { start, end: closed ? close + 1 : lineEnd },
    inner,
    text: text.slice(start + 1, innerEnd),
    closed,
    value,
    defect,
  };
}

/** Lines that start with `N.`, leaving out inline enumerations such as `1. Makharadze 2. Lukashin. 3. ...`. */
function findNumberedLines(text: string, lines: readonly Line[], from: number): NumberedLine[] {
  const found: NumberedLine[] = [];
  for (let index = from; index < lines.length; index++) {
    const line = lines[index] as Line;
    if (line.blank) continue;
    const lineText = text.slice(line.start, line.end);
    const match = NUMBERED_LINE.exec(lineText);
    if (!match || isEnumeration(lineText)) continue;
    const digits = match[1] ?? '';
    const previous = found[found.length - 1];
    if (
      Number(digits) !== (previous?.number ?? 0) + 1 &&
      (continuesWrappedLine(text, lines[index - 1]) ||
        continuesEnumeration(text, lines[index - 1], Number(digits)))
    )
      continue;
    const numberStart = line.start + match[0].indexOf(digits);
    found.push({
      lineIndex: index,
      number: Number(digits),
      numberSpan: { start: numberStart, end: numberStart + digits.length },
      textStart: line.start + match[0].length,
    });
  }
  return found;
}

/** Whether a line lists three or more consecutively numbered short items (`1. A 2. B 3. C`). */
/**
 * Whether `line` (the line just above) is an inline enumeration whose last item is `number − 1`:
 * a hard-wrapped enumeration (`… 16. Mirzoian. 17. K. Rumiantsev.` / `18. M. Orakhelashvili.`) goes on.
 */
function continuesEnumeration(text: string, line: Line | undefined, number: number): boolean {
  if (!line || line.blank) return false;
  const lineText = text.slice(line.start, line.end);
  if (!isEnumeration(lineText)) return false;
  const items = [...lineText.matchAll(ENUMERATION_ITEM)];
  return Number(items[items.length - 1]?.[1]) === number - 1;
}

function isEnumeration(lineText: string): boolean {
  const items: { number: number; at: number }[] = [];
  ENUMERATION_ITEM.lastIndex = 0;
  for (let match = ENUMERATION_ITEM.exec(lineText); match; match = ENUMERATION_ITEM.exec(lineText)) {
    items.push({ number: Number(match[1]), at: match.index });
  }
  for (let index = 0; index + 2 < items.length; index++) {
    const [first, second, third] = [items[index], items[index + 1], items[index + 2]];
    if (!first || !second || !third) break;
    if (
      second.number === first.number + 1 &&
      third.number === first.number + 2 &&
      third.at - first.at < 100
    ) {
      return true;
    }
  }
  return false;
}

/**
 * The index of the first numbered line that is a note. Numbering restarts at 1 after a short closing
 * line (a date or a signature) when remarks numbered 1, 2, ... are appended to a letter before its
 * notes, as in letter 23; the earlier run then belongs to the body. A restart that follows note text
 * directly is a duplicate note instead.
 */
function notesRunStart(text: string, lines: readonly Line[], numbered: readonly NumberedLine[]): number {
  let start = 0;
  for (let index = 1; index < numbered.length; index++) {
    const current = numbered[index] as NumberedLine;
    if (current.number !== 1) continue;
    const previousLine = previousNonBlank(lines, current.lineIndex);
    const previousNumbered = numbered[index - 1] as NumberedLine;
    if (previousLine === undefined || previousLine === previousNumbered.lineIndex) continue;
    const line = lines[previousLine] as Line;
    const content = text.slice(contentStart(text, line), contentEnd(text, line));
    if (content.length <= CLOSING_LINE_LENGTH && !/[.;:,]$/.test(content)) start = index;
  }
  return start;
}

function previousNonBlank(lines: readonly Line[], before: number): number | undefined {
  for (let index = before - 1; index >= 0; index--) if (!(lines[index] as Line).blank) return index;
  return undefined;
}

function buildParagraphs(
  text: string,
  lines: readonly Line[],
  numbered: readonly NumberedLine[],
  stopLine: number,
): NumberedParagraph[] {
  return numbered.map((current, index) => {
    const nextLine = numbered[index + 1]?.lineIndex ?? stopLine;
    return {
      number: current.number,
      numberSpan: current.numberSpan,
      span: {
        start: current.numberSpan.start,
        end: lastContentEnd(text, lines, current.lineIndex, nextLine),
      },
    };
  });
}

function lastContentEnd(text: string, lines: readonly Line[], fromLine: number, toLine: number): number {
  for (let index = Math.min(toLine, lines.length) - 1; index >= fromLine; index--) {
    const line = lines[index] as Line;
    if (!line.blank) return contentEnd(text, line);
  }
  return (lines[fromLine] as Line).end;
}

function buildNotes(
  text: string,
  lines: readonly Line[],
  numbered: readonly NumberedLine[],
  end: number,
): NoteSyntax[] {
  const notes: NoteSyntax[] = [];
  numbered.forEach((current, index) => {
    const nextLine = numbered[index + 1]?.lineIndex ?? lines.length;
    const noteEnd = Math.min(end, lastContentEnd(text, lines, current.lineIndex, nextLine));
    let note: NoteSyntax = {
      number: current.number,
      numberSpan: current.numberSpan,
      span: { start: current.numberSpan.start, end: noteEnd },
      textSpan: { start: Math.min(current.textStart, noteEnd), end: noteEnd },
      glued: false,
    };
    // A following note glued into this note's text by extraction (`... l. 4). 8. A transcript ...`).
    for (;;) {
      const glued = findGluedNote(text, lines, note, current.lineIndex, nextLine);
      if (!glued) break;
      notes.push({
        ...note,
        span: { start: note.span.start, end: glued.cut },
        textSpan: { start: note.textSpan.start, end: glued.cut },
      });
      note = glued.note;
    }
    notes.push(note);
  });
  return notes;
}

/** Whether the line after `index` (before `toLine`) is not blank and starts with a capital. */
function nextLineCapitalised(text: string, lines: readonly Line[], index: number, toLine: number): boolean {
  const next = lines[index + 1];
  if (!next || next.blank || index + 1 >= toLine) return false;
  return /^\p{Lu}/u.test(text.slice(contentStart(text, next), next.end));
}

/**
 * Looks for `N+1.` glued into the text of note N: after the end of a sentence (a word of three or more
 * letters, or a closing parenthesis or bracket, then a period), followed by a capitalised word (on
 * the next line when `N+1.` ends a hard-wrapped line), on a line that is not an inline enumeration.
 */
function findGluedNote(
  text: string,
  lines: readonly Line[],
  note: NoteSyntax,
  fromLine: number,
  toLine: number,
): { note: NoteSyntax; cut: number } | undefined {
  const expected = note.number + 1;
  const pattern = new RegExp(
    `(?:\\p{L}{3}|[)\\]])\\.([ \\t\\u00A0]+)(${expected})\\.(?:[ \\t\\u00A0]+\\p{Lu}|[ \\t\\u00A0]*$)`,
    'gu',
  );
  for (let index = fromLine; index < toLine; index++) {
    const line = lines[index] as Line;
    if (line.blank || line.end <= note.textSpan.start) continue;
    const from = Math.max(line.start, note.textSpan.start);
    const lineText = text.slice(from, line.end);
    // Every match holds `N.`: most lines of a note do not, and the Unicode pattern is dear.
    if (!lineText.includes(`${expected}.`)) continue;
    pattern.lastIndex = 0;
    const match = pattern.exec(lineText);
    // The enumeration test is the dearer one, so it runs only on lines where a glued note matched.
    if (!match || isEnumeration(text.slice(line.start, line.end))) continue;
    // `N.` at the end of a hard-wrapped line: its text is the capitalised start of the next line.
    if (/\.[ \t\u00A0]*$/.test(match[0]) && !nextLineCapitalised(text, lines, index, toLine)) continue;
    const gap = match[1] ?? ' ';
    const digits = match[2] ?? '';
    const numberStart = from + match.index + match[0].indexOf(gap + digits + '.') + gap.length;
    let textStart = numberStart + digits.length + 1;
    while (textStart < line.end && isHorizontalSpace(text.charCodeAt(textStart))) textStart++;
    const cut = numberStart - gap.length;
    return {
      cut,
      note: {
        number: expected,
        numberSpan: { start: numberStart, end: numberStart + digits.length },
        span: { start: numberStart, end: note.span.end },
        textSpan: { start: textStart, end: note.span.end },
        glued: true,
      },
    };
  }
  return undefined;
}
