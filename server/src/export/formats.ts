import type { ExportFormat } from '../../../protocol/exportFormats';
import type { Edition } from '../analysis/edition';
import { siteFiles } from './siteFiles';
import type { EditionMetadata } from '../analysis/editionFile';
import { exportCmif } from './cmif';
import { cmifMetadata } from './cmifMetadata';
import type { AnnotationOptions } from '../reading/annotations';
import { readEdition } from '../reading/edition';
import { exportTei } from './tei';

/** A format's files (name → content), or the `edition.json` fields it needs that the edition lacks. */
export type Written =
  { readonly files: ReadonlyMap<string, string> } | { readonly missing: readonly string[] };

/** Writes a workspace in one format; `name` is the base name of the files (the first letters file's). */
export type FormatWriter = (
  workspace: Edition,
  metadata: EditionMetadata,
  name: string,
  options: AnnotationOptions,
) => Written;

/**
 * The writer of each format of the table `EXPORT_FORMATS` (protocol/exportFormats.ts), shared by
 * `letters-export` and the editor's export commands: tei and cmif as one file each, html as a
 * static website. Keyed by the table, so a format without a writer does not compile.
 */
export const FORMAT_WRITERS: Readonly<Record<ExportFormat, FormatWriter>> = {
  tei: (workspace, metadata, name, options) => ({
    files: new Map([
      [
        `${name}.tei.xml`,
        exportTei(readEdition(workspace, options), {
          title: metadata.title ?? name,
          source: metadata.source?.bibl,
        }),
      ],
    ]),
  }),
  cmif: (workspace, metadata, name) => {
    const result = cmifMetadata(metadata, new Date().toISOString().slice(0, 10));
    if (!result.metadata) return { missing: result.missing };
    const text = exportCmif(readEdition(workspace), result.metadata);
    return { files: new Map([[`${name}.cmif.xml`, text]]) };
  },
  // The site always shows the certain corrections (its reading text) beside the source's form.
  html: (workspace, metadata, name) => ({ files: siteFiles(workspace, metadata, name) }),
};

/** Whether a name (a `--format` value, a request's parameter) is one of the export formats. */
export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(FORMAT_WRITERS, name);
}
