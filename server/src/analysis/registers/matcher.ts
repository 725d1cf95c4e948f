import {
  bracketAfter,
  firstCodeUnits,
  insertName,
  longestMatch,
  skipPossessive,
  tokenize,
  tokenKey,
  type NameTrieNode,
  type Token,
} from './tokens';
import type { EntryMention, NameRecogniser, Recognition } from './kind';

type TrieNode = NameTrieNode<{ entryId: string; name: string }>;

/**
 * Finds the names of one register kind in a text with the persons' tokenizer: the longest
 * registered name wins, a name may run across a line break (`Central Control\nCommission`), a
 * possessive `'s` belongs to it, and an editorial bracket after it (`Peter [Petrograd]`) decides
 * what a name also claimed by another register means.
 */
export class EntryMatcher implements NameRecogniser {
  private readonly root: TrieNode = { children: new Map() };
  /** Which code units a name starts with (see {@link firstCodeUnits}). */
  private readonly firstCodes: Uint8Array;

  /**
   * @param kind the register kind the mentions are of
   * @param names every name of the kind with its entry id
   * @param contested names another register also claims (a person called `Peter`): recognised
   *   here only when an editorial bracket names this kind's entry
   */
  constructor(
    private readonly kind: string,
    readonly names: ReadonlyMap<string, string>,
    private readonly contested: ReadonlySet<string> = new Set(),
  ) {
    for (const [name, entryId] of names) {
      const node = insertName(this.root, tokenize(name));
      if (node) node.match = { entryId, name };
    }
    this.firstCodes = firstCodeUnits(this.root);
  }

  /**
   * The mentions in `text`, in text order (offsets into `text`). Never throws. `tokens` are the
   * text's, when the caller has them already (the kinds match one letter's tokens in turn).
   */
  recognize(text: string, tokens: readonly Token[] = tokenize(text)): Recognition {
    const mentions: EntryMention[] = [];
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index] as Token;
      if (!token.word || this.firstCodes[token.text.charCodeAt(0)] === 0) continue;
      const found = longestMatch(this.root, tokens, index);
      if (!found?.node.match) continue;
      let last = skipPossessive(tokens, found.last);
      let end = (tokens[found.last] as Token).end;
      let { entryId } = found.node.match;
      const bracket = bracketAfter(tokens, last);
      const expansion = bracket && this.exactMatch(tokens.slice(bracket.open + 1, bracket.close));
      if (expansion) {
        entryId = expansion;
        last = bracket.close;
        end = (tokens[bracket.close] as Token).end;
      } else if (this.contested.has(found.node.match.name)) continue;
      mentions.push({
        kind: this.kind,
        entryId,
        span: { start: token.start, end },
        name: found.node.match.name,
        expanded: Boolean(expansion),
      });
      index = last;
    }
    return { mentions, unknown: [] };
  }

  private exactMatch(tokens: readonly Token[]): string | undefined {
    let node: TrieNode | undefined = this.root;
    tokens.forEach((token, index) => {
      node = node?.children.get(tokenKey(token, index === 0));
    });
    return tokens.length > 0 ? node?.match?.entryId : undefined;
  }
}
