import { isoDate, type CalendarDate } from '../syntax/calendar';
import { datingAttributes, type DatingSchema } from '../topics/dates/teiDating';
import type { EditorialDate } from '../syntax/editorialDates';
import type { Span } from '../syntax/span';
import { blockKind, type BlockKind } from '../reading/blocks';
import type { ReadLetter } from '../reading/letters';
import type { Annotation } from '../topics/annotation';
import { nameElement, type RegisterIds } from './teiRegisters';
import { attributes, escapeXml } from './xml';

/** A blank line: paragraphs of the format are separated by one. */
const BLANK_LINE = /\r?\n[ \t\u00a0]*(?:\r?\n|\r)|\r[ \t\u00a0]*\r/g;

/** What a letter's div refers to outside itself. */
export interface LetterContext {
  readonly text: string;
  readonly id: string;
  readonly registers: RegisterIds;
  /** The `xml:id` of the editor's `respStmt`, the `resp` of corrections. */
  readonly correctionResp: string;
  readonly takeId: (wanted: string) => string;
}

/**
 * One letter as a TEI `div type="letter"`: `head`, the editorial date as `dateline`, the body
 * (`opener`, paragraphs and lists, `closer`, `postscript`) and the notes with their anchors.
 * Every character of the letter's text is kept.
 */
