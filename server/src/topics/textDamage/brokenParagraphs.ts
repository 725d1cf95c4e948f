import type { Problem } from '../../analysis/problems';
import type { Span } from '../../syntax/span';

/**
 * Words that never end an English sentence: a paragraph ending with one was cut in mid-sentence.
 * Prepositions that double as particles (`coming in`, `gave up`, `went on`) and auxiliaries that end
 * elliptic clauses (`as we must`) are not among them.
 */
const OPEN_ENDINGS = new Set(
  (
    'the a an of to from into onto between against toward towards with for at and or nor but than whose ' +
    'his her their its our your my'
  ).split(' '),
);

/** Titles that stand before a name (`in view of Com.` / `Ordzhonikidze's refusal`). */
const TITLES = new Set(['Com.', 'Comrade', 'Comrades', 'Gen.', 'Mr.', 'Mrs.', 'Dr.', 'Prof.']);

/**
 * Abbreviations of the fields of an archival citation: a paragraph ending with one before a number
 * is a citation broken in two, which the citation check reports (`cite.broken`).
 */
const CITATION_FIELD = /(?:^|[\s(])(?:f|op|d|l|ll|ob|vyp|p|pp|vol|no)\.$/u;
/** A paragraph that opens with a citation field and its number: the rest of a citation broken in two. */
const CITATION_CONTINUED = /^(?:f|op|d|l|ll|ob|vyp|p|pp|vol|no)\.\s?\d/u;

/** The shortest paragraph read as prose, not as a heading, salutation, dateline or signature. */
const PROSE_WORDS = 8;

/** A paragraph: one or more non-blank lines, blank lines around it. */
interface Paragraph {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function paragraphs(text: string, range: Span): Paragraph[] {
  const found: Paragraph[] = [];
  // Whether the previous line was blank (or there was none), so that this line starts a paragraph.
  let afterBlank = true;
  let lineEnded = false;
  for (const match of text.slice(range.start, range.end).matchAll(/[^\n\r]+|\r\n|\n|\r/gu)) {
    const line = match[0];
    if (line === '\n' || line === '\r' || line === '\r\n') {
      // Two line breaks in a row enclose an empty line.
      if (lineEnded) afterBlank = true;
      lineEnded = true;
      continue;
    }
    lineEnded = false;
    const body = line.trim();
    if (body === '') {
      afterBlank = true;
      continue;
    }
    const start = range.start + (match.index ?? 0) + (line.length - line.trimStart().length);
    const previous = found[found.length - 1];
    if (previous && !afterBlank)
      found[found.length - 1] = {
        start: previous.start,
        end: start + body.length,
        text: `${previous.text}\n${body}`,
      };
    else found.push({ start, end: start + body.length, text: body });
    afterBlank = false;
  }
  return found;
}

/** The paragraph's text without a note marker after its final punctuation (`the plenum; 1`, `him.2`). */
function withoutFinalMarker(paragraph: string): string {
  // Only a paragraph that ends with a digit has a marker to take: the others are not searched.
  const last = paragraph.charCodeAt(paragraph.length - 1);
  if (!(last >= 0x30 && last <= 0x39)) return paragraph;
  return paragraph.replace(/([.,;:!?)\]"'”’])\s?\d{1,2}$/u, '$1');
}

/** Whether a UTF-16 code unit is white space as `\s` reads it. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0xa0 && /\s/u.test(String.fromCharCode(code)))
  );
}

/**
 * The text after the last white space of `paragraph` (all of it when there is none), as
 * `split(/\s+/u).pop()` gives it, read from the end instead of splitting the whole paragraph.
 */
function lastWord(paragraph: string): string {
  let start = paragraph.length;
  while (start > 0 && !isSpace(paragraph.charCodeAt(start - 1))) start--;
  return paragraph.slice(start);
}

/** The text before the first white space of `paragraph`, as `split(/\s+/u)[0]` gives it. */
function firstWord(paragraph: string): string {
  const end = paragraph.search(/\s/u);
  return end < 0 ? paragraph : paragraph.slice(0, end);
}

/** Whether `text` has at least `count` words, as `split(/\s+/u)` counts them (one more than its runs of white space). */
function hasWords(text: string, count: number): boolean {
  const spaces = /\s+/gu;
  let words = 1;
  while (words < count && spaces.exec(text)) words++;
  return words >= count;
}

/**
 * Whether a quotation opened in `paragraph` is left open: an odd number of straight double quotes,
 * two apostrophes counting as one (`''boldness"`, pairs taken from the left).
 */
function openQuote(paragraph: string): boolean {
  let quotes = 0;
  for (let at = paragraph.indexOf('"'); at >= 0; at = paragraph.indexOf('"', at + 1)) quotes++;
  for (let at = paragraph.indexOf("''"); at >= 0; at = paragraph.indexOf("''", at + 2)) quotes++;
  return quotes % 2 === 1;
}

/**
 * Whether `paragraph` leaves a quotation open: an odd number of quotes, the last of them opening one
 * (before a word), not closing one opened in a paragraph before (`Kuibyshev."`).
 */
function leavesQuotationOpen(paragraph: string): boolean {
  return openQuote(paragraph) && /"[^\s.,;:!?)\]—–-]/u.test(paragraph.slice(paragraph.lastIndexOf('"')));
}

/**
 * Whether the quotation `paragraph` leaves open goes on in the paragraph `next`, as English writes a
 * passage quoted at length: the quoted part ends a sentence and holds one of prose (eight words or
 * more), and the next paragraph starts a sentence. A short quotation cut at a paragraph's end
 * (`the note: "We have read this.` / `Agreed. Bukharin …"`) is the conversion's break.
 */
function quotationGoesOn(paragraph: string, next: string): boolean {
  const quoted = paragraph.slice(paragraph.lastIndexOf('"') + 1);
  return /[.!?]$/u.test(quoted) && hasWords(quoted.trim(), PROSE_WORDS) && /^["“]?\p{Lu}/u.test(next);
}

/** Words that name a document: a line starting with one and no full stop is its heading. */
const DOCUMENT_WORDS =
  /^(?:resolution|order|decree|directive|decision|protocol|minutes|memorandum|statement|telegram|appendix|extract|excerpt|draft|report|circular|instruction|theses|declaration|appeal|agenda)\b/iu;

/**
 * Whether the number (or initial) that ends `paragraph` opens an item of a run-in list: it stands
 * after the item before it, which ends with a full stop (`4. Eliava. 5.`), or is an initial in one
 * (`9. R.`); a number after a word ends a sentence (`shown in Table 1.`, `Tests 2, 3, and 4.`).
 */
function itemNumber(paragraph: string): boolean {
  const [, before = '', last = ''] = /(\S*)\s+(\S+)$/u.exec(paragraph) ?? [];
  return !/^\d/u.test(last) || /[.;]$/u.test(before);
}

/**
 * Whether a paragraph without terminal punctuation is a block that needs none: an address
 * (`To the Central Committee of the …`, or lines of a few words each), a heading of a document
 * (`Resolution of the Politburo on …`, or most of its longer words capitalised, as titles are).
 */
function blockWithoutStop(paragraph: string): boolean {
  if (/^To\s+(?:the\s+)?\p{Lu}/u.test(paragraph) || DOCUMENT_WORDS.test(paragraph)) return true;
  const lines = paragraph.split('\n');
  if (lines.length >= 2 && lines.every((line) => !hasWords(line, 7))) return true;
  // A numbered note or point is prose, however many names it holds.
  if (/^\d/u.test(paragraph)) return false;
  const words = paragraph.match(/\p{L}{4,}/gu) ?? [];
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return words.length > 0 && capitalised / words.length >= 0.8;
}

/**
 * Whether `first` introduces a quotation that `next` opens (`He wrote as follows` / `"…`, `She
 * said,` / `"…`): the quotation is a paragraph of its own.
 */
function introducesQuotation(first: string, next: string): boolean {
  return (
    /^["“‘']/u.test(next) &&
    /(?:,|\b(?:follows|following|said|says|wrote|writes|reads|declared|stated))$/u.test(first)
  );
}

/** The fewest words of a line read as prose rather than as a line of verse or a heading. */
const LINE_OF_PROSE_WORDS = 12;

/** Whether `text` is a line or lines of fewer than {@link LINE_OF_PROSE_WORDS} words each. */
function shortLines(text: string): boolean {
  return text.split('\n').every((line) => !hasWords(line, LINE_OF_PROSE_WORDS));
}

/** Whether `text` is a single short line that opens with a capital, as a line of verse does. */
function verseLine(text: string): boolean {
  return !text.includes('\n') && shortLines(text) && /^["“‘']?\p{Lu}/u.test(text);
}

/**
 * Whether `first`, between the paragraphs `previous` and `next`, is a line of verse set as a
 * paragraph (`I marry this man and woman together.` / `Let none but Him who rules the thunder` /
 * `Put this man and woman asunder.`): three short lines in a row, each opening with a capital, and
 * no sentence ending inside `first`. A prose paragraph broken in two has a capital after the break
 * only before a name, and rarely both halves this short after a short paragraph.
 */
function verseLines(previous: string | undefined, first: string, next: string): boolean {
  return (
    previous !== undefined &&
    verseLine(previous) &&
    verseLine(first) &&
    shortLines(next) &&
    /^["“‘']?\p{Lu}/u.test(next) &&
    !/[.!?]["”’']?\s/u.test(first)
  );
}

/**
 * Whether `first` ends with the label of an item of a lettered list whose items are paragraphs
 * (`cover four areas: A` / `The Christian Faith; B` / `History of the Church`): a single capital
 * after a colon or semicolon, not the article `A` (which a lower-case next paragraph shows).
 */
function endsWithItemLetter(first: string): boolean {
  return /[:;]\s+\p{Lu}$/u.test(first);
}

/**
 * Whether `first` ends by introducing an example set as a paragraph of its own (`in the operand of
 * an EQU statement, e.g.,` / `When the index words …`).
 */
function introducesExample(first: string): boolean {
  return /(?:^|\s)(?:e\.\s?g\.|i\.\s?e\.|viz\.)[,:]?$/iu.test(first);
}

/**
 * Pronouns and the finite forms of `be`, `have`, `do` and the modals, with `not`: a clause has one
 * of them more often than not, a label or a formula has none.
 */
const CLAUSE_WORDS = new Set(
  (
    'i you he she it we they is are was were am be been has have had do does did will would shall ' +
    'should can could may might must not'
  ).split(' '),
);

/** The most words of a run-in label (`Test 1,`, `Therefore,`). */
const LABEL_WORDS = 4;

/**
 * Whether `first` ends with a run-in label or formula set before the paragraph `next`: after its
 * last sentence, a few words opening with a capital or a number and closed by a comma, without a
 * pronoun or finite verb (`…synthetic detergent. Test 1,` / `Stop the wash wheel …`), before a
 * paragraph opening with a capital. A sentence that lost its full stop has a clause (`No, the
 * man was not drunk` / `He wondered …`), and a break in mid-sentence seldom falls after a comma.
 */
function runInLabel(first: string, next: string): boolean {
  if (!/^["“]?\p{Lu}/u.test(next) || !first.endsWith(',')) return false;
  const ends = [...first.matchAll(/[.!?]["”’)]?\s+/gu)];
  const last = ends[ends.length - 1];
  const label = last ? first.slice((last.index ?? 0) + last[0].length) : first;
  const words = label.split(/\s+/u);
  return (
    words.length <= LABEL_WORDS &&
    /^["“]?[\p{Lu}\d]/u.test(words[0] ?? '') &&
    !words.some((word) => CLAUSE_WORDS.has(word.toLowerCase().replace(/[^\p{L}]/gu, '')))
  );
}

/**
 * Why `first` and the paragraph `next` after it are one paragraph broken in two, or undefined.
 * Paragraphs that end in terminal punctuation are whole; one that ends open is broken when the next
 * starts in lower case, when it ends with a word no sentence ends with or a title before a name, when
 * it is a numbered run-in list cut at a number or initial, when it is prose (eight words or more)
 * and the next does not open a numbered item, or when it leaves a quotation open that the next closes;
 * `previous`, the paragraph before `first`, tells a line of verse from prose.
 */
function breakReason(first: string, next: string, previous?: string): string | undefined {
  const text = withoutFinalMarker(first);
  const word = lastWord(text);
  // A new numbered note, point or list item begins a paragraph of its own.
  if (/^(?:\d+[.)]|\(\d+\)|[a-z]\))\s/u.test(next)) return undefined;
  if (CITATION_FIELD.test(text) && /^\d/u.test(next)) return undefined;
  // The next paragraph goes on with a citation's fields (`d. 568,` / `l. 3`): also `cite.broken`'s.
  if (CITATION_CONTINUED.test(next)) return undefined;
  if (leavesQuotationOpen(text) && !next.startsWith('"') && openQuote(next) && !quotationGoesOn(text, next))
    return 'a quotation left open';
  // Items of a list introduced by a colon or closed by semicolons are paragraphs of their own.
  if (/[;:]$/u.test(text) && /^\p{Ll}/u.test(next)) return undefined;
  if (/\p{Ll}/u.test(next[0] ?? '')) return 'the next paragraph starts in lower case';
  // A dash ends a sentence broken off (`I thought he—`).
  if (/[.!?:;)\]"'”’…—–]$/u.test(text)) {
    if (TITLES.has(word) && /^\p{Lu}/u.test(next)) return 'a title stands before a name';
    // `1. Makharadze 2. Lukashin. … 5.` / `Kartvelishvili. 6. …`: a run-in numbered list cut at an item.
    if (
      /^(?:\d+|\p{Lu})\.$/u.test(word) &&
      (text.match(/(?:^|\s)\d+\.\s/gu) ?? []).length >= 2 &&
      itemNumber(text)
    )
      return 'a numbered list is cut in the middle';
    return undefined;
  }
  if (/^[—–-]/u.test(next) || endsWithItemLetter(text) || introducesExample(text)) return undefined;
  if (OPEN_ENDINGS.has(word.toLowerCase())) return `no sentence ends with \`${word}\``;
  if (
    blockWithoutStop(text) ||
    introducesQuotation(text, next) ||
    verseLines(previous, text, next) ||
    runInLabel(text, next)
  )
    return undefined;
  if (hasWords(text, PROSE_WORDS) && /^[\p{L}\d"'“‘(]/u.test(next)) return 'the sentence has no end';
  return undefined;
}

/**
 * Paragraphs broken in mid-sentence by the conversion (`... travel from Moscow to` / blank /
 * `Germany for medical treatment ...`): one finding per break, from the last word before it to the
 * first word after it, with the fix that joins the two paragraphs with a space.
 */
export function brokenParagraphProblems(text: string, range: Span): Problem[] {
  const problems: Problem[] = [];
  const found = paragraphs(text, range);
  for (let index = 0; index + 1 < found.length; index++) {
    const first = found[index] as Paragraph;
    const next = found[index + 1] as Paragraph;
    const reason = breakReason(first.text, next.text, found[index - 1]?.text);
    if (!reason) continue;
    const before = lastWord(first.text);
    const after = firstWord(next.text);
    problems.push({
      code: 'text.brokenParagraph',
      span: { start: first.end - before.length, end: next.start + after.length },
      message: `The paragraph breaks in mid-sentence after \`${before}\` (${reason}); it goes on with \`${after}\`.`,
      related: [],
      fixes: [
        {
          title: 'Join the two paragraphs',
          replacements: [{ span: { start: first.end, end: next.start }, newText: ' ' }],
          preferred: true,
        },
      ],
    });
  }
  return problems;
}
