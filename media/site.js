// The website's script on every page: completes each citation line with what only the reader's
// browser knows, the page's address (when edition.json gives no siteUrl) and the date of access.
// Without it the page still reads in full; the citation then names the page's file.
// @ts-check
(function () {
  for (const address of document.querySelectorAll('.cite-url[data-page]'))
    address.textContent = window.location.href.replace(/[?#].*$/, '');
  const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  for (const accessed of document.querySelectorAll('.cite-accessed'))
    accessed.textContent = `, accessed ${today}`;
})();
