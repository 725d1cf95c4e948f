/**
 * Published sources cited in notes: books with an imprint (`[Moscow, 1991], 45`), quoted titles
 * (`G. Ye. Zinoviev, "Filosofiia epokhi," Leningrad, Priboy, 1925`) and periodicals with their
 * issue (`Pravda, 11 March 1931`); archival citations are read in `citations.ts`.
 */
import type { Span } from './span';
import { dayOrdinalPattern, type Language } from './vocabulary';

/** A published source: a book with its imprint, a newspaper issue, a journal issue, or a bare `ibid.`. */
export interface PublishedCitationSyntax {
  readonly kind: 'published';
  readonly span: Span;
  readonly form: 'book' | 'periodical' | 'ibid';
  /** Author and title as written (the periodical's name). */
  readonly title: string;
  readonly place: string | undefined;
  readonly year: string | undefined;
  /** Volume as written (`vol. 4`, the `1` of `1:90`). */
  readonly volume: string | undefined;
  /** Pages or issue as written (`496`, `165, 166`, `90101`, `no. 16`, `11 March 1931`). */
  readonly pages: string | undefined;
}

/** Periodicals whose issues are cited as `Pravda, 11 March 1931` or `Bolshevik (1925, no. 16)`. */
export const KNOWN_PERIODICALS: readonly string[] = [
  'Pravda',
  'Izvestiia',
  'Bolshevik',
  'Trud',
  "Ekonomicheskaia zhizn'",
  'Leningradskaia pravda',
  'Krasnaia zvezda',
  'Kommunisticheskii internatsional',
  'Kommunisticheskiy internatsional',
];

const PAGES = '(\\d+(?::\\d+)?(?:[–-]\\d+)?(?:,[ \\t\\u00a0]*\\d+(?:[–-]\\d+)?)*)';
/** `[Moscow, 1991]`, `[Benson, Vt.: Chalidze Publications, 1988]`, then the pages. */
const IMPRINT = new RegExp(
  `\\[([A-Z][A-Za-z.' -]*?)(?:,[ \\t\\u00a0]*[A-Z][a-z]*\\.)?(?::[^\\[\\]]*?)?,[ \\t\\u00a0]*(1[5-9]\\d\\d|20\\d\\d)\\](?:,[ \\t\\u00a0]*${PAGES})?`,
  'g',
);
/** `G. Ye. Zinoviev, "Filosofiia epokhi," Leningrad, Priboy, 1925`, with more imprints after `;`. */
const QUOTED_BOOK = new RegExp(
  `((?:[A-Z][a-z]?\\.[ \\t\\u00a0]*)*[A-Z][a-z]+), "([^"]+)," ([A-Z][a-z]+), ([A-Z][^,;()"]*), (1[5-9]\\d\\d|20\\d\\d)(?:; [A-Z][a-z]+, [A-Z][^,;()"]*, (?:1[5-9]\\d\\d|20\\d\\d))*`,
  'g',
);

const PERIODICAL_NAMES = KNOWN_PERIODICALS.join('|');
const periodicalPatterns = new WeakMap<Language, RegExp>();

/**
 * `Pravda, 11 March 1931`, `Bolshevik (1925, no. 16)`, `Pravda, 1926, no. 3`: the issue's date
 * in the edition's language (`Pravda, 1er mars 1931`), its months as its dates are written.
 */
function periodicalPattern(language: Language): RegExp {
  const known = periodicalPatterns.get(language);
  if (known) return known;
  const months = language.months
    .map((month) =>
      language.capitalisedMonths
        ? month
        : `[${month.charAt(0)}${month.charAt(0).toUpperCase()}]${month.slice(1)}`,
    )
    .join('|');
  const pattern = new RegExp(
    `(?<![A-Za-z])(${PERIODICAL_NAMES})(?:,[ \\t\\u00a0]*(\\d{1,2}${dayOrdinalPattern(language)} (?:${months}) \\d{4})|[ \\t\\u00a0]*\\((\\d{4}), (no\\. \\d+)\\)|, (\\d{4}), (no\\. \\d+))`,
    'g',
  );
  periodicalPatterns.set(language, pattern);
  return pattern;
}
/** A periodical's name: what every match of {@link periodicalPattern} holds besides a year, without its look-behind. */
const PERIODICAL_NEEDS = new RegExp(PERIODICAL_NAMES);

