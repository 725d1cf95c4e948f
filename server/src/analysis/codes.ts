/** How loudly a problem is reported; `off` hides it. Mirrors the `letters.diagnostics.<code>` setting. */
export type Severity = 'off' | 'hint' | 'information' | 'warning' | 'error';

/** Every severity name, in increasing order. */
export const SEVERITIES: readonly Severity[] = ['off', 'hint', 'information', 'warning', 'error'];

/** What the table says of one diagnostic code. */
export interface CodeDescription {
  /** The severity a problem of this code has unless `letters.diagnostics.<code>` says otherwise. */
  readonly severity: Exclude<Severity, 'off'>;
  /** One line for the setting's description and the README's table of codes. */
  readonly description: string;
}

/**
 * Every diagnostic code the tool reports, with its default severity and description: the one
 * table the checks, the CLI and the `letters.diagnostics.<code>` settings of `package.json`
 * agree with (`npm run sync-settings` writes the settings from it; a unit test compares them).
 * Codes are stable and dotted, `topic.defect`: renaming one breaks users' settings.
 */
export const DIAGNOSTIC_CODES = {
  'note.missing': { severity: 'error', description: 'A marker whose letter has no note with its number.' },
  'note.unreferenced': {
    severity: 'warning',
    description: 'A note that no marker in its letter references (other than a heading note).',
  },
  'note.heading': {
    severity: 'hint',
    description:
      "Note 1 without a marker: it annotates the letter itself (archival source, the recipient's notation). Normal, shown as a hint.",
  },
  'note.duplicate': { severity: 'error', description: 'Two notes of one letter with the same number.' },
  'note.gap': { severity: 'warning', description: "A gap in the numbering of a letter's notes." },
  'note.order': { severity: 'warning', description: 'A note numbered lower than the note before it.' },
  'marker.order': {
    severity: 'warning',
    description: 'A note referenced for the first time after a higher-numbered note.',
  },
  'note.glued': {
    severity: 'warning',
    description: "A note that starts in the middle of the previous note's line.",
  },
  'heading.glued': {
    severity: 'warning',
    description: 'A `Letter N` heading glued to the end of a line of text.',
  },
  'letter.sequence': {
    severity: 'warning',
    description: 'Letters numbered out of sequence across the workspace (duplicate, gap, backwards).',
  },
  'xref.broken': {
    severity: 'warning',
    description: 'A cross-reference (`see letter 21, note 4`) to a letter or note that does not exist.',
  },
  'text.lostDash': {
    severity: 'warning',
    description:
      "An em dash lost: an attribution glued to the text before it (`leftU.S. Ed.`, `NorwayJ. Stalin]`), a word glued to a quantity (`Coal150 million`), to a list item's head (`Oilincreased`) or after `etc.` (`etc.everything`); the quick fix inserts the em dash.",
  },
  'text.runTogether': {
    severity: 'warning',
    description:
      'Words run together: a lower-case word glued to a capitalised one (`andYagoda`), or an unknown lower-case word that splits into two words both common in the edition (`ourworkers`); the quick fix inserts the space.',
  },
  'text.runTogetherUncertain': {
    severity: 'information',
    description:
      'Lower-case words that may have run together (`formedical`), where a word is rare in the edition or another split is possible, or a compound modifier that may have lost its hyphen (`hardfought`); the quick fix inserts the space, or the hyphen.',
  },
  'text.misspelt': {
    severity: 'information',
    description:
      "A lower-case word that neither the dictionary nor the edition knows, one letter from a word English or the edition uses often (`rendevous` → `rendezvous`); the quick fixes put the word meant, or add the word to the edition's words.",
  },
  'text.lostHyphen': {
    severity: 'warning',
    description:
      'A compound that lost its hyphen (`socalled`), written with it elsewhere in the edition, or a compound number or fraction (`twentyfive`, `onethird`); the quick fix restores it.',
  },
  'text.missingSpace': {
    severity: 'warning',
    description:
      "A space lost before a bracket, after a comma, full stop, semicolon, colon, question or exclamation mark, or after a possessive apostrophe (`plenum(RTsKhIDNI`, `example,G.`, `it.He`, `stage?Where`, `workers'opposition`); the quick fix inserts it.",
  },
  'text.lostEnDash': {
    severity: 'warning',
    description:
      'A number range that is not a date and lost its en dash: a page range in a citation (`1:90101`, `[Moscow, 1984], 13748`) or a quantity range before a quantity word (`2030 thousand`, `300400 million`, `120140 thousand poods`), or two names joined by it (`SokolnikovRykov`); the quick fix writes the likeliest range.',
  },
  'text.brokenParagraph': {
    severity: 'warning',
    description:
      'A paragraph broken in mid-sentence (`... from Moscow to` / blank line / `Germany for ...`); the quick fix joins the two paragraphs.',
  },
  'text.quote': {
    severity: 'warning',
    description:
      "Two apostrophes standing for an opening double quote (`''workers`); the quick fix writes `\"`.",
  },
  'words.entry': {
    severity: 'warning',
    description:
      'A line of an edition word list (`*.words.txt`) that is not one word; it adds nothing to the known words.',
  },
  'person.unknown': {
    severity: 'information',
    description:
      'A name after a title (`Com. Xyz`) that no person register knows; a quick fix adds a stub entry to the register.',
  },
  'organisation.unknown': {
    severity: 'information',
    description:
      'An abbreviation in capitals (`XYZK`) that no register knows; a quick fix adds a stub entry to the organisations register.',
  },
  'register.json': {
    severity: 'error',
    description: 'A person register (`*.persons.json`) that is not valid JSON.',
  },
  'register.schema': {
    severity: 'error',
    description:
      'A person register entry that breaks the register schema (missing `id` or `name`, malformed date or authority URI, unknown property).',
  },
  'register.duplicateId': {
    severity: 'error',
    description: 'Two persons with the same `id` across the registers of the workspace.',
  },
  'register.aliasConflict': {
    severity: 'error',
    description: 'A name or alias claimed by two persons across the registers of the workspace.',
  },
  'register.kindConflict': {
    severity: 'warning',
    description:
      'A name claimed by entries of two register kinds (a person and a place, an organisation and a term): reported on each entry, pointing at the other.',
  },
  'register.tooLarge': {
    severity: 'error',
    description: 'A person register too large to load (more than 16 MB).',
  },
  'edition.json': {
    severity: 'error',
    description: 'The edition metadata (`edition.json`) is not valid JSON.',
  },
  'edition.schema': {
    severity: 'error',
    description:
      'The edition metadata (`edition.json`) breaks its schema: a required field missing (title, source, sender, recipient, language), a malformed id, URL or e-mail, an unknown property.',
  },
  'edition.cmif': {
    severity: 'warning',
    description:
      'The edition metadata (`edition.json`) lacks a field the CMIF export needs (editors, publisher, url, licence); the TEI export does without it.',
  },
  'date.malformed': {
    severity: 'warning',
    description:
      'A date that is not well written: a misspelt or unknown month, an unclosed editorial bracket, a truncated year, a month glued to its year, a range that lost its dash (`68 April 1925`, `19221947`), an editorial date of no known form or that allows no day (`[between 5 and 2 July 1926]`, `[spring 1926 or]`).',
  },
  'date.impossible': {
    severity: 'error',
    description: 'A date that does not exist: `31 June 1926`, `30 February`, 29 February of a common year.',
  },
  'date.chronology': {
    severity: 'warning',
    description: "A letter whose editorial date is certainly earlier than the previous letter's.",
  },
  'date.weekday': {
    severity: 'warning',
    description: 'A weekday written beside a date that contradicts it (`8/3 (Friday)` in August 1926).',
  },
  'date.dateline': {
    severity: 'warning',
    description:
      "A letter's own dateline (`Sochi, 6/25/26`, `Monday. Sochi.`) that disagrees with its editorial date.",
  },
  'cite.malformed': {
    severity: 'warning',
    description:
      'An archival citation that is not well written: a missing space (`f.82`), a fond without its archive, fields out of order, `l.` before several folios (`ll.`).',
  },
  'cite.folio': {
    severity: 'warning',
    description:
      'A suspicious folio: `120b`, which reads like `12ob.` (verso), or a letter after a folio number.',
  },
  'cite.broken': {
    severity: 'warning',
    description: 'A citation broken across a paragraph break (`RTsKhIDNI f.` / blank line / `17, op. 3`).',
  },
  'cite.ibid': {
    severity: 'warning',
    description:
      "An `ibid.` or partial citation with nothing cited before it in the letter's notes, or after a note citing different sources it could continue (ambiguous).",
  },
} as const satisfies Record<string, CodeDescription>;

/** A code of {@link DIAGNOSTIC_CODES}; a check cannot report a code the table does not know. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** The default severity of a code. */
export function defaultSeverity(code: DiagnosticCode): Exclude<Severity, 'off'> {
  return DIAGNOSTIC_CODES[code].severity;
}

/** The severity a problem is reported with: the user's `letters.diagnostics.<code>` override, else the code's default. */
export function effectiveSeverity(
  problem: { readonly code: DiagnosticCode },
  overrides: Readonly<Record<string, Severity>>,
): Severity {
  return overrides[problem.code] ?? defaultSeverity(problem.code);
}
