import { tokenize, tokenKey } from './tokens';
import type { Problem } from '../problems';
import type { Span } from '../../syntax/span';
import type { RegisterEntry } from './kind';
import type { RegisterIndex } from './registerIndex';

/** One entry's claim of a name: who claims it and where its register writes it. */
interface Claim {
  /** `person`, `place`, … */
  readonly singular: string;
  /** Whether the kind's names come first (persons): the others take them only with a bracket. */
  readonly claimsFirst: boolean;
  readonly id: string;
  readonly entryName: string;
  readonly uri: string;
  readonly span: Span;
  /** The name as the register writes it. */
  readonly name: string;
}

/** A name as the matchers compare it: its tokens, and only whether words are joined or apart. */
function nameKey(name: string): string {
  return tokenize(name)
    .map((token, index) => tokenKey(token, index === 0))
    .join('');
}

/** How the letters read a name two kinds claim: what the recognition does with it. */
function reading(claims: readonly Claim[]): string {
  const first = claims.find((claim) => claim.claimsFirst);
  const other = claims.find((claim) => claim.singular !== first?.singular);
  if (first && other)
    return `the letters read it as the ${first.singular}, and as the ${other.singular} only with an editorial bracket after it (\`${first.name} [${other.entryName}]\`)`;
  return 'each mention in the letters counts for every one of them';
}

/**
 * `register.kindConflict`: a name that entries of two register kinds claim (a person and a
 * place, an organisation and a term), by register URI. Reported on every claim, each pointing at
 * the others: the editor decides whether the name belongs to one entry only. Names are compared
 * as the matchers compare them (the same tokens), so spacing alone makes no difference.
 */
export function nameClashes(kinds: readonly RegisterIndex[]): Map<string, Problem[]> {
  const byKey = new Map<string, Claim[]>();
  const add = (claim: Claim) => {
    const key = nameKey(claim.name);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), claim]);
  };
  for (const index of kinds) {
    const { singular, claimsFirst = false } = index.kind;
    const claimOf = (entry: RegisterEntry, name: string, span: Span) =>
      add({ singular, claimsFirst, id: entry.id, entryName: entry.name, uri: entry.uri, span, name });
    const claimed = new Set<string>();
    for (const entry of index.entries)
      for (const claim of entry.claims) {
        claimed.add(claim.name);
        claimOf(entry, claim.name, claim.span);
      }
    // A name the recogniser takes from the preferred name (`Stalin` of `Stalin, Iosif`) is shown on that name.
    for (const [name, id] of index.names) {
      const entry = claimed.has(name) ? undefined : index.entry(id);
      if (entry) claimOf(entry, name, entry.nameSpan);
    }
  }
  const problems = new Map<string, Problem[]>();
  for (const claims of byKey.values()) {
    if (new Set(claims.map((claim) => claim.singular)).size < 2) continue;
    for (const claim of claims) {
      const others = claims.filter((other) => other.singular !== claim.singular);
      const list = others.map((other) => `${other.entryName} (${other.singular}, ${other.id})`).join(', ');
      const problem: Problem = {
        code: 'register.kindConflict',
        span: claim.span,
        message: `"${claim.name}" is a name of ${claim.entryName} (${claim.singular}) and also of ${list}; ${reading(claims)}.`,
        related: others.map((other) => ({
          uri: other.uri,
          span: other.span,
          message: `"${other.name}" is a name of ${other.entryName} (${other.singular}) here`,
        })),
        fixes: [],
      };
      problems.set(claim.uri, [...(problems.get(claim.uri) ?? []), problem]);
    }
  }
  return problems;
}
