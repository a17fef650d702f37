/**
 * <section-link>: beside a heading, turns the link to the section's anchor into a button "Kopieer link" that copies
 * the section's absolute address and says so in a polite live region. Without JavaScript it stays the plain link.
 */
const STATUS_ID = 'section-link-status';

/** One live region for the page, made before anything is said in it so screen readers follow it. */
function statusRegion(): HTMLElement {
  let region = document.getElementById(STATUS_ID);
  if (!region) {
    region = document.createElement('p');
    region.id = STATUS_ID;
    region.className = 'visually-hidden';
    region.setAttribute('aria-live', 'polite');
    document.body.append(region);
  }
  return region;
}

export function sectionAddress(location: Pick<Location, 'origin' | 'pathname'>, id: string): string {
  return `${location.origin}${location.pathname}#${id}`;
}

/**
 * Sub-headings repeat ("Wat betekent het?" under every building block): the button of an h3 also names the h2
 * it falls under, so a list of buttons in a screen reader tells them apart.
 */
function iconOnlyName(element: HTMLElement, name: string): string {
  if (element.dataset.iconOnly === undefined) return name;
  for (let block = element.closest('.heading-anchor')?.previousElementSibling; block; block = block.previousElementSibling) {
    const section = block.matches('.heading-anchor--h2') ? block.querySelector('h2')?.textContent?.trim() : undefined;
    if (section) return `${name} (${section})`;
  }
  return name;
}

class SectionLink extends HTMLElement {
  private reset?: number;

  connectedCallback(): void {
    const link = this.querySelector<HTMLAnchorElement>('a[href^="#"]');
    if (!link || !navigator.clipboard) return;
    const id = decodeURIComponent(link.hash.slice(1));
    const { copyLabel = '', copyName = '', copied = '', copyFailed = '' } = this.dataset;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'heading-anchor__copy';
    button.setAttribute('aria-label', iconOnlyName(this, copyName));
    const label = document.createElement('span');
    label.textContent = copyLabel;
    // Beside a sub-heading the icon alone is shown, until the button says it copied.
    const iconOnly = this.dataset.iconOnly !== undefined;
    label.classList.toggle('visually-hidden', iconOnly);
    button.append(...[...link.querySelectorAll('svg')].map((icon) => icon.cloneNode(true)), label);
    statusRegion();
    button.addEventListener('click', async () => {
      const address = sectionAddress(window.location, id);
      let message: string;
      try {
        await navigator.clipboard.writeText(address);
        label.textContent = copied;
        label.classList.remove('visually-hidden');
        button.dataset.state = 'copied';
        message = `${copied}: ${address}`;
      } catch {
        message = `${copyFailed} ${address}`;
      }
      // Emptied first, so a second copy of the same link is announced again.
      const region = statusRegion();
      region.textContent = '';
      window.setTimeout(() => (region.textContent = message), 100);
      window.clearTimeout(this.reset);
      this.reset = window.setTimeout(() => {
        label.textContent = copyLabel;
        label.classList.toggle('visually-hidden', iconOnly);
        delete button.dataset.state;
      }, 4000);
    });
    link.replaceWith(button);
  }
}

customElements.define('section-link', SectionLink);
