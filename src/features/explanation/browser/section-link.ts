/**
 * The copy buttons beside headings (HeadingAnchor.astro): where the clipboard can be written, each button takes the
 * place of the plain link and copies the section's absolute address, and a polite live region says so. The buttons
 * and their words are in the HTML; this only wires them, so it stays small (text pages carry at most 2 KB of script).
 */
const liveRegion = document.createElement('p');
liveRegion.id = 'section-link-status';
liveRegion.className = 'visually-hidden';
liveRegion.setAttribute('aria-live', 'polite');
document.body.append(liveRegion);

if (navigator.clipboard) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.heading-anchor__copy')) {
    const label = button.querySelector('.heading-anchor__label')!;
    const { section, label: copy, copied, failed } = button.dataset;
    (button.previousElementSibling as HTMLElement).hidden = true;
    button.hidden = false;
    let reset: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', async () => {
      const address = `${location.origin}${location.pathname}#${section}`;
      let message = `${failed} ${address}`;
      try {
        await navigator.clipboard.writeText(address);
        label.textContent = copied!;
        button.classList.add('is-copied');
        message = `${copied}: ${address}`;
      } catch {}
      // Emptied first, so a second copy of the same link is announced again.
      liveRegion.textContent = '';
      setTimeout(() => (liveRegion.textContent = message), 100);
      clearTimeout(reset);
      reset = setTimeout(() => {
        label.textContent = copy!;
        button.classList.remove('is-copied');
      }, 4000);
    });
  }
}
