// The Letters preview's one script (admitted by the page's CSP nonce). The server's HTML is
// already escaped; this only places it, scrolls to a source line and reports double-clicks.
// @ts-check
(function () {
  const vscode = acquireVsCodeApi();
  const main = /** @type {HTMLElement} */ (document.getElementById('letters-preview'));

  /** The last block at or before `line` (blocks carry their 0-based source line). */
  function blockAt(line) {
    let found = null;
    for (const element of main.querySelectorAll('[data-line]')) {
      if (Number(element.getAttribute('data-line')) <= line) found = element;
      else if (found) break;
    }
    return found;
  }

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'update') {
      const top = window.scrollY;
      main.innerHTML = message.html;
      window.scrollTo(0, top);
    } else if (message.type === 'scrollTo') {
      blockAt(message.line)?.scrollIntoView({ block: 'start' });
    }
  });

  document.addEventListener('dblclick', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-line]') : null;
    if (target) vscode.postMessage({ type: 'reveal', line: Number(target.getAttribute('data-line')) });
  });

  // A marker's note as a popup on hover or keyboard focus; the link still jumps to the note.
  const popup = document.createElement('div');
  popup.className = 'note-popup';
  popup.setAttribute('role', 'tooltip');
  popup.hidden = true;
  document.body.appendChild(popup);
  function showNote(event) {
    const link = event.target instanceof Element ? event.target.closest('sup.marker a[href]') : null;
    if (!link) return;
    const note = document.getElementById(link.getAttribute('href').slice(1));
    if (!note) return;
    popup.textContent = note.textContent.replace(/\u21a9/g, '').trim();
    const box = link.getBoundingClientRect();
    popup.style.left = `${box.left + window.scrollX}px`;
    popup.style.top = `${box.bottom + window.scrollY + 4}px`;
    popup.hidden = false;
  }
  function hideNote(event) {
    if (event.target instanceof Element && event.target.closest('sup.marker')) popup.hidden = true;
  }
  document.addEventListener('mouseover', showNote);
  document.addEventListener('focusin', showNote);
  document.addEventListener('mouseout', hideNote);
  document.addEventListener('focusout', hideNote);
  vscode.postMessage({ type: 'ready' });
})();
