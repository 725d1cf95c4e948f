import { LANGUAGES, monthOf } from '../../../syntax/vocabulary';
import {
  bracketAfter,
  firstCodeUnits,
  insertName,
  longestMatch,
  isCapitalised,
  isInitialLetter,
  skipPossessive,
  startsLowerCase,
  tokenize,
  tokenKey,
  type NameTrieNode,
  type Token,
} from '../tokens';
import type { EntryMention, NameRecogniser, Recognition, UnknownName } from '../kind';

/** The person whose name ends at a node, and that name. */
type TrieNode = NameTrieNode<{ personId: string; name: string; initialsOnly: boolean }>;

/** Titles before a name: `Com. Zinoviev`, `Comrade Molotov`, `Comrades Shliapnikov and Medvedev`. */
const TITLES = new Set(['Com', 'Comrade', 'Comrades', 'Gen']);
/** The letters of a postscript mark (`P.S.`, `P.P.S.`) read as initials. */
const POSTSCRIPT = /^P+S$/;

/** Titles written with a period, never taken for initials. */
const ABBREVIATED_TITLES = new Set(['Com', 'Gen', 'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'No', 'Vol']);

/**
 * The recogniser of a register's persons: the names their entries claim, and the surname of each
 * preferred name unless two persons share it; forenames give the initials a mention may carry.
 */
export function personRecogniser(
  persons: readonly { readonly id: string; readonly name: string }[],
  claimed: ReadonlyMap<string, string>,
): PersonRecogniser {
  const names = new Map(claimed);
  // The surname of the preferred name is recognised too, unless it is ambiguous.
  const surnames = new Map<string, string | null>();
  for (const person of persons) {
    const surname = surnameOf(person.name);
    if (!surname || names.has(surname)) continue;
    const other = surnames.get(surname);
    surnames.set(surname, other === undefined || other === person.id ? person.id : null);
  }
  for (const [surname, id] of surnames) if (id) names.set(surname, id);
  const forenames = new Map<string, string>();
  for (const person of persons) {
    const forename = forenamesOf(person.name);
    if (forename) forenames.set(person.id, forename);
  }
  return new PersonRecogniser(names, forenames);
}

/** `Zinoviev` of `Zinoviev, Grigorii Yevseevich`; the whole name when it has no comma. */
export function surnameOf(name: string): string {
  return withoutParentheses(name.split(',')[0] ?? '');
}

/** `Grigorii Yevseevich` of `Zinoviev, Grigorii Yevseevich`. */
function forenamesOf(name: string): string {
  const comma = name.indexOf(',');
  return comma < 0 ? '' : withoutParentheses(name.slice(comma + 1));
}

function withoutParentheses(text: string): string {
  return text
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Finds the mentions of registered persons in a text in one pass: a trie over name tokens, built
 * once per register version, is walked from each capitalised word, taking the longest name.
 */
export class PersonRecogniser implements NameRecogniser {
  private readonly root: TrieNode = { children: new Map() };
  /** Forename initials by person id (`L`, `B` for Kamenev, Lev Borisovich). */
  private readonly initials = new Map<string, string[]>();
  /** Which code units a name starts with (see {@link firstCodeUnits}). */
  private readonly firstCodes: Uint8Array;

  /**
   * @param names every recognised name with its person (each name belongs to one person)
   * @param forenames the forenames of each person, used to reject `S. Kamenev` for Lev Kamenev
   */
  constructor(
    readonly names: ReadonlyMap<string, string>,
    forenames: ReadonlyMap<string, string>,
  ) {
    for (const [name, personId] of names) {
      const tokens = tokenize(name);
      const node = insertName(this.root, tokens);
      if (!node) continue;
      const initialsOnly = tokens.every((token) => token.text === '.' || isInitialLetter(token));
      node.match = { personId, name, initialsOnly };
    }
    this.firstCodes = firstCodeUnits(this.root);
    for (const [personId, forename] of forenames) {
      this.initials.set(
        personId,
        tokenize(forename)
          .filter((token) => token.word)
          .map((token) => token.text.charAt(0)),
      );
    }
  }

  /** Recognises the persons named in `text` (a document or one of its letters; offsets are into `text`). */
  recognize(text: string, tokens: readonly Token[] = tokenize(text)): Recognition {
    const lowerCaseWords = lowerCaseWordsOf(text, tokens);
    const mentions: EntryMention[] = [];
    const unknown: UnknownName[] = [];
    let titled = false;
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index] as Token;
      const afterTitle = titled;
      titled = isTitle(tokens, index);
      if (titled) {
        if (tokens[index + 1]?.text === '.' && tokens[index + 1]?.gap === 'none') index++;
        continue;
      }
      if (!isCapitalised(token)) continue;
      const found =
        this.firstCodes[token.text.charCodeAt(0)] === 1 ? longestMatch(this.root, tokens, index) : undefined;
      const mention = found && this.accept(text, tokens, index, found, lowerCaseWords, afterTitle);
      if (mention) {
        mentions.push(mention.mention);
        index = mention.lastToken;
      } else if (afterTitle && isInitialLetter(token) && tokens[index + 1]?.text === '.') {
        // `Com. I. Xyz`: the name comes after the initials.
        titled = true;
        index++;
      } else if (afterTitle && !found && token.text.length > 1 && !this.root.children.has(token.text)) {
        unknown.push({ span: { start: token.start, end: token.end }, name: token.text });
      }
    }
    return { mentions, unknown };
  }

  /** Applies the context rules to a match; undefined when the words are not a person here. */
  private accept(
    text: string,
    tokens: readonly Token[],
    first: number,
    found: { last: number; node: TrieNode },
    lowerCaseWords: (word: string) => boolean,
    afterTitle: boolean,
  ): { mention: EntryMention; lastToken: number } | undefined {
    const match = found.node.match;
    if (!match) return undefined;
    let last = found.last;
    const next = tokens[last + 1];
    // `V.M.` as a signature, but `V.M. Smirnov` is someone else's initials.
    if (match.initialsOnly && isCapitalised(next) && next?.gap !== 'none') return undefined;
    // A month in a date (`15 May`, `May 1926`) even when someone is called May, in any language
    // the tool reads (a register's matcher serves every edition).
    if (
      first === found.last &&
      (isNumber(tokens[first - 1]) || isNumber(next)) &&
      Object.values(LANGUAGES).some((language) => monthOf(language, tokens[first]!.text) !== undefined)
    )
      return undefined;
    // A common word at the start of a sentence (`Will`, when the text also says `will`).
    if (
      first === found.last &&
      !afterTitle &&
      startsSentence(tokens, first) &&
      lowerCaseWords((tokens[first] as Token).text.toLowerCase())
    )
      return undefined;
    let initials = this.leadingInitials(tokens, first);
    if (initials.letters.length > 0 && !match.initialsOnly && first === found.last) {
      if (!this.initialsFit(match.personId, initials.letters)) {
        // `P.S. Rudzutak`: a postscript, not a person's initials; the name stands on its own.
        if (!POSTSCRIPT.test(initials.letters.join(''))) return undefined;
        initials = { first, letters: [] };
      }
    }
    const start = (tokens[initials.letters.length > 0 ? initials.first : first] as Token).start;
    let end = (tokens[last] as Token).end;
    last = skipPossessive(tokens, last);
    let personId = match.personId;
    let expanded = false;
    // `Grisha Zinoviev`: a first name and the surname of the same person are one mention.
    const following = tokens[last + 1];
    if (isCapitalised(following) && following?.gap === 'space') {
      const more = longestMatch(this.root, tokens, last + 1);
      if (more?.node.match?.personId === personId) {
        last = skipPossessive(tokens, more.last);
        end = (tokens[more.last] as Token).end;
      }
    }
    const bracket = bracketAfter(tokens, last);
    if (bracket) {
      const inner = tokens.slice(bracket.open + 1, bracket.close);
      const innerText = text.slice(inner[0]?.start ?? 0, inner[inner.length - 1]?.end ?? 0);
      const resolved = this.resolveExpansion(tokens, first, found.last, inner);
      if (resolved) {
        personId = resolved;
        expanded = true;
        end = (tokens[bracket.close] as Token).end;
        last = bracket.close;
      } else if (first === found.last && /^\p{Lu}/u.test(innerText) && !inner.every(isInitialPart)) {
        // `Peter [Petrograd]`: the editor says the word means something else.
        return undefined;
      }
    }
    return {
      mention: { kind: 'persons', entryId: personId, span: { start, end }, name: match.name, expanded },
      lastToken: last,
    };
  }

  /**
   * The person an editorial bracket after a name names: the bracket alone (`Grisha [Zinoviev]`,
   * `Grisha's [Zinoviev's]`) or the name completed by it (`Chang [Tso-lin]`).
   */
  private resolveExpansion(
    tokens: readonly Token[],
    first: number,
    last: number,
    inner: readonly Token[],
  ): string | undefined {
    const content = inner.length >= 3 && inner[inner.length - 2]?.text === "'" ? inner.slice(0, -2) : inner;
    const alone = this.exactMatch(content);
    if (alone) return alone;
    const completed = [
      ...tokens.slice(first, last + 1),
      ...content.map((token, index) => ({ ...token, gap: index === 0 ? ('space' as const) : token.gap })),
    ];
    return this.exactMatch(completed);
  }

  /** The person whose name is exactly these tokens. */
  private exactMatch(tokens: readonly Token[]): string | undefined {
    let node: TrieNode | undefined = this.root;
    tokens.forEach((token, index) => {
      node = node?.children.get(tokenKey(token, index === 0));
    });
    return tokens.length > 0 ? node?.match?.personId : undefined;
  }

  /** Initials written before a surname: `L. B.`, `I.`, `[L. B.]`. */
  private leadingInitials(tokens: readonly Token[], first: number): { first: number; letters: string[] } {
    let index = first;
    const letters: string[] = [];
    let bracketed = false;
    if (tokens[index - 1]?.text === ']' && tokens[index - 2]?.text === '.') {
      index -= 1;
      bracketed = true;
    }
    while (
      tokens[index - 1]?.text === '.' &&
      tokens[index - 1]?.gap === 'none' &&
      isInitialLetter(tokens[index - 2]) &&
      !ABBREVIATED_TITLES.has(tokens[index - 2]!.text)
    ) {
      letters.unshift(tokens[index - 2]!.text.charAt(0));
      index -= 2;
    }
    if (bracketed) {
      if (letters.length === 0 || tokens[index - 1]?.text !== '[') return { first, letters: [] };
      index -= 1;
    }
    return { first: index, letters };
  }

  /** Whether written initials agree with the person's forenames (I, J, Y and E transliterate alike). */
  private initialsFit(personId: string, letters: readonly string[]): boolean {
    const forenames = this.initials.get(personId);
    if (!forenames || forenames.length === 0) return true;
    return letters.every((letter, index) => {
      const expected = forenames[index];
      return expected === undefined || expected === letter || (IOTATED.has(expected) && IOTATED.has(letter));
    });
  }
}

const IOTATED = new Set(['I', 'J', 'Y', 'E']);

/**
 * Whether a word is written in lower case somewhere in the text, as a token of its own. Looked up
 * in the text when asked rather than kept as a set of every lower-case word: hashing every word
 * of every letter cost more than the matching itself. Once the look-ups have read as much as the
 * text holds, the set is built after all, so a long text (a document without headings, megabytes
 * in one letter) costs one reading, not one per question.
 */
function lowerCaseWordsOf(text: string, tokens: readonly Token[]): (word: string) => boolean {
  let read = 0;
  let words: Set<string> | undefined;
  return (word) => {
    if (!startsLowerCase(word)) return false;
    if (words) return words.has(word);
    let from = 0;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const token = tokenStartingAt(tokens, at);
      if (token?.word && token.end === at + word.length) {
        read += at - from;
        return true;
      }
      from = at;
    }
    read += text.length;
    if (read > text.length) {
      words = new Set();
      for (const token of tokens) if (token.word && startsLowerCase(token.text)) words.add(token.text);
    }
    return false;
  };
}

