import { escapeMarkdown } from '../../analysis/markdown';
import type { RegisterListing } from './registerListing';

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
 * The back-of-book index of the registers (persons, organisations, places, terms): a heading for
 * each entry with the letters that mention it, and a "see" heading for each of its other names
 * but the surname its preferred name starts with, sorted by name. Built from the same listing as the Registers view.
 */
export function indexOfNames(listing: RegisterListing): IndexHeading[] {
  const headings: IndexHeading[] = [];
  for (const { kind, entries } of listing.kinds)
    for (const entry of entries) {
      const numbers = new Set<number>();
      for (const { letter } of entry.letters) if (letter) numbers.add(letter.number);
      const letters = [...numbers].sort((a, b) => a - b);
      headings.push({ kind, id: entry.id, name: entry.name, see: undefined, letters });
      // `Stalin, see Stalin, Iosif` would stand right above the heading it sends the reader to.
      for (const name of entry.otherNames.filter((other) => !entry.name.startsWith(`${other},`)))
        headings.push({ kind, id: entry.id, name, see: entry.name, letters: [] });
    }
  return headings.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.kind.localeCompare(b.kind));
}

/** The index as Markdown: `- **Comintern**: letters 12, 13` and `- *Tiflis*, see Tbilisi`. */
export function indexMarkdown(headings: readonly IndexHeading[]): string {
  const lines = ['# Index of names', ''];
  for (const heading of headings) {
    const name = escapeMarkdown(heading.name);
    if (heading.see) lines.push(`- *${name}*, see ${escapeMarkdown(heading.see)}`);
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
