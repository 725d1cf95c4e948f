/**
 * The edition as a static website, with the preview's renderer: one page per letter with its
 * notes and chronological previous/next links, an index page with the table of letters and their
 * dates, and an index of persons linking to the letters that mention them. No external resources:
 * the pages link only each other and `letters.css`.
 */
import { letterHeading, letterTitle } from '../analysis/labels';
import { escapeHtml } from './html';
import { renderLetter } from './letter';
import type { ReadLetter } from '../reading/letters';

/** A letter with the text its spans point into. */
export interface SiteLetter {
  readonly text: string;
  readonly letter: ReadLetter;
  /** Registered persons the letter mentions (preferred names). */
  readonly persons: readonly string[];
}

/** The site's files: name → content. */
export function sitePages(title: string, letters: readonly SiteLetter[]): Map<string, string> {
  const pages = new Map<string, string>();
  const name = (letter: ReadLetter) => `letter-${letter.number}.html`;
  letters.forEach((entry, index) => {
    const previous = letters[index - 1]?.letter;
    const next = letters[index + 1]?.letter;
    const navigation = [
      previous ? `<a rel="prev" href="${name(previous)}">${escapeHtml(letterHeading(previous))}</a>` : '',
      '<a href="index.html">All letters</a>',
      next ? `<a rel="next" href="${name(next)}">${escapeHtml(letterHeading(next))}</a>` : '',
    ].join(' ');
    pages.set(
      name(entry.letter),
      page(
        `${letterTitle(entry.letter)} · ${title}`,
        `<nav aria-label="Letters">${navigation}</nav>\n<main>\n${renderLetter(entry.text, entry.letter, 1)}\n</main>`,
      ),
    );
  });
  const rows = letters.map(
    ({ letter }) =>
      `<tr><td><a href="${name(letter)}">${escapeHtml(letterHeading(letter))}</a></td><td>${escapeHtml(letter.editorialDate?.text ?? '')}</td></tr>`,
  );
  const byPerson = new Map<string, ReadLetter[]>();
  for (const { letter, persons } of letters)
    for (const person of persons) byPerson.set(person, [...(byPerson.get(person) ?? []), letter]);
  const people = [...byPerson]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([person, mentioned]) =>
        `<li>${escapeHtml(person)}: ${mentioned.map((letter) => `<a href="${name(letter)}">${letter.number}</a>`).join(', ')}</li>`,
    );
  pages.set(
    'index.html',
    page(
      title,
      `<main>\n<h1>${escapeHtml(title)}</h1>\n<table>\n<caption>Letters</caption>\n<thead><tr><th scope="col">Letter</th><th scope="col">Date</th></tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>\n` +
        (people.length > 0
          ? `<h2>Index of names</h2>\n<ul class="persons">\n${people.join('\n')}\n</ul>\n`
          : '') +
        '</main>',
    ),
  );
  return pages;
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="letters.css">
</head>
<body>
${body}
</body>
</html>
`;
}