/** The token that starts at an offset, by bisection (tokens are in text order). */
function tokenStartingAt(tokens: readonly Token[], offset: number): Token | undefined {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tokens[middle] as Token).start < offset) low = middle + 1;
    else high = middle;
  }
  const token = tokens[low];
  return token?.start === offset ? token : undefined;
}

function isNumber(token: Token | undefined): boolean {
  return token !== undefined && /^\d+$/.test(token.text);
}

function isInitialPart(token: Token): boolean {
  return token.text === '.' || isInitialLetter(token);
}

/** The first letters of the titles, so that most words need no look-up in {@link TITLES}. */
const TITLE_INITIALS = new Set([...TITLES].map((title) => title.charCodeAt(0)));

function isTitle(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (!TITLE_INITIALS.has(token.text.charCodeAt(0)) || !TITLES.has(token.text)) return false;
  const next = tokens[index + 1];
  if (token.text === 'Com' || token.text === 'Gen') return next?.text === '.' && next.gap === 'none';
  return next !== undefined && next.gap !== 'none' && isCapitalised(next);
}

function startsSentence(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  if (!previous) return true;
  if (previous.word) return false;
  return /^[.!?"“”(]$/.test(previous.text) || (tokens[index]?.gap === 'line' && previous.text !== ',');
}
