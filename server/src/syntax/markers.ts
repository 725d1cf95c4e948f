import { isDigit, isHorizontalSpace, isLetterAt } from './characters';
import {
  CITATION_ABBREVIATIONS,
  endsWithCitation,
  isMonthWord,
  monthOf,
  weekdayOf,
  type Language,
} from './vocabulary';
import { isYear } from './textDates';
import type { Span } from './span';
import type { MarkerSyntax } from './tree';

/** Punctuation that may end the annotated phrase just before a marker. */
const CLOSING = new Set(['.', ',', ';', ':', '!', '?', '"', "'", '\u201D', '\u2019', ')', ']']);

/**
 * Words that count things; a number after them is a quantity or a reference, not a marker
 * (`points 2 and 3`, `Point 1,`, `No. 3`, `vol. 4`, archival `f. 17, op. 3, d. 585, l. 3`).
 */
const COUNTING_WORDS = new Set([
  ...CITATION_ABBREVIATIONS,
  'point',
  'points',
  'item',
  'items',
  'letter',
  'letters',
  'note',
  'notes',
  'number',
  'numbers',
  'volume',
  'volumes',
  'page',
  'pages',
  'chapter',
  'chapters',
  'article',
  'articles',
  'section',
  'sections',
  'paragraph',
  'paragraphs',
  'part',
  'parts',
  'clause',
  'clauses',
  'issue',
  'issues',
  'fond',
  'opis',
  'delo',
  'list',
  'room',
  'table',
  'figure',
  'act',
  'protocol',
  'minutes',
  'telegram',
  'order',
  'decree',
  'group',
  'class',
  'grade',
  'level',
  'series',
  'book',
]);

/** Words after a number that make it a quantity or a date, never a marker. */
const QUANTITY_WORDS = new Set([
  'million',
  'millions',
  'billion',
  'thousand',
  'hundred',
  'percent',
  'per',
  'rubles',
  'ruble',
  'kopecks',
  'dollars',
  'pounds',
  'marks',
  'days',
  'day',
  'weeks',
  'week',
  'months',
  'month',
  'years',
  'year',
  'hours',
  'hour',
  'minutes',
  'people',
  'times',
  'a.m.',
  'p.m.',
  'o\u2019clock',
  "o'clock",
  'members',
  'votes',
  'versts',
  'kilometers',
  'poods',
  'tons',
  'copies',
  'vols.',
  'volumes',
]);

const ORDINAL_SUFFIX = /^(?:st|nd|rd|th|s)\b/i;

const NUMBER = /(?<!\d)\d{1,3}(?!\d)/g;

/**
 * Finds the note markers of one line of running text; `previous` and `next` are the lines around it
 * when no blank line separates them (a hard-wrapped paragraph). A number is a marker when it is glued to the
 * annotated word or punctuation (`revolution4`, `Politburo.3`, `Hello again,1`, `Telegram No.2`),
 * when it follows closing punctuation and one space (`deadlines. 2 It`, `Molotov, 1`), or when it
 * stands between a capitalised name and a lower-case word (`the Profintern 4 and`). List numbers,
 * dates, quantities, citations and numbers at the start of a line are never markers; see
 * docs/format.md for the full rule.
 */
export function scanMarkers(
  text: string,
  line: Span,
  language: Language,
  previous?: Span,
  next?: Span,
): MarkerSyntax[] {
  const found = scanLine(text, line, language, previous);
  if (!next || found.length === 0) return found;
  // A number ending a hard-wrapped line may be a day or a quantity whose word is on the next line
  // (`at two o'clock, 1` / `September.`).
  const lineText = text.slice(line.start, line.end);
  if (lineText.trim().length < WRAPPED_LINE_LENGTH) return found;
  const joined = `${lineText.trimEnd()} ${text.slice(next.start, next.end).trim()}`;
  return found.filter(
    (marker) =>
      text.slice(marker.span.end, line.end).trim() !== '' ||
      !isQuantityOrDate(joined, marker.span.end - line.start, language),
  );
}

function scanLine(text: string, line: Span, language: Language, previous: Span | undefined): MarkerSyntax[] {
  const markers: MarkerSyntax[] = [];
  const lineText = text.slice(line.start, line.end);
  const wrapped = previous ? markerContinuingLine(text, line, previous, language) : undefined;
  if (wrapped) markers.push(wrapped);
  NUMBER.lastIndex = 0;
  for (let match = NUMBER.exec(lineText); match; match = NUMBER.exec(lineText)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!isMarkerAt(lineText, start, end, language)) continue;
    markers.push({ number: Number(match[0]), span: { start: line.start + start, end: line.start + end } });
    // A run like `1,2` marks several notes at once.
    let next = end;
    while (lineText.charAt(next) === ',' && isDigit(lineText.charCodeAt(next + 1))) {
      const follow = /^\d{1,3}(?!\d)/.exec(lineText.slice(next + 1));
      if (!follow) break;
      const followStart = next + 1;
      markers.push({
        number: Number(follow[0]),
        span: { start: line.start + followStart, end: line.start + followStart + follow[0].length },
      });
      next = followStart + follow[0].length;
    }
    NUMBER.lastIndex = next;
  }
  return markers;
}

