import type { ReadEdition } from '../reading/edition';
import type { ReadLetter } from '../reading/letters';
import { editorialDateElement, letterDiv } from './teiLetter';
import { standOff, type RegisterIds } from './teiRegisters';
import { attributes, escapeXml } from './xml';

const TEI_NS = 'http://www.tei-c.org/ns/1.0';

/** Title and source of the edition, for the TEI header. */
export interface TeiMetadata {
  readonly title: string;
  readonly source: string | undefined;
}

/** Who is responsible for the corrections of text damage (`corr resp`). */
const CORRECTION_RESP = 'letters-edition';

/**
 * The edition as one TEI P5 document: one `div type="letter"` per letter with its `correspDesc`
 * in the header (linked by `decls`), its notes at the end of the div and the registers as
 * lists in `standOff` (`listPerson`, `listPlace`, `listOrg`, a `list` of terms). Every character of each letter's text is
 * kept in its div; corrections of text damage, when the edition has them, are `choice`s.
 */
export function exportTei(edition: ReadEdition, metadata: TeiMetadata): string {
  const ids = new UniqueIds();
  const corrected = edition.documents.some((document) =>
    document.letters.some((letter) => letter.annotations.some((element) => element.kind === 'damage')),
  );
  const correctionResp = ids.take(CORRECTION_RESP);
  // Register ids first: they are the ids the registers give, kept where nothing else took them.
  const registers: RegisterIds = new Map(
    edition.registers.map((register) => [
      register.name,
      new Map(register.entries.map((entry) => [entry.id, ids.take(entry.id)])),
    ]),
  );
  const letters = edition.documents.flatMap((document) =>
    document.letters.map((letter) => ({
      letter,
      text: document.text,
      id: ids.take(`letter-${letter.number}`),
    })),
  );
  const correspDescs = letters.map(({ letter, id }) => correspDesc(letter, id)).join('\n');
  const divs = letters
    .map(({ letter, text, id }) =>
      letterDiv(letter, { text, id, registers, correctionResp, takeId: (wanted) => ids.take(wanted) }),
    )
    .join('\n');
  const resp = corrected
    ? `<respStmt${attributes({ 'xml:id': correctionResp })}><resp>corrections of text damage from the conversion</resp><name>Letters Edition</name></respStmt>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="${TEI_NS}">
<teiHeader>
<fileDesc>
<titleStmt><title>${escapeXml(metadata.title)}</title>${resp}</titleStmt>
<publicationStmt><p>Exported from a plain-text edition by Letters Edition.</p></publicationStmt>
<sourceDesc>${metadata.source ? `<bibl>${escapeXml(metadata.source)}</bibl>` : '<p>Born digital.</p>'}</sourceDesc>
</fileDesc>
<profileDesc>
${correspDescs}
</profileDesc>
</teiHeader>
${standOff(edition, registers)}<text>
<body>
${divs}
</body>
</text>
</TEI>
`;
}

function correspDesc(letter: ReadLetter, id: string): string {
  const value = letter.editorialDate?.value;
  // correspAction may not be empty: an undated letter, or one whose date is not read, has an empty date.
  const date = (value && editorialDateElement(value)) || '<date/>';
  return `<correspDesc xml:id="corresp-${id}" n="${letter.number}"><correspAction type="sent">${date}</correspAction></correspDesc>`;
}

/** Hands out each xml:id once, suffixing repeats (`letter-21`, `letter-21-b`). */
class UniqueIds {
  private readonly used = new Set<string>();

  take(wanted: string): string {
    let id = wanted;
    for (let index = 2; this.used.has(id); index++) id = `${wanted}-${index}`;
    this.used.add(id);
    return id;
  }
}
