import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteFile } from '../../../protocol/letters';
import type { Edition } from '../analysis/edition';
import { FORMAT_WRITERS } from '../export/formats';
import type { EditionMetadata } from '../analysis/editionFile';

/**
 * The answer to `letters/site`: the static website of the workspace's edition as files for the
 * client to write (the server never writes), in name order. The same writer as
 * `letters-export --format html`, titled from `edition.json` or else, as there, after the first
 * letters file; no files when the workspace has no letters.
 */
export function site(workspace: Edition, metadata: EditionMetadata | undefined): SiteFile[] {
  const first = workspace.edition().find((model) => model.letters.length > 0);
  if (!first) return [];
  const name = path.basename(
    first.uri.startsWith('file:') ? fileURLToPath(first.uri) : first.uri,
    '.letters',
  );
  const written = FORMAT_WRITERS.html(workspace, metadata ?? { editors: [] }, name, {});
  if (!('files' in written)) return [];
  return [...written.files]
    .map(([path, content]) => ({ path, content }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