/**
 * The markers after an editorial date's closing bracket, on its line (`[12 March 1931] 1`,
 * `[12 March 1931]1`, `[12 March 1931] 1,2`): numbers and nothing else up to the end of the line.
 * `rest` is the text from just after the bracket to the end of the line.
 */
export function markersAfterEditorialDate(text: string, rest: Span): MarkerSyntax[] {
  const after = text.slice(rest.start, rest.end);
  const run = /^([ \t\u00A0]?)([1-9]\d{0,2}(?:,[1-9]\d{0,2})*)[ \t\u00A0]*$/.exec(after);
  if (!run) return [];
  const markers: MarkerSyntax[] = [];
  let offset = rest.start + (run[1] ?? '').length;
  for (const digits of (run[2] ?? '').split(',')) {
    markers.push({ number: Number(digits), span: { start: offset, end: offset + digits.length } });
    offset += digits.length + 1;
  }
  return markers;
}

/** Shortest line a hard-wrapping editor leaves before a continuation. */
const WRAPPED_LINE_LENGTH = 50;

/**
 * A marker at the start of a line that continues a hard-wrapped paragraph (`… the deadlines.` /
 * `2 It is …`): the number is read as if the line break were the space it replaced, when the line
 * before is of wrapped length. A number starting a line after a short line stays a line start.
 */
function markerContinuingLine(
  text: string,
  line: Span,
  previous: Span,
  language: Language,
): MarkerSyntax | undefined {
  const before = text.slice(previous.start, previous.end).trim();
  if (before.length < WRAPPED_LINE_LENGTH) return undefined;
  const lineText = text.slice(line.start, line.end);
  const first = firstNonSpace(lineText);
  const number = /^[1-9]\d{0,2}(?![\d,])/.exec(lineText.slice(first));
  if (!number) return undefined;
  const joined = `${before} ${lineText.slice(first)}`;
  const start = before.length + 1;
  if (!isMarkerAt(joined, start, start + number[0].length, language)) return undefined;
  return {
    number: Number(number[0]),
    span: { start: line.start + first, end: line.start + first + number[0].length },
  };
}

function isMarkerAt(line: string, start: number, end: number, language: Language): boolean {
  const value = Number(line.slice(start, end));
  if (value === 0 || line.charAt(start) === '0') return false;
  if (firstNonSpace(line) === start) return false;
  const after = line.charAt(end);
  // List numbers `7)`, decimals `2.25`, times `9:00`, fractions and ranges.
  if (after === ')' || after === '/' || after === '-' || after === '\u2013' || after === '%') return false;
  if ((after === '.' || after === ':') && isDigit(line.charCodeAt(end + 1))) return false;
  if (after === ',' && /^,\d{3}(?!\d)/.test(line.slice(end, end + 5))) return false;
  if (isLetterAt(line, end) && ORDINAL_SUFFIX.test(line.slice(end))) return false;
  if (isQuantityOrDate(line, end, language)) return false;

  const before = line.charAt(start - 1);
  if (isLetterAt(line, start - 1)) return gluedToWord(line, start);
  if (CLOSING.has(before)) return !isDigit(line.charCodeAt(start - 2)) && !isCitationBefore(line, start - 1);
  if (before === ' ' || before === '\u00A0') {
    const previous = line.charAt(start - 2);
    if (CLOSING.has(previous)) {
      if (isDigit(line.charCodeAt(start - 3))) return afterYearSentence(line, start, end);
      return !isCitationBefore(line, start - 2) && afterSpacedMarker(line, end);
    }
    if (isLetterAt(line, start - 2))
      return betweenNameAndWord(line, start, end, language) || afterSignature(line, start, end);
    if (isDigit(line.charCodeAt(start - 2))) return afterDateline(line, start, end, language);
  }
  return false;
}

/** Longest line whose last number may mark a signature or a dateline (`J. Stalin 2`, `Sochi, 6/25/26 3`). */
const CLOSING_LINE_LENGTH = 60;

/** Whether nothing but spaces follows `end` and the line is as short as a signature or a dateline. */
function endsShortLine(line: string, end: number): boolean {
  return /^[ \t\u00A0]*$/.test(line.slice(end)) && line.trim().length <= CLOSING_LINE_LENGTH;
}

