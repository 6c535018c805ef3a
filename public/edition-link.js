// The language switcher keeps the reader's section (ids are the same in every edition).
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element && event.target.closest('a[data-edition]');
  if (link && location.hash) link.href = new URL(link.getAttribute('href'), location.href).pathname + location.hash;
});
