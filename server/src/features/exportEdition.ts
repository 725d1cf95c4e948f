import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExportEditionParams, ExportedEdition } from '../../../protocol/letters';
import type { Edition } from '../analysis/edition';
import { EXPORT_FORMATS } from '../../../protocol/exportFormats';
import { FORMAT_WRITERS, isExportFormat } from '../export/formats';
import type { EditionFile } from '../analysis/editionFile';

/**
 * `letters/exportEdition`: the workspace's edition in TEI or CMIF, with the metadata of its
 * `edition.json` (undefined when it has none), as the content of one file for the client to write.
 * Named after the first letters file of the edition, as `letters-export` names it.
 */
export function exportEditionFile(
  workspace: Edition,
  edition: EditionFile | undefined,
  params: ExportEditionParams,
): ExportedEdition {
  const first = workspace.edition().find((model) => model.letters.length > 0);
  if (!first) return { error: 'The workspace has no letters to export.', missing: [] };
  // The format comes from the client: a name of no format, or of a folder's, is refused.
  const format: string = params.format;
  const writer =
    isExportFormat(format) && EXPORT_FORMATS[format].output === 'file' ? FORMAT_WRITERS[format] : undefined;
  if (!writer) return { error: `No export format "${String(params.format)}".`, missing: [] };
  const name = path.basename(uriPath(first.uri), '.letters');
  const written = writer(workspace, edition?.metadata ?? { editors: [] }, name, {
    corrections: params.corrections === true,
  });
  if ('missing' in written) {
    const where = edition ? path.basename(uriPath(edition.uri)) : 'an edition.json in the workspace folder';
    return {
      error: `The ${params.format.toUpperCase()} export needs ${written.missing.join(', ')} in ${where}.`,
      missing: written.missing,
    };
  }
  const [fileName, content] = [...written.files][0]!;
  return { fileName, content };
}

function uriPath(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}
