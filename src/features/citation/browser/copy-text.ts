/**
 * <copy-text>: shows the copy button of the "Citeer" block where the clipboard can be written and copies the
 * reference's text; a polite live region says whether it worked. Without JavaScript the reference is selectable text.
 */
import { announce, copyText } from '../../../layouts/browser/clipboard.ts';

class CopyText extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('button')!;
    const source = this.querySelector<HTMLElement>('[data-copy-source]')!;
    const status = this.querySelector<HTMLElement>('[data-copy-status]')!;
    if (!navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const text = source.textContent!.replace(/\s+/g, ' ').trim();
      if (await copyText(text)) return announce(status, this.dataset.copied!);
      getSelection()?.selectAllChildren(source);
      announce(status, this.dataset.copyFailed!);
    });
  }
}

if (!customElements.get('copy-text')) customElements.define('copy-text', CopyText);