/**
 * The published sources of a segment. Each pattern runs only where the segment holds what it
 * needs (an imprint's `[`, a quoted title's `, "`, a periodical's name and a year): they are dear to run over
 * every note of an edition.
 */
export function scanPublished(
  text: string,
  from: number,
  to: number,
  archival: readonly { readonly span: Span }[],
  language: Language,
): PublishedCitationSyntax[] {
  const segment = text.slice(from, to);
  const found: PublishedCitationSyntax[] = [];
  const inside = (start: number) => archival.some((one) => one.span.start <= start && start < one.span.end);
  if (segment.includes('['))
    for (const match of segment.matchAll(IMPRINT)) {
      const imprintStart = from + (match.index ?? 0);
      const start = titleStart(text, from, imprintStart);
      const head = text.slice(start, imprintStart).trim();
      const volume = /,[ \t\u00a0]*vol\.[ \t\u00a0]*(\d+)$/.exec(head);
      const pages = match[3];
      const volumePage = pages ? /^(\d+):(.*)$/.exec(pages) : null;
      found.push({
        kind: 'published',
        form: 'book',
        span: { start, end: imprintStart + match[0].length },
        title: volume ? head.slice(0, volume.index) : head,
        place: match[1],
        year: match[2],
        volume: volume?.[1] ?? volumePage?.[1],
        pages: volumePage ? volumePage[2] : pages,
      });
    }
  if (segment.includes(', "'))
    for (const match of segment.matchAll(QUOTED_BOOK)) {
      const start = from + (match.index ?? 0);
      if (inside(start) || found.some((one) => one.span.start <= start && start < one.span.end)) continue;
      found.push({
        kind: 'published',
        form: 'book',
        span: { start, end: start + match[0].length },
        title: `${match[1]}, "${match[2]}"`,
        place: match[3],
        year: match[5],
        volume: undefined,
        pages: undefined,
      });
    }
  if (/\d{4}/.test(segment) && PERIODICAL_NEEDS.test(segment))
    for (const match of segment.matchAll(periodicalPattern(language))) {
      const start = from + (match.index ?? 0);
      const issue = match[4] ?? match[6];
      found.push({
        kind: 'published',
        form: 'periodical',
        span: { start, end: start + match[0].length },
        title: match[1] as string,
        place: undefined,
        year: match[2] ? match[2].slice(-4) : (match[3] ?? match[5]),
        volume: undefined,
        pages: match[2] ?? issue,
      });
    }
  return found;
}

/**
 * Where the author and title before an imprint begin: after the opening parenthesis of the
 * reference and its lead-in (`see`, `published in`, `cf.`), or after a `;` between two references.
 */
function titleStart(text: string, from: number, imprintStart: number): number {
  let depth = 0;
  let at = imprintStart - 1;
  for (; at >= from; at -= 1) {
    const character = text.charAt(at);
    if (character === ']' || character === ')') depth += 1;
    else if (character === '[' && depth > 0) depth -= 1;
    else if (character === '(' && depth > 0) depth -= 1;
    else if ((character === '(' || character === ';' || character === '\n') && depth === 0) break;
  }
  let start = at + 1;
  const lead = /^[ \t\u00a0]*(?:(?:see|cf\.|published in|printed in)[ \t\u00a0]+)?/i.exec(
    text.slice(start, imprintStart),
  );
  start += lead?.[0].length ?? 0;
  return start;
}
