import { createHash } from 'node:crypto';
import type { Person } from '../analysis/registers/kinds/persons';
import type { ReadEdition } from '../reading/edition';
import { editorialDateElement } from './teiLetter';
import { attributes, escapeXml } from './xml';

/** What a CMIF file says of the edition beyond its letters. */
export interface CmifMetadata {
  readonly title: string;
  /** CMIF requires at least one editor; the e-mail is recommended, and optional in its schema. */
  readonly editors: readonly { readonly name: string; readonly email?: string }[];
  readonly publisher: string;
  /** Where the CMIF file is published (`idno type="url"`). */
  readonly url: string;
  /** The licence's name and URI (CMIF requires CC0 or CC BY). */
  readonly licence: { readonly text: string; readonly url: string };
  /** The printed edition the letters come from, as one bibliographic line. */
  readonly source: string;
  /** Register ids of the default sender and recipient. */
  readonly sender: string;
  readonly recipient: string;
  /** `YYYY-MM-DD` of the publication of this file. */
  readonly published: string;
}

/**
 * A UUID (version 5 layout) derived from the edition's metadata, so that the source `bibl` keeps
 * its id from one export to the next.
 */
export function sourceUuid(metadata: CmifMetadata): string {
  const hash = createHash('sha1').update(`${metadata.title}\n${metadata.source}`).digest();
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The edition's letters as one CMIF v1.1 file: a `correspDesc` per letter, keyed by its number. */
export function exportCmif(edition: ReadEdition, metadata: CmifMetadata): string {
  const registered = edition.registers.find((register) => register.name === 'persons')?.entries ?? [];
  const persons = new Map((registered as readonly Person[]).map((person) => [person.id, person]));
  const sourceId = `source-${sourceUuid(metadata)}`;
  const letters = edition.documents.flatMap((document) => document.letters);
  const descs = letters.map((letter) => {
    const value = letter.editorialDate?.value;
    const date = value ? editorialDateElement(value, 'cmif') : '';
    return `<correspDesc${attributes({ key: letter.number, source: `#${sourceId}` })}>
<correspAction type="sent">${personName(metadata.sender, persons)}${date}</correspAction>
<correspAction type="received">${personName(metadata.recipient, persons)}</correspAction>
</correspDesc>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
<teiHeader>
<fileDesc>
<titleStmt>
<title>${escapeXml(metadata.title)}</title>
${metadata.editors.map(editorElement).join('\n')}
</titleStmt>
<publicationStmt>
<publisher><ref${attributes({ target: metadata.url })}>${escapeXml(metadata.publisher)}</ref></publisher>
<idno type="url">${escapeXml(metadata.url)}</idno>
<date${attributes({ when: metadata.published })}/>
<availability><licence${attributes({ target: metadata.licence.url })}>${escapeXml(metadata.licence.text)}</licence></availability>
</publicationStmt>
<sourceDesc>
<bibl${attributes({ type: 'print', 'xml:id': sourceId })}>${escapeXml(metadata.source)}</bibl>
</sourceDesc>
</fileDesc>
<profileDesc>
${descs.join('\n')}
</profileDesc>
</teiHeader>
<text><body><p/></body></text>
</TEI>
`;
}

function editorElement(editor: CmifMetadata['editors'][number]): string {
  const email = editor.email ? `<email>${escapeXml(editor.email)}</email>` : '';
  return `<editor>${escapeXml(editor.name)}${email}</editor>`;
}

/** A `persName` with the person's first authority URI as `ref`, where the register gives one. */
function personName(id: string, persons: ReadonlyMap<string, Person>): string {
  const person = persons.get(id);
  const uri = person && Object.values(person.authority)[0];
  return `<persName${attributes({ ref: uri })}>${escapeXml(person?.name ?? id)}</persName>`;
}
