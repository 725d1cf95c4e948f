/**
 * The export formats: the one table that the server's writers (`server/src/export/formats.ts`,
 * keyed by it, so that each format has its writer), `letters-export --format`, the client's export commands and the manifest's
 * commands (checked against it by `test/unit/exportFormats.test.ts`) follow. A new format is one
 * entry here and its writer.
 */
export const EXPORT_FORMATS = {
  tei: {
    label: 'TEI',
    command: 'letters.exportTei',
    output: 'file',
  },
  cmif: {
    label: 'CMIF',
    command: 'letters.exportCmif',
    output: 'file',
  },
  html: {
    label: 'Website',
    command: 'letters.exportWebsite',
    output: 'folder',
  },
} as const satisfies Readonly<Record<string, ExportFormatEntry>>;

/** One export format as the editor offers it. */
export interface ExportFormatEntry {
  /** The format's name in titles (`Export Edition as TEI…`). */
  readonly label: string;
  /** The VS Code command that exports it. */
  readonly command: string;
  /** One file (`letters/exportEdition`), or a folder of files (`letters/site`). */
  readonly output: 'file' | 'folder';
}

/** A format's key (`tei`), as `letters-export --format` takes it. */
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The formats written as one file, which `letters/exportEdition` answers. */
export type FileExportFormat = {
  [F in ExportFormat]: (typeof EXPORT_FORMATS)[F]['output'] extends 'file' ? F : never;
}[ExportFormat];
