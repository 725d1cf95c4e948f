/**
 * The shell of every page of the site: the document head (its own stylesheet, no external
 * resource), a skip link, the site's navigation and the page's `<main>`.
 */
import { escapeHtml } from './html';

/** What a page adds to the shell. */
export interface PageOptions {
  /** The site's title, shown at the head of the navigation. */
  readonly siteTitle: string;
  /** Scripts of the site the page loads, in order (`search.js`). */
  readonly scripts?: readonly string[];
  /** Extra navigation after the site's (previous and next letter). */
  readonly navigation?: string;
}

const SECTIONS: readonly (readonly [string, string])[] = [
  ['index.html', 'Letters'],
  ['dates.html', 'By date'],
  ['names.html', 'Index of names'],
  ['search.html', 'Search'],
];

/** A whole page: `title` for the window, `main` the page's content (its `<main>` element). */
export function sitePage(title: string, main: string, options: PageOptions): string {
  const sections = SECTIONS.map(([file, label]) => `<li><a href="${file}">${label}</a></li>`).join('');
  const scripts = (options.scripts ?? []).map((file) => `<script src="${file}"></script>\n`).join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="letters.css">
</head>
<body>
<a class="skip" href="#content">Skip to the content</a>
<header class="site">
<p class="site-title"><a href="index.html">${escapeHtml(options.siteTitle)}</a></p>
<nav aria-label="Site"><ul>${sections}</ul></nav>
${options.navigation ?? ''}</header>
<div id="content">
${main}
</div>
<script src="site.js"></script>
${scripts}</body>
</html>
`;
}
