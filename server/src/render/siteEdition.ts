/**
 * The one place the website reads the workspace: the letters as every writer reads them (the one
 * list of annotations, with the corrections as TEI's `--corrections`), the registers with every
 * letter that names each entry, and the edition's metadata. The rest of the site works on these records.
 */
import type { Person } from '../analysis/registers/kinds/persons';
import type { Edition } from '../analysis/edition';
import type { EditorialDate } from '../syntax/editorialDates';
import { readEdition, type ReadEdition } from '../reading/edition';
import type { ReadLetter } from '../reading/letters';
import type { EditionMetadata } from '../analysis/editionFile';
import type { Organisation } from '../analysis/registers/kinds/organisations';
import type { Place } from '../analysis/registers/kinds/places';
import type { RegisterEntry } from '../analysis/registers/kind';
import { registerListing, type MentionsInLetter } from '../topics/registers/registerListing';
import type { Term } from '../analysis/registers/kinds/terms';

/** A letter of the site, with the text its spans point into. */
export interface SiteLetter {
  readonly letter: ReadLetter;
  readonly text: string;
  /** The editorial date as written, brackets included, if the letter has one. */
  readonly dateText: string | undefined;
  /** Its value, for browsing by year and month and for the search's year filter. */
  readonly date: EditorialDate | undefined;
}

/** The kinds of register the site has a page for each entry of. */
export type EntryKind = 'person' | 'place' | 'organisation' | 'term';

/** Where a letter names an entry: the passage around the name. */
export interface Passage {
  readonly before: string;
  readonly name: string;
  readonly after: string;
}

/** A register entry as its page shows it. */
export interface SiteEntry {
  readonly kind: EntryKind;
  readonly id: string;
  readonly name: string;
  readonly otherNames: readonly string[];
  readonly description: string | undefined;
  /** Life dates or dates of existence as the register gives them (`1878-12-18 – 1953-03-05`). */
  readonly dates: string | undefined;
  /** Authority files: label (`wikidata`) → URL. */
  readonly authority: Readonly<Record<string, string>>;
  /** The letters that name it, in edition order, with the passages. */
  readonly letters: readonly { readonly number: number; readonly passages: readonly Passage[] }[];
}

/** One register kind of the site with its entries, sorted by name. */
export interface SiteRegister {
  readonly kind: EntryKind;
  /** The heading of its section in the index of names (`Persons`). */
  readonly heading: string;
  readonly entries: readonly SiteEntry[];
}

/** Everything the site is written from. */
export interface SiteEdition {
  readonly title: string;
  readonly metadata: EditionMetadata;
  /** The writers' view (the one list of annotations), for each letter's TEI file and the edition's CMIF. */
  readonly exported: ReadEdition;
  readonly letters: readonly SiteLetter[];
  readonly registers: readonly SiteRegister[];
}

const KINDS: Readonly<Record<string, { kind: EntryKind; heading: string }>> = {
  persons: { kind: 'person', heading: 'Persons' },
  places: { kind: 'place', heading: 'Places' },
  organisations: { kind: 'organisation', heading: 'Organisations' },
  terms: { kind: 'term', heading: 'Terms' },
};

/** How much of the text on each side of a name a passage shows. */
const PASSAGE_REACH = 70;

/** Reads the workspace into the site's records: letters in edition order, every register kind. */
export function siteEdition(workspace: Edition, metadata: EditionMetadata, title: string): SiteEdition {
  const exported = readEdition(workspace, { corrections: true });
  const letters = exported.documents.flatMap((document) =>
    document.letters.map((letter) => ({
      letter,
      text: document.text,
      dateText:
        letter.editorialDate &&
        document.text.slice(letter.editorialDate.span.start, letter.editorialDate.span.end),
      date: letter.editorialDate?.value,
    })),
  );
  const details = entryDetails(exported);
  const registers = registerListing(workspace).kinds.flatMap((listed): SiteRegister[] => {
    const known = KINDS[listed.kind];
    if (!known) return [];
    const entries = listed.entries.map((entry): SiteEntry => {
      const found = details.get(`${known.kind}:${entry.id}`);
      return {
        kind: known.kind,
        id: entry.id,
        name: entry.name,
        otherNames: entry.otherNames,
        description: found?.description,
        dates: found?.dates,
        authority: found?.authority ?? {},
        letters: entry.letters.flatMap((mentions) => lettersNaming(mentions)),
      };
    });
    return [{ kind: known.kind, heading: known.heading, entries }];
  });
  return { title, metadata, exported, letters, registers };
}

function lettersNaming(mentions: MentionsInLetter): SiteEntry['letters'] {
  if (!mentions.letter) return [];
  const { text } = mentions.model;
  return [
    {
      number: mentions.letter.number,
      passages: mentions.spans.map((span) => passage(text, span.start, span.end)),
    },
  ];
}

/** The words around a name on its line, cut at word boundaries. */
export function passage(text: string, start: number, end: number): Passage {
  const lineStart = lineStartOf(text, start);
  let lineUntil = end;
  while (lineUntil < text.length && text.charCodeAt(lineUntil) !== 10 && text.charCodeAt(lineUntil) !== 13)
    lineUntil++;
  let from = Math.max(lineStart, start - PASSAGE_REACH);
  let until = Math.min(lineUntil, end + PASSAGE_REACH);
  if (from > lineStart) from = Math.min(start, text.indexOf(' ', from) + 1 || from);
  if (until < lineUntil) until = Math.max(end, text.lastIndexOf(' ', until));
  return {
    before: (from > lineStart ? '\u2026' : '') + text.slice(from, start).trimStart(),
    name: text.slice(start, end).replace(/\s+/g, ' '),
    after: text.slice(end, until).trimEnd() + (until < lineUntil ? '\u2026' : ''),
  };
}

/**
 * The start of the line that holds `offset`: a walk back to the line break, not `lastIndexOf`,
 * which would scan the whole text before it for a break style the text does not use.
 */
export function lineStartOf(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && text.charCodeAt(start - 1) !== 10 && text.charCodeAt(start - 1) !== 13) start--;
  return start;
}

interface EntryDetail {
  readonly description: string | undefined;
  readonly dates: string | undefined;
  readonly authority: Readonly<Record<string, string>>;
}

/** Description, dates and authority links of every entry of the registers read, keyed `kind:id`. */
function entryDetails(exported: ReadEdition): Map<string, EntryDetail> {
  const details = new Map<string, EntryDetail>();
  for (const register of exported.registers) {
    const kind = KINDS[register.name]?.kind;
    if (kind) for (const entry of register.entries) details.set(`${kind}:${entry.id}`, detailOf(kind, entry));
  }
  return details;
}

function detailOf(kind: EntryKind, entry: RegisterEntry): EntryDetail {
  switch (kind) {
    case 'place': {
      const place = entry as Place;
      const dated = place.names
        .filter((name) => name.from || name.until)
        .map((name) => `${name.name} ${name.from ?? ''}\u2013${name.until ?? ''}`);
      return {
        description: place.description,
        dates: dated.join('; ') || undefined,
        authority: place.authority,
      };
    }
    case 'organisation': {
      const organisation = entry as Organisation;
      return { description: organisation.description, dates: undefined, authority: organisation.authority };
    }
    case 'term':
      return { description: (entry as Term).gloss, dates: undefined, authority: {} };
    case 'person': {
      const person = entry as Person;
      const { birth, death } = person;
      return {
        description: person.description,
        dates: birth || death ? `${birth ?? '?'} \u2013 ${death ?? '?'}` : undefined,
        authority: person.authority,
      };
    }
  }
}