export function letterDiv(letter: ReadLetter, context: LetterContext): string {
  const { text, id } = context;
  const noteIds = new Map<number, string>();
  for (const note of letter.notes)
    if (!noteIds.has(note.number)) noteIds.set(note.number, context.takeId(`${id}-note-${note.number}`));
  const markerIds = new Map<number, string>();
  // A defective date has no value to give: its text is left as it is.
  const marked = letter.annotations.filter((element) => !(element.kind === 'date' && element.defective));
  const inline = marked.map((element) => {
    if (element.kind !== 'marker' || markerIds.has(element.note)) return { element, id: undefined };
    const markerId = context.takeId(`${id}-marker-${element.note}`);
    markerIds.set(element.note, markerId);
    return { element, id: markerId };
  });
  const render = (span: Span) => renderRun(span, 0, { text, inline, noteIds, context });
  const parts: string[] = [`<head>${render(letter.heading)}</head>`];
  let position = letter.heading.end;
  const gap = (until: number) => {
    if (until > position && text.slice(position, until).trim())
      parts.push(
        ...paragraphs(text, { start: position, end: until }).map((span) => `<p>${render(span)}</p>`),
      );
    position = Math.max(position, until);
  };
  if (letter.editorialDate) {
    gap(letter.editorialDate.span.start);
    const value = letter.editorialDate.value;
    const date = value
      ? editorialDateElement(value).replace('/>', `>${render(letter.editorialDate.span)}</date>`)
      : '';
    parts.push(`<dateline>${date || render(letter.editorialDate.span)}</dateline>`);
    position = letter.editorialDate.span.end;
  }
  gap(letter.body.start);
  parts.push(
    ...bodyElements(letter, paragraphs(text, { start: position, end: letter.body.end }), text, render),
  );
  position = Math.max(position, letter.body.end);
  const written = new Set<number>();
  for (const note of letter.notes) {
    gap(note.span.start);
    // A repeated number (a duplicate note) gets no id: markers point to the first note of a number.
    const noteId = written.has(note.number) ? undefined : noteIds.get(note.number);
    written.add(note.number);
    const marker = markerIds.get(note.number);
    // The label is the number with its period (`1.`); the note's text follows it.
    const labelEnd = note.numberSpan.end + (text.charAt(note.numberSpan.end) === '.' ? 1 : 0);
    const content = paragraphs(text, { start: labelEnd, end: note.span.end }).map(
      (span) => `<p>${render(span)}</p>`,
    );
    parts.push(
      `<note${attributes({ 'xml:id': noteId, n: note.number, type: 'editorial', target: marker ? `#${marker}` : undefined })}><label>${render(
        { start: note.span.start, end: labelEnd },
      )}</label>${content.join('')}</note>`,
    );
    position = Math.max(position, note.span.end);
  }
  gap(letter.span.end);
  return `<div${attributes({ type: 'letter', n: letter.number, 'xml:id': id, decls: `#corresp-${id}` })}>\n${parts.join('\n')}\n</div>`;
}

/** An editorial date as an empty TEI `date` with its dating attributes (`topics/dates/teiDating.ts`); nothing when undated. */
export function editorialDateElement(date: EditorialDate, schema: DatingSchema = 'tei'): string {
  const values = datingAttributes(date, schema);
  return values ? `<date${attributes(values)}/>` : '';
}

/**
 * The body's paragraphs as TEI: a leading salutation and dateline form the `opener`, the
 * signature and dateline that end it (before any postscript) the `closer`, each `P.S.` starts a
 * `postscript`, runs of numbered points `1)` are a `list`; everything else is a `p`.
 */
function bodyElements(
  letter: ReadLetter,
  blocks: readonly Span[],
  text: string,
  render: (span: Span) => string,
): string[] {
  const isDateline = (span: Span) =>
    letter.datelineStart !== undefined &&
    span.start <= letter.datelineStart &&
    letter.datelineStart < span.end;
  const firstPostscript = blocks.findIndex(
    (span, index) =>
      blockKind(text.slice(span.start, span.end), index, blocks.length, isDateline(span)) === 'postscript',
  );
  const kinds = blocks.map((span, index) => {
    // The signature closes the letter before its postscripts: the last lines count from there.
    const count = firstPostscript >= 0 && index < firstPostscript ? firstPostscript : blocks.length;
    const content = text.slice(span.start, span.end);
    const kind = blockKind(content, index, count, isDateline(span));
    // A salutation may follow an opening dateline (`8/3 (Tuesday)`, then `Molotov, 1`).
    if (index === 1 && kind === 'paragraph' && blocks[0] && isDateline(blocks[0]))
      return blockKind(content, 0, count, false) === 'salutation' ? 'salutation' : kind;
    // A short closing line that is only a date (`1 September`) is a dateline, not a signature.
    return kind === 'signature' && onlyADate(letter, span, text) ? 'dateline' : kind;
  });
  let openerEnd = 0;
  while (openerEnd < Math.min(blocks.length, 2) && isOpening(kinds[openerEnd] as BlockKind)) openerEnd++;
  const postscriptStart = kinds.indexOf('postscript', openerEnd);
  const bottom = postscriptStart < 0 ? blocks.length : postscriptStart;
  let closerStart = bottom;
  while (closerStart > openerEnd && isClosing(kinds[closerStart - 1] as BlockKind)) closerStart--;
  const tag = (kind: BlockKind) =>
    kind === 'salutation' ? 'salute' : kind === 'signature' ? 'signed' : 'dateline';
  const element = (index: number) => {
    const kind = kinds[index] as BlockKind;
    return `<${tag(kind)}>${render(blocks[index] as Span)}</${tag(kind)}>`;
  };
  const result: string[] = [];
  if (openerEnd > 0) result.push(`<opener>${range(0, openerEnd).map(element).join('')}</opener>`);
  let list: string[] = [];
  const endList = () => {
    if (list.length > 0) result.push(`<list type="ordered">${list.join('')}</list>`);
    list = [];
  };
  for (const index of range(openerEnd, closerStart)) {
    const span = blocks[index] as Span;
    if (kinds[index] === 'point') {
      const number = /^\s*(\d+)\)/.exec(text.slice(span.start, span.end))?.[1];
      list.push(`<item${attributes({ n: number })}>${render(span)}</item>`);
      continue;
    }
    endList();
    result.push(`<p>${render(span)}</p>`);
  }
  endList();
  if (closerStart < bottom)
    result.push(`<closer>${range(closerStart, bottom).map(element).join('')}</closer>`);
  let postscript: string[] = [];
  for (const index of range(bottom, blocks.length)) {
    if (kinds[index] === 'postscript' && postscript.length > 0) {
      result.push(`<postscript>${postscript.join('')}</postscript>`);
      postscript = [];
    }
    postscript.push(`<p>${render(blocks[index] as Span)}</p>`);
  }
  if (postscript.length > 0) result.push(`<postscript>${postscript.join('')}</postscript>`);
  return result;
}

function isOpening(kind: BlockKind): boolean {
  return kind === 'dateline' || kind === 'salutation';
}

function isClosing(kind: BlockKind): boolean {
  return kind === 'signature' || kind === 'dateline';
}

/** Whether a paragraph holds a date of the running text and nothing else but punctuation. */
function onlyADate(letter: ReadLetter, span: Span, text: string): boolean {
  return letter.annotations.some(
    (element) =>
      element.kind === 'date' &&
      !element.defective &&
      element.span.start >= span.start &&
      element.span.end <= span.end &&
      !/\p{L}/u.test(text.slice(span.start, element.span.start) + text.slice(element.span.end, span.end)),
  );
}

function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, index) => start + index);
}

/** The paragraphs (blank-line separated) of a span, without the white space around them; blank ones are left out. */
function paragraphs(text: string, span: Span): Span[] {
  const result: Span[] = [];
  let start = span.start;
  BLANK_LINE.lastIndex = span.start;
  for (;;) {
    const found = BLANK_LINE.exec(text);
    // A blank line that ends past the span is not one of its separators.
    const match = found && found.index + found[0].length <= span.end ? found : null;
    const end = match ? match.index : span.end;
    // White space around a paragraph is not its text (the text is kept up to white space).
    const content = text.slice(start, end);
    const leading = content.length - content.trimStart().length;
    if (content.trim()) result.push({ start: start + leading, end: start + content.trimEnd().length });
    if (!match) break;
    start = match.index + match[0].length;
  }
  return result;
}

interface RunContext {
  readonly text: string;
  readonly inline: readonly { readonly element: Annotation; readonly id: string | undefined }[];
  readonly noteIds: ReadonlyMap<number, string>;
  readonly context: LetterContext;
}

/**
 * The text of a span with the annotations from `from` on that lie wholly inside it marked up,
 * an element inside another nested in it; an element overlapping one already open is left as
 * plain text, so nothing is nested wrongly or lost.
 */
function renderRun(span: Span, from: number, run: RunContext): string {
  const { text, inline } = run;
  let output = '';
  let position = span.start;
  for (let index = from; index < inline.length; index++) {
    const { element, id } = inline[index] as RunContext['inline'][number];
    if (element.span.start >= span.end) break;
    if (element.span.start < position || element.span.end > span.end) continue;
    output += escapeXml(text.slice(position, element.span.start));
    output += inlineElement(element, id, renderRun(element.span, index + 1, run), run);
    position = element.span.end;
  }
  return output + escapeXml(text.slice(position, span.end));
}

function inlineElement(
  element: Annotation,
  id: string | undefined,
  content: string,
  run: RunContext,
): string {
  switch (element.kind) {
    case 'marker': {
      const target = run.noteIds.get(element.note);
      return `<ref${attributes({ 'xml:id': id, type: 'noteMarker', n: element.note, target: target && `#${target}` })}>${content}</ref>`;
    }
    case 'crossReference':
      return `<ref${attributes({
        type: 'crossReference',
        target:
          element.note === undefined
            ? `#letter-${element.letter}`
            : `#letter-${element.letter}-note-${element.note}`,
      })}>${content}</ref>`;
    case 'mention': {
      const target = run.context.registers.get(element.register)?.get(element.entryId);
      return nameElement(element.register, element.singular, target && `#${target}`, content);
    }
    case 'citation':
      return `<bibl${attributes({ type: element.form })}>${content}</bibl>`;
    case 'date':
      return `<date${attributes(dateValues(element.date, element.until))}>${content}</date>`;
    case 'damage':
      return `<choice><sic>${content}</sic><corr${attributes({ resp: `#${run.context.correctionResp}`, cert: element.uncertain ? 'low' : undefined })}>${escapeXml(element.correction)}</corr></choice>`;
  }
}

/** A date of the running text as TEI attributes: `when`, or `from`/`to` for a range. */
function dateValues(date: CalendarDate, until: CalendarDate | undefined): Record<string, string | undefined> {
  const start = w3cDate(date);
  if (!until) return { when: start };
  return { from: start, to: w3cDate(until) };
}

/** A date in the W3C forms TEI takes: `1926-06-15`, `1926-06`, `1926`, or `--06-15` without a year. */
function w3cDate(date: CalendarDate): string | undefined {
  const iso = isoDate(date);
  if (iso || date.month === undefined) return iso;
  const month = String(date.month).padStart(2, '0');
  return date.day === undefined ? `--${month}` : `--${month}-${String(date.day).padStart(2, '0')}`;
}
