import { escapeMarkdown } from '../../analysis/markdown';
import type { RegisterIndex } from './registerIndex';

/** A text whose letters are indexed: its letters' numbers and start offsets, in text order. */
export interface IndexedText {
  readonly text: string;
  readonly letters: readonly { readonly number: number; readonly start: number }[];
}

/** One heading of the index of names. */
export interface IndexHeading {
  readonly kind: string;
  readonly id: string;
  /** The preferred name; for a "see" heading, the other name. */
  readonly name: string;
  /** The preferred name a "see" heading sends the reader to. */
  readonly see: string | undefined;
  /** The numbers of the letters (notes included) that mention the entry, ascending. */
  readonly letters: readonly number[];
}

/**
 * The back-of-book index of the registers: a heading for each entry with the letters that
 * mention it, and a "see" heading for each of its other names, sorted by name.
 */
export function indexOfNames(
  registers: readonly RegisterIndex[],
  texts: readonly IndexedText[],
): IndexHeading[] {
  const headings: IndexHeading[] = [];
  for (const register of registers) {
    const letters = new Map<string, Set<number>>();
    for (const { text, letters: starts } of texts)
      for (const mention of register.mentions(
        text,
        starts.map((letter) => letter.start),
      )) {
        const letter = [...starts].reverse().find((candidate) => candidate.start <= mention.span.start);
        if (!letter) continue;
        const set = letters.get(mention.entryId) ?? new Set<number>();
        set.add(letter.number);
        letters.set(mention.entryId, set);
      }
    for (const entry of register.entries) {
      const found = [...(letters.get(entry.id) ?? [])].sort((a, b) => a - b);
      const kind = register.kind.name;
      headings.push({ kind, id: entry.id, name: entry.name, see: undefined, letters: found });
      for (const claim of new Set(entry.claims.map((other) => other.name)))
        if (claim !== entry.name)
          headings.push({ kind, id: entry.id, name: claim, see: entry.name, letters: [] });
    }
  }
  return headings.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.kind.localeCompare(b.kind));
}

/** The index as Markdown: `- **Comintern**: letters 12, 13` and `- *Tiflis*, see Tbilisi`. */
export function indexMarkdown(headings: readonly IndexHeading[]): string {
  const lines = ['# Index of names', ''];
  for (const heading of headings) {
    const name = escapeMarkdown(heading.name);
    if (heading.see) lines.push(`- *${name}*, see ${heading.see}`);
    else
      lines.push(
        `- **${name}** (${heading.kind})${heading.letters.length > 0 ? `: letter${heading.letters.length === 1 ? '' : 's'} ${heading.letters.join(', ')}` : ': not mentioned'}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/** The index as CSV (RFC 4180): `name,kind,id,see,letters`. */
export function indexCsv(headings: readonly IndexHeading[]): string {
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const rows = headings.map((heading) =>
    [heading.name, heading.kind, heading.id, heading.see ?? '', heading.letters.join(' ')]
      .map(cell)
      .join(','),
  );
  return `${['name,kind,id,see,letters', ...rows].join('\r\n')}\r\n`;
}
