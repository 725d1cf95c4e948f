/**
 * The `html` export: the website's pages (render/site.ts) with the downloads they link, each
 * letter's own TEI file (the letter and the register entries it names) and the edition's CMIF
 * file when `edition.json` has what CMIF needs.
 */
import { letterHeading } from '../analysis/labels';
import type { Edition } from '../analysis/edition';
import type { EditionMetadata } from '../analysis/editionFile';
import type { ReadEdition } from '../reading/edition';
import type { ReadLetter } from '../reading/letters';
import { sitePages } from '../render/site';
import { siteEdition } from '../render/siteEdition';
import { CMIF_FILE, letterTeiName } from '../render/sitePaths';
import { exportCmif } from './cmif';
import { cmifMetadata } from './cmifMetadata';
import { exportTei } from './tei';

/** The site's files, name → content; `name` titles it when `edition.json` gives no title. */
export function siteFiles(workspace: Edition, metadata: EditionMetadata, name: string): Map<string, string> {
  const edition = siteEdition(workspace, metadata, metadata.title ?? name);
  const cmif = cmifMetadata(metadata, new Date().toISOString().slice(0, 10));
  const files = sitePages(edition, { cmif: cmif.metadata !== undefined, cmifMissing: cmif.missing ?? [] });
  if (cmif.metadata) files.set(CMIF_FILE, exportCmif(edition.exported, cmif.metadata));
  for (const { letter, text } of edition.letters)
    files.set(
      letterTeiName(letter.number),
      exportTei(letterOnly(edition.exported, text, letter), {
        title: `${letterHeading(letter.words, letter)}, ${edition.title}`,
        source: metadata.source?.bibl,
      }),
    );
  return files;
}

/** The writers' view of one letter: its document reduced to it, the registers to what it names. */
function letterOnly(exported: ReadEdition, text: string, letter: ReadLetter): ReadEdition {
  const named = new Set(
    letter.annotations.flatMap((annotation) =>
      annotation.kind === 'mention' ? [`${annotation.register}:${annotation.entryId}`] : [],
    ),
  );
  return {
    words: exported.words,
    documents: [{ text, letters: [letter] }],
    registers: exported.registers.map((register) => ({
      ...register,
      entries: register.entries.filter((entry) => named.has(`${register.name}:${entry.id}`)),
    })),
  };
}
