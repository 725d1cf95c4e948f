// The Letters preview's one script (admitted by the page's CSP nonce). The server's HTML is
// already escaped; this only places it, marks what the checks report (proof mode), scrolls to a
// source line, reports the line at the top when the reader scrolls, and reports double-clicks.
// @ts-check
(function () {
  const vscode = acquireVsCodeApi();
  const main = /** @type {HTMLElement} */ (document.getElementById('letters-preview'));

  /**
   * The blocks that carry a source line, in document order (so with rising lines); a letter's
   * `<article>` is left out, its heading carries the same line.
   * @returns {Element[]}
   */
  function blocks() {
    return [...main.querySelectorAll('[data-line]:not(article)')];
  }

  /** @param {Element} element */
  function lineOf(element) {
    return Number(element.getAttribute('data-line'));
  }

  /**
   * The last block at or before `line`, found by bisection.
   * @param {Element[]} list
   * @param {number} line
   */
  function blockAt(list, line) {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (lineOf(list[middle]) <= line) low = middle + 1;
      else high = middle;
    }
    return low > 0 ? list[low - 1] : null;
  }

  // The scroll position this script last set itself: the scroll event it causes is not the reader's,
  // so it must not move the editor (which would in turn move the preview).
  /** @type {number | undefined} */
  let ownScrollY;
  /** @param {() => void} move */
  function scrollOurselves(move) {
    move();
    ownScrollY = window.scrollY;
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'update') {
      const top = window.scrollY;
      const changed = place(message.html);
      showProof(Array.isArray(message.proof) ? message.proof : undefined, changed);
      scrollOurselves(() => window.scrollTo(0, top));
    } else if (message.type === 'scrollTo') {
      const block = blockAt(blocks(), message.line);
      if (block) scrollOurselves(() => block.scrollIntoView({ block: 'start' }));
    }
  });

  /**
   * The body last placed, cut before each letter's `<article>` (the preamble first). The server
   * escapes every text, so `<article` only ever starts a letter.
   * @type {string[]}
   */
  let placed = [];
  /** The first source line of each placed part (the line of its first block). */
  let partLines = [];

  /**
   * Places a new body. Each part (the preamble, each letter) sits in a `div` of its own, and only
   * the parts whose HTML changed are replaced: typing in one letter of a large edition re-parses
   * that letter, not the edition. A change in the number of letters places everything anew.
   * @param {string} html
   * @returns {Set<number>} the indices of the parts replaced
   */
  function place(html) {
    const parts = html.split(/(?=<article class="letter")/);
    const changed = new Set();
    if (parts.length !== placed.length || main.children.length !== placed.length) {
      main.innerHTML = parts.map((part) => `<div class="part">${part}</div>`).join('');
      parts.forEach((_part, index) => changed.add(index));
    } else {
      parts.forEach((part, index) => {
        if (part === placed[index]) return;
        main.children[index].innerHTML = part;
        changed.add(index);
      });
    }
    placed = parts;
    let previous = 0;
    partLines = parts.map((part) => (previous = Number(/data-line="(\d+)"/.exec(part)?.[1] ?? previous)));
    return changed;
  }

  /** Each part's proof marks as last drawn, as a key: a part kept with the same marks is left alone. */
  let drawnMarks = [];
  // The count of problems, above the letters (outside `main`, whose children are the parts).
  const summary = document.createElement('p');
  summary.className = 'proof-summary';
  summary.hidden = true;
  main.before(summary);

  /**
   * Proof mode: each problem as a badge (its code; the message on hover or focus) at the end of the
   * block of its line, and a count above the letters; without `marks`, none.
   * @param {{ line: number, code: string, message: string }[] | undefined} marks
   * @param {Set<number>} changed the parts just replaced
   */
  function showProof(marks, changed) {
    const byPart = placed.map(() => /** @type {{ line: number, code: string, message: string }[]} */ ([]));
    for (const mark of marks ?? []) byPart[partAt(mark.line)]?.push(mark);
    const keys = byPart.map((partMarks) => JSON.stringify(partMarks));
    keys.forEach((key, index) => {
      if (!changed.has(index) && key === drawnMarks[index]) return;
      const part = main.children[index];
      if (!changed.has(index)) unmark(part);
      mark(part, byPart[index] ?? []);
    });
    drawnMarks = keys;
    summary.hidden = marks === undefined;
    const count = marks?.length ?? 0;
    summary.textContent = count === 1 ? 'Proof: 1 problem.' : `Proof: ${count} problems.`;
  }

  /** The index of the part whose lines hold `line` (the first part for a line before all). */
  function partAt(line) {
    let low = 0;
    let high = partLines.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (partLines[middle] <= line) low = middle + 1;
      else high = middle;
    }
    return Math.max(low - 1, 0);
  }

  /** @param {Element} part */
  function unmark(part) {
    for (const element of part.querySelectorAll('.proof-mark')) element.remove();
    for (const element of part.querySelectorAll('.proof')) element.classList.remove('proof');
  }

  /**
   * @param {Element} part
   * @param {{ line: number, code: string, message: string }[]} marks
   */
  function mark(part, marks) {
    if (marks.length === 0) return;
    const list = [...part.querySelectorAll('[data-line]:not(article)')];
    for (const problem of marks) {
      const block = blockAt(list, problem.line) ?? list[0];
      if (!block) continue;
      block.classList.add('proof');
      const badge = document.createElement('span');
      badge.className = 'proof-mark';
      badge.tabIndex = 0;
      badge.textContent = problem.code;
      badge.setAttribute('data-message', problem.message);
      badge.setAttribute('aria-label', `${problem.code}: ${problem.message}`);
      block.append(badge);
    }
  }

  // The reader's scrolling reveals the line of the block at the top in the editor, at most every
  // SCROLL_THROTTLE_MS and once more where the scrolling stops (as VS Code's Markdown preview does).
  const SCROLL_THROTTLE_MS = 50;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let scrollTimer;
  window.addEventListener('scroll', () => {
    if (ownScrollY !== undefined && Math.abs(window.scrollY - ownScrollY) < 1) {
      ownScrollY = undefined;
      return;
    }
    ownScrollY = undefined;
    if (scrollTimer !== undefined) return;
    scrollTimer = setTimeout(() => {
      scrollTimer = undefined;
      // A scroll of this script's own since the reader's is not reported.
      if (ownScrollY !== undefined) return;
      const line = topLine();
      if (line !== undefined) vscode.postMessage({ type: 'revealLine', line });
    }, SCROLL_THROTTLE_MS);
  });

  /** The source line of the first block whose bottom is below the top of the view. */
  function topLine() {
    const list = blocks();
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (list[middle].getBoundingClientRect().bottom <= 0) low = middle + 1;
      else high = middle;
    }
    return low < list.length ? lineOf(list[low]) : undefined;
  }

  document.addEventListener('dblclick', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-line]') : null;
    if (target) vscode.postMessage({ type: 'reveal', line: lineOf(target) });
  });

  // A marker's note, or a proof mark's message, as a popup on hover or keyboard focus; a marker's
  // link still jumps to the note.
  const popup = document.createElement('div');
  popup.className = 'note-popup';
  popup.setAttribute('role', 'tooltip');
  popup.hidden = true;
  document.body.appendChild(popup);
  /** @param {Element} target */
  function popupText(target) {
    const mark = target.closest('.proof-mark');
    if (mark) return mark.getAttribute('data-message');
    const link = target.closest('sup.marker a[href]');
    const note = link ? document.getElementById((link.getAttribute('href') ?? '').slice(1)) : null;
    return note ? (note.textContent ?? '').replace(/\u21a9/g, '').trim() : null;
  }
  function showPopup(event) {
    if (!(event.target instanceof Element)) return;
    const text = popupText(event.target);
    if (!text) return;
    popup.textContent = text;
    const box = event.target.getBoundingClientRect();
    popup.style.left = '0px';
    popup.hidden = false;
    // Below the target, moved left as far as it must to stay inside the view.
    const margin = 8;
    const left = Math.max(margin, Math.min(box.left, window.innerWidth - popup.offsetWidth - margin));
    popup.style.left = `${left + window.scrollX}px`;
    popup.style.top = `${box.bottom + window.scrollY + 4}px`;
  }
  function hidePopup(event) {
    if (event.target instanceof Element && event.target.closest('sup.marker, .proof-mark'))
      popup.hidden = true;
  }
  document.addEventListener('mouseover', showPopup);
  document.addEventListener('focusin', showPopup);
  document.addEventListener('mouseout', hidePopup);
  document.addEventListener('focusout', hidePopup);
  vscode.postMessage({ type: 'ready' });
})();
