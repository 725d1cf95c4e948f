/**
 * The website's stylesheet: readable on its own, in the reader's light or dark colour scheme, with
 * no fonts or images to fetch. The switch between reading and source text is a checkbox and CSS
 * alone (`:has`), so it works without the script; corrections show the source's form on hover or
 * focus. In print: no navigation, no switch or forms, the notes as endnotes after the letter.
 */
export const SITE_STYLESHEET = `:root {
  color-scheme: light dark;
  --text: #1f1f1f;
  --background: #fdfcf8;
  --muted: #595959;
  --link: #0b5cad;
  --rule: #c8c4b8;
  --mark: #fff1a8;
  --tip: #2b2b2b;
  --tip-text: #ffffff;
}
@media (prefers-color-scheme: dark) {
  :root {
    --text: #e6e6e6;
    --background: #1b1b1d;
    --muted: #b0b0b0;
    --link: #8cc4ff;
    --rule: #4a4a4f;
    --mark: #5c4b00;
    --tip: #e6e6e6;
    --tip-text: #1b1b1d;
  }
}
body {
  color: var(--text);
  background: var(--background);
  font-family: Georgia, 'Times New Roman', serif;
  font-size: 1.1rem;
  line-height: 1.6;
  max-width: 42em;
  margin: 0 auto;
  padding: 1em 1.5em 4em;
}
a {
  color: var(--link);
}
mark {
  background: var(--mark);
  color: var(--text);
}
.skip {
  position: absolute;
  left: -999em;
}
.skip:focus {
  left: 1em;
  top: 1em;
  background: var(--background);
}
header.site {
  border-bottom: 1px solid var(--rule);
  margin-bottom: 1em;
}
.site-title {
  margin: 0;
  font-weight: bold;
}
header.site ul {
  list-style: none;
  display: flex;
  flex-wrap: wrap;
  gap: 0 1.2em;
  padding: 0;
  margin: 0.3em 0;
}
nav.letters {
  display: flex;
  justify-content: space-between;
  padding: 0.3em 0;
}
.editorial-date,
.muted,
.count,
.kind,
.date-as-written {
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
.notes,
.named,
.cite {
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
/* A source cited in a note (not the letter's citation line): what it resolves to, ibid. included, as its title. */
.cited {
  text-decoration: underline dotted var(--muted);
}
/* A correction: the reading, dotted underneath; the source's form on hover or focus. */
.corr {
  position: relative;
}
.corr .reading {
  text-decoration: underline dotted var(--muted);
}
.corr .reading:hover::after,
.corr .reading:focus::after {
  content: 'source: ' attr(data-source);
  position: absolute;
  left: 0;
  bottom: 100%;
  white-space: nowrap;
  font-size: 0.8em;
  padding: 0 0.4em;
  background: var(--tip);
  color: var(--tip-text);
  z-index: 1;
}
.corr .source {
  display: none;
}
body:has(#show-source:checked) .corr .reading {
  display: none;
}
body:has(#show-source:checked) .corr .source {
  display: inline;
  text-decoration: underline dotted var(--muted);
}
.switch {
  font-size: 0.9em;
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
.passages {
  font-size: 0.95em;
}
.results li {
  margin-bottom: 0.8em;
}
.results p {
  margin: 0;
}
.snippet {
  font-size: 0.95em;
}
input,
select,
button {
  font: inherit;
}
@media print {
  header.site,
  nav,
  .skip,
  .switch,
  form,
  .downloads,
  .backlink {
    display: none;
  }
  body {
    max-width: none;
    padding: 0;
    font-size: 11pt;
    color: #000;
    background: #fff;
  }
  a {
    color: inherit;
    text-decoration: none;
  }
  .corr .reading {
    text-decoration: none;
  }
  .notes {
    break-before: auto;
  }
  .notes h2::after {
    content: ' (endnotes)';
    font-weight: normal;
  }
}
`;
