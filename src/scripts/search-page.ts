/**
 * <search-page>: the search on /zoeken/ (/en/search/). Reads the search from the URL (?q=, filters) and writes
 * every new search back, so the address of the page is a link to that search. Without JavaScript the page keeps
 * its plain form and its text that points to the A–Z index.
 */
import { loadSearchUi, searchParts } from './search-ui.ts';
import { searchFromUrl, searchToUrl } from './search-url.ts';

class SearchPage extends HTMLElement {
  private input: HTMLElement | undefined;

  async connectedCallback(): Promise<void> {
    const lang = this.dataset.lang === 'en' ? 'en' : 'nl';
    const form = this.querySelector<HTMLFormElement>('[data-search-form]');
    const fallback = this.querySelector<HTMLElement>('[data-search-fallback]');
    const mount = this.querySelector<HTMLElement>('[data-search-ui]');
    if (!form || !fallback || !mount) return;
    const instance = await loadSearchUi(lang);
    const parts = searchParts(lang, instance);
    this.input = parts.input;
    mount.append(parts.input, ...parts.status, parts.filters, parts.results);
    form.hidden = true;
    fallback.hidden = true;
    mount.hidden = false;
    instance.on('error', () => (fallback.hidden = false), this);
    const { term, filters } = searchFromUrl(location.search);
    if (term || Object.keys(filters).length) instance.triggerSearchWithFilters(term, filters);
    instance.on('search', (newTerm, newFilters) => {
      history.replaceState(history.state, '', searchToUrl(location.pathname, { term: newTerm, filters: newFilters }));
    }, this);
  }

  /** Ctrl+K on this page: go to its search field, with what was typed in the header. */
  search(term: string): void {
    const field = this.input?.querySelector('input');
    if (!field) return;
    if (term) {
      field.value = term;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
    field.focus();
  }
}

customElements.define('search-page', SearchPage);
