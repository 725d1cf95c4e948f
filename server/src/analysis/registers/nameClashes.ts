import type { PersonIndex } from './personIndex';
import { tokenize, tokenKey } from './tokens';
import type { Problem } from '../problems';
import type { Span } from '../../syntax/span';
import type { RegisterIndex } from './registerIndex';

/** One entry's claim of a name: who claims it and where its register writes it. */
interface Claim {
  /** `person`, `place`, … */
  readonly singular: string;
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
  const person = claims.find((claim) => claim.singular === 'person');
  const other = claims.find((claim) => claim.singular !== 'person');
  if (person && other)
    return `the letters read it as the person, and as the ${other.singular} only with an editorial bracket after it (\`${person.name} [${other.entryName}]\`)`;
  return 'each mention in the letters counts for every one of them';
}

/**
 * `register.kindConflict`: a name that entries of two register kinds claim (a person and a
 * place, an organisation and a term), by register URI. Reported on every claim, each pointing at
 * the others: the editor decides whether the name belongs to one entry only. Names are compared
 * as the matchers compare them (the same tokens), so spacing alone makes no difference.
 */
export function nameClashes(persons: PersonIndex, kinds: readonly RegisterIndex[]): Map<string, Problem[]> {
  const byKey = new Map<string, Claim[]>();
  const add = (claim: Claim) => {
    const key = nameKey(claim.name);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), claim]);
  };
  for (const [name, id] of persons.names) {
    const person = persons.person(id);
    if (!person) continue;
    // A surname taken from the preferred name (`Stalin` of `Stalin, Iosif`) is shown on that name.
    const span = person.claims.find((claim) => claim.name === name)?.span ?? person.nameSpan;
    add({ singular: 'person', id, entryName: person.name, uri: person.uri, span, name });
  }
  for (const index of kinds)
    for (const entry of index.entries)
      for (const claim of entry.claims)
        add({
          singular: index.kind.singular,
          id: entry.id,
          entryName: entry.name,
          uri: entry.uri,
          span: claim.span,
          name: claim.name,
        });
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
