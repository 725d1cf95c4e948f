// The website's search page: loads the prebuilt index (`search-index.js`, window.LETTERS_SEARCH)
// into MiniSearch and lists the letters whose text or notes hold the words, best first, each with
// its date and a snippet around the first hit; filters by year and by person. Everything it shows
// is set as text, never as HTML.
// @ts-check
(function () {
  const data = /** @type {any} */ (window).LETTERS_SEARCH;
  const MiniSearch = /** @type {any} */ (window).MiniSearch;
  const form = /** @type {HTMLFormElement} */ (document.querySelector('form.search'));
  const query = /** @type {HTMLInputElement} */ (document.getElementById('q'));
  const year = /** @type {HTMLSelectElement} */ (document.getElementById('year'));
  const person = /** @type {HTMLSelectElement} */ (document.getElementById('person'));
  const status = /** @type {HTMLElement} */ (document.getElementById('search-status'));
  const results = /** @type {HTMLElement} */ (document.getElementById('results'));
  if (!data || !MiniSearch || !form) return;
  const index = MiniSearch.loadJS(data.index, { fields: ['text'], storeFields: [] });
  const SNIPPET_REACH = 80;

  /** @param {string} text @param {string[]} terms */
  function snippet(text, terms) {
    const lower = text.toLowerCase();
    let at = -1;
    let length = 0;
    for (const term of terms) {
      const found = lower.indexOf(term.toLowerCase());
      if (found >= 0 && (at < 0 || found < at)) [at, length] = [found, term.length];
    }
    if (at < 0) return { before: text.slice(0, 2 * SNIPPET_REACH), hit: '', after: '' };
    const from = Math.max(0, at - SNIPPET_REACH);
    const until = Math.min(text.length, at + length + SNIPPET_REACH);
    return {
      before: (from > 0 ? '\u2026' : '') + text.slice(from, at),
      hit: text.slice(at, at + length),
      after: text.slice(at + length, until) + (until < text.length ? '\u2026' : ''),
    };
  }

  /**
   * The first block of a letter that holds one of the terms found, else its first block.
   * @param {number} letterIndex @param {number} firstBlock @param {string[]} terms
   */
  function blockOf(letterIndex, firstBlock, terms) {
    const end = data.letters[letterIndex + 1]?.[5] ?? data.blocks.length;
    for (let block = firstBlock; block < end; block++) {
      const text = data.blocks[block][2].toLowerCase();
      if (terms.some((term) => text.includes(term.toLowerCase()))) return block;
    }
    return firstBlock;
  }

  function run() {
    const words = query.value.trim();
    results.replaceChildren();
    if (!words) {
      status.textContent = 'Type words to search the letters and their notes.';
      return;
    }
    const personIndex = data.persons.findIndex((/** @type {string[]} */ entry) => entry[0] === person.value);
    const found = index
      .search(words, { prefix: true, fuzzy: 0.15, combineWith: 'AND' })
      .filter((/** @type {{id: number}} */ result) => {
        const letter = data.letters[result.id];
        return (
          (!year.value || String(letter[3]) === year.value) &&
          (!person.value || letter[4].includes(personIndex))
        );
      });
    status.textContent =
      found.length === 0
        ? `No letter holds \u201c${words}\u201d.`
        : `${found.length} letter${found.length === 1 ? '' : 's'} found.`;
    for (const hit of found.slice(0, 200)) {
      const [number, heading, date, , , firstBlock] = data.letters[hit.id];
      const [, note, text] = data.blocks[blockOf(hit.id, firstBlock, hit.terms)];
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `letter-${number}.html${note ? `#note-${note}` : ''}`;
      link.textContent = heading;
      const title = document.createElement('p');
      title.className = 'result-title';
      title.append(link);
      if (date) title.append(` ${date}`);
      if (note) title.append(` (note ${note})`);
      const parts = snippet(text, hit.terms);
      const quote = document.createElement('p');
      quote.className = 'snippet';
      const mark = document.createElement('mark');
      mark.textContent = parts.hit;
      quote.append(parts.before, mark, parts.after);
      item.append(title, quote);
      results.append(item);
    }
  }

  const parameters = new URLSearchParams(window.location.search);
  query.value = parameters.get('q') ?? '';
  year.value = parameters.get('year') ?? '';
  person.value = parameters.get('person') ?? '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams({ q: query.value, year: year.value, person: person.value });
    try {
      window.history.replaceState(null, '', `?${next}`);
    } catch {
      // A browser may refuse to change a file: address; the results show all the same.
    }
    run();
  });
  run();
})();
