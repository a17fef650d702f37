/**
 * <search-launcher>: turns the header's search form into the opener of the search dialog. Its button and Enter in
 * its field open the dialog (with what was typed), and so does Ctrl+K (⌘K) anywhere. It is on every page, so it is
 * tiny: the dialog and Pagefind load only when search is opened. Without JavaScript the form goes to the search page.
 */
interface SearchPage extends HTMLElement {
  search(term: string): void;
}

class SearchLauncher extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const field = form?.querySelector('input');
    const button = form?.querySelector('button');
    if (!form || !field || !button) return;
    button.setAttribute('aria-haspopup', 'dialog');
    button.setAttribute('aria-keyshortcuts', 'Control+K Meta+K');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.open(field.value.trim(), () => form.submit());
    });
    document.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        this.open('', () => field.focus());
      }
    });
  }

  /** On the search page, search there; elsewhere open the dialog. When it cannot load, `fallback` runs. */
  private open(term: string, fallback: () => void): void {
    const page = document.querySelector<SearchPage>('search-page');
    if (page?.search) return page.search(term);
    import('./search-dialog.ts').then(({ openSearch }) => openSearch(this.dataset.lang === 'en' ? 'en' : 'nl', term)).catch(fallback);
  }
}

customElements.define('search-launcher', SearchLauncher);
