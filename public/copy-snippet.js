// Copy controls for the newsletter snippet: "Copy HTML" copies the source; "Copy for visual
// editors" copies rich text (text/html with a plain-text fallback). Without this script, or
// without the Clipboard API, they are plain links to the box, whose text is selected by hand.
for (const box of document.querySelectorAll('[data-snippet]')) {
  const buttons = box.querySelector('[data-copy-buttons]');
  const source = box.querySelector('textarea');
  const status = box.querySelector('[data-copy-status]');
  if (!buttons || !source || !navigator.clipboard) continue;
  const say = (text) => {
    status.textContent = text;
    setTimeout(() => (status.textContent = ''), 2500);
  };
  buttons.addEventListener('click', (event) => {
    const button = event.target instanceof Element && event.target.closest('[data-copy]');
    if (!button) return;
    event.preventDefault();
    const html = source.value;
    const copy =
      button.dataset.copy === 'rich' && typeof ClipboardItem === 'function'
        ? navigator.clipboard.write([
            new ClipboardItem({
              'text/html': new Blob([html], { type: 'text/html' }),
              'text/plain': new Blob([new DOMParser().parseFromString(html, 'text/html').body.innerText], { type: 'text/plain' }),
            }),
          ])
        : navigator.clipboard.writeText(html);
    copy.then(
      () => say(button.dataset.copy === 'rich' ? status.dataset.rich : status.dataset.html),
      () => {
        say(status.dataset.failed);
        source.focus();
        source.select();
      },
    );
  });
}
