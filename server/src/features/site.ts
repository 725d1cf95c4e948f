import type { SiteFile } from '../../../protocol/letters';
import type { Edition } from '../analysis/edition';
import { siteFiles } from '../render/siteEdition';

/**
 * The answer to `letters/site`: the static website of the workspace's edition as files for the
 * client to write (the server never writes), in name order, titled `title`.
 */
export function site(workspace: Edition, title: string): SiteFile[] {
  return [...siteFiles(workspace, title)]
    .map(([path, content]) => ({ path, content }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
