/**
 * Embedding the diagrams. <embed-code> (in a diagram's toolbar) writes the <iframe> code for the state in the address
 * bar and copies it; <site-link> (on an embed page) keeps "Bekijk op de site" pointing at the same state on the site.
 * The diagrams change the address with history.pushState, which fires no event, so both read it when they are used.
 */
import { embedSource, iframeCode } from '../embed.ts';
import { announce, copyText, PageElement } from './chart-support.ts';

class EmbedCode extends PageElement {
  connectedCallback(): void {
    super.connectedCallback();
    const { signal } = this;
    const details = this.querySelector('details')!;
    const code = this.querySelector<HTMLTextAreaElement>('[data-embed-code]')!;
    const live = this.querySelector<HTMLElement>('[data-embed-live]')!;
    const refresh = () => {
      code.value = iframeCode({ src: embedSource(this.dataset.src!, location.search), title: this.dataset.title!, height: Number(this.dataset.height) });
    };
    details.addEventListener('toggle', () => details.open && refresh());
    // Live or pinned to a dated state: the radio's value is the embed page to use.
    for (const source of this.querySelectorAll<HTMLInputElement>('[data-embed-source]')) {
      source.addEventListener('change', () => {
        if (source.checked) this.dataset.src = source.value;
        refresh();
      });
    }
    code.addEventListener('focus', () => {
      refresh();
      code.select();
    });
    // The diagram's controls and keys change the state while the menu may stay open.
    for (const type of ['click', 'keyup', 'change']) document.addEventListener(type, () => details.open && requestAnimationFrame(refresh), { signal });
    window.addEventListener('popstate', refresh, { signal });
    this.querySelector('[data-copy-embed]')!.addEventListener('click', async () => {
      refresh();
      if (await copyText(code.value)) announce(live, this.dataset.copied!);
      else {
        code.focus();
        code.select();
        announce(live, this.dataset.copyFailed!);
      }
    });
  }
}

class SiteLink extends PageElement {
  connectedCallback(): void {
    super.connectedCallback();
    const link = this.querySelector<HTMLAnchorElement>('a[data-full-page]')!;
    const page = link.getAttribute('href')!;
    const follow = () => link.setAttribute('href', `${page}${location.search}`);
    follow();
    for (const type of ['pointerenter', 'focus', 'pointerdown', 'contextmenu']) link.addEventListener(type, follow);
    window.addEventListener('popstate', follow, { signal: this.signal });
  }
}

customElements.define('embed-code', EmbedCode);
customElements.define('site-link', SiteLink);
