/**
 * The files of the edition's static website: {@link sitePages} of every letter of the workspace
 * (with the registered persons each mentions) and the site's stylesheet.
 */
import type { Edition } from '../analysis/edition';
import { sitePages, type SiteLetter } from './site';
import { SITE_STYLESHEET } from './siteStyle';
import { lettersOf } from './source';

/** The site's files, name → content: the pages and `letters.css`. */
export function siteFiles(workspace: Edition, title: string): Map<string, string> {
  const letters: SiteLetter[] = workspace.edition().flatMap((model) => {
    const mentions = workspace.registers.mentions(model).filter(({ mention }) => mention.kind === 'persons');
    return lettersOf(model, workspace).map((letter, index) => {
      const span = model.letters[index]!.span;
      const names = mentions
        .filter(({ mention }) => mention.span.start >= span.start && mention.span.end <= span.end)
        .map(({ entry }) => entry.name);
      return { text: model.text, letter, persons: [...new Set(names)] };
    });
  });
  const files = sitePages(title, letters);
  files.set('letters.css', SITE_STYLESHEET);
  return files;
}
