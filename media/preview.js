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
      main.innerHTML = message.html;
      if (Array.isArray(message.proof)) markProof(message.proof);
      scrollOurselves(() => window.scrollTo(0, top));
    } else if (message.type === 'scrollTo') {
      const block = blockAt(blocks(), message.line);
      if (block) scrollOurselves(() => block.scrollIntoView({ block: 'start' }));
    }
  });

  /**
   * Proof mode: each problem as a badge (its code; the message on hover or focus) at the end of the
   * block of its line, and a count above the letters.
   * @param {{ line: number, code: string, message: string }[]} marks
   */
  function markProof(marks) {
    const list = blocks();
    for (const mark of marks) {
      const block = blockAt(list, mark.line) ?? list[0];
      if (!block) continue;
      block.classList.add('proof');
      const badge = document.createElement('span');
      badge.className = 'proof-mark';
      badge.tabIndex = 0;
      badge.textContent = mark.code;
      badge.setAttribute('data-message', mark.message);
      badge.setAttribute('aria-label', `${mark.code}: ${mark.message}`);
      block.append(' ', badge);
    }
    const summary = document.createElement('p');
    summary.className = 'proof-summary';
    summary.textContent = marks.length === 1 ? 'Proof: 1 problem.' : `Proof: ${marks.length} problems.`;
    main.prepend(summary);
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
