/**
 * The files of the edition's static website: {@link sitePages} of every letter of the workspace
 * (with the registered persons each mentions) and the site's stylesheet.
 */
import type { Edition } from '../analysis/edition';
import { readLetters } from '../reading/letters';
import { sitePages, type SiteLetter } from './site';
import { SITE_STYLESHEET } from './siteStyle';

/** The site's files, name → content: the pages and `letters.css`. */
export function siteFiles(workspace: Edition, title: string): Map<string, string> {
  const letters: SiteLetter[] = workspace.edition().flatMap((model) =>
    readLetters(model, workspace).map((letter) => {
      const names = letter.annotations.flatMap((annotation) =>
        annotation.kind === 'mention' && annotation.register === 'persons' ? [annotation.name] : [],
      );
      return { text: model.text, letter, persons: [...new Set(names)] };
    }),
  );
  const files = sitePages(title, letters);
  files.set('letters.css', SITE_STYLESHEET);
  return files;
}
