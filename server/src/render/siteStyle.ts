/**
 * The website's stylesheet: readable on its own, in the reader's light or dark colour scheme, with
 * no fonts or images to fetch.
 */
export const SITE_STYLESHEET = `:root {
  color-scheme: light dark;
  --text: #1f1f1f;
  --background: #fdfcf8;
  --muted: #5a5a5a;
  --link: #0b5cad;
  --rule: #c8c4b8;
}
@media (prefers-color-scheme: dark) {
  :root {
    --text: #e6e6e6;
    --background: #1b1b1d;
    --muted: #b0b0b0;
    --link: #8cc4ff;
    --rule: #4a4a4f;
  }
}
body {
  color: var(--text);
  background: var(--background);
  font-family: Georgia, 'Times New Roman', serif;
  font-size: 1.1rem;
  line-height: 1.6;
  max-width: 40em;
  margin: 0 auto;
  padding: 1em 1.5em 4em;
}
a {
  color: var(--link);
}
nav {
  display: flex;
  justify-content: space-between;
  border-bottom: 1px solid var(--rule);
  padding-bottom: 0.5em;
}
.editorial-date {
  color: var(--muted);
}
.salutation {
  font-style: italic;
}
.point {
  padding-left: 1.5em;
  text-indent: -1.5em;
}
.signature,
.dateline {
  text-align: right;
}
/* Markers and back-links stay underlined: a link in running text must not differ by colour alone. */
sup.marker a {
  padding: 0 0.1em;
}
.notes {
  font-size: 0.95em;
  border-top: 1px solid var(--rule);
}
.notes ol {
  list-style: none;
  padding-left: 0;
}
.note:target {
  outline: 2px solid var(--link);
}
.backlink {
  margin-left: 0.3em;
}
.mention,
.citation,
.date {
  text-decoration: underline dotted;
}
table {
  border-collapse: collapse;
}
th,
td {
  text-align: left;
  padding: 0.2em 1em 0.2em 0;
  border-bottom: 1px solid var(--rule);
}
`;
