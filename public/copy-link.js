// Progressive enhancement for section links: a click copies the section's full address.
// The status says so in the page's language (its data-done attribute). Without this script (or without clipboard access) the link simply goes to its #anchor.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element && event.target.closest('a[data-copy-link]');
  if (!link || !navigator.clipboard) return;
  event.preventDefault();
  const url = new URL(link.getAttribute('href'), location.href).href;
  navigator.clipboard.writeText(url).then(
    () => {
      history.replaceState(null, '', url);
      const status = link.parentElement && link.parentElement.querySelector('[data-copy-status]');
      if (status) {
        status.textContent = status.dataset.done || '';
        setTimeout(() => (status.textContent = ''), 2500);
      }
    },
    () => (location.hash = new URL(url).hash),
  );
});