/**
 * `… rose to 1927. 2 The plan`: a sentence that ends in a year, then one space and the marker, then
 * the next sentence (a capital or a quote) or the end of the line. Any other number before the
 * period (`l. 3. 4 The`, `2. 25`) leaves the number undecided.
 */
function afterYearSentence(line: string, start: number, end: number): boolean {
  const year = /(?<![\p{L}\p{N}.,:/])(\d{4})[.!?]$/u.exec(line.slice(0, start - 1));
  if (!year || !isYear(Number(year[1]))) return false;
  if (endsWithCitation(line.slice(0, year.index))) return false;
  const rest = line.slice(end);
  return /^[ \t\u00A0]*$/.test(rest) || /^[ \u00A0]+[\p{Lu}"'(\u201C\u2018]/u.test(rest);
}

/** `J. Stalin 2`: a signature of initials and a surname, then the marker at the end of a short line. */
function afterSignature(line: string, start: number, end: number): boolean {
  if (!endsShortLine(line, end)) return false;
  return /^(?:\p{Lu}\.[ \u00A0]?)+\p{Lu}[\p{Ll}'\u2019-]+[ \u00A0]$/u.test(
    line.slice(firstNonSpace(line), start),
  );
}

/**
 * `Sochi, 6/25/26 3`, `Moscow, 25 June 1926 2`: a marker after a dateline's date at the end of a
 * short line, the date being numeric or ending in its year. A number after a day and month
 * (`25 June 2`) could be a day itself and is left undecided.
 */
function afterDateline(line: string, start: number, end: number, language: Language): boolean {
  if (!endsShortLine(line, end)) return false;
  const before = line.slice(0, start - 1);
  if (/(?<![\d/])\d{1,2}\/\d{1,2}(?:\/(?:\d{2}|\d{4}))?$/.test(before)) return true;
  const year = /(\p{L}+\.?)[ \u00A0]+(\d{4})$/u.exec(before);
  return year !== null && isYear(Number(year[2])) && monthOf(language, year[1] ?? '') !== undefined;
}

/** `revolution4`, `Committee6`, `Congress2it`; but not the digits of a code such as `B2` or `l3`. */
function gluedToWord(line: string, start: number): boolean {
  const word = wordBefore(line, start);
  return word.length >= 3;
}

/** After closing punctuation and a space, the marker ends the line or is followed by the next sentence. */
function afterSpacedMarker(line: string, end: number): boolean {
  const rest = line.slice(end);
  if (/^[ \t\u00A0]*$/.test(rest) || /^,\d/.test(rest)) return true;
  return /^[ \u00A0]+[\p{L}"'(\u201C\u2018]/u.test(rest);
}

/** `the Profintern 4 and`: a capitalised name, not a counting word, month or weekday, then a lower-case word. */
function betweenNameAndWord(line: string, start: number, end: number, language: Language): boolean {
  const word = wordBefore(line, start - 1);
  if (word.length < 3 || !/^\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (COUNTING_WORDS.has(lower) || isMonthWord(language, word) || weekdayOf(language, word) !== undefined)
    return false;
  return /^ \p{Ll}/u.test(line.slice(end, end + 2));
}

/** A number followed by a month (`15 June`), a unit (`1 million`) or a counting word is not a marker. */
function isQuantityOrDate(line: string, end: number, language: Language): boolean {
  const following = line.slice(end, end + 40);
  if (/^[ \u00A0]+(?:and|or|to|through)[ \u00A0]+\d/.test(following)) return true;
  const next = /^[ \t\u00A0]+([\p{L}.'\u2019]+)/u.exec(following);
  if (!next) return false;
  const word = next[1] ?? '';
  return isMonthWord(language, word) || QUANTITY_WORDS.has(word.toLowerCase());
}

/**
 * Whether the punctuation at `punctuation` closes an abbreviation that takes a number: archival
 * `f.`, `op.`, `d.`, `l.`, `ll.`, volumes and pages. `No.2` stays a marker: this edition writes
 * numbers as `No. 2`, so a glued digit after `No.` is a note number.
 */
function isCitationBefore(line: string, punctuation: number): boolean {
  if (line.charAt(punctuation) !== '.' && line.charAt(punctuation) !== ',') return false;
  const word = wordBefore(line, punctuation).toLowerCase();
  if (word === 'no' && line.charAt(punctuation) === '.' && line.charAt(punctuation + 1) !== ' ') return false;
  return CITATION_ABBREVIATIONS.has(word);
}

function wordBefore(line: string, end: number): string {
  let start = end;
  while (start > 0 && isLetterAt(line, start - 1)) start--;
  return line.slice(start, end);
}

function firstNonSpace(line: string): number {
  let index = 0;
  while (index < line.length && isHorizontalSpace(line.charCodeAt(index))) index++;
  return index;
}
