/**
 * <search-page>: the search on /zoeken/ (/en/search/). The page's own form field becomes the search field: results
 * appear below it as the reader types, and the address follows the search (?q=, filters), so it is a link to that
 * search; a link with ?q= opens with its results. Nothing is shown before the first search, so the page does not
 * move while search loads.
 */
import { searchTranslator } from '../../../i18n/search.ts';
import { searchFromUrl, searchToUrl, type SearchState } from '../url.ts';
import { element, knownFilterNames, SearchView } from './search-view.ts';
import { loadEngine } from './search-engine.ts';

class SearchPage extends HTMLElement {
  private field: HTMLInputElement | null = null;

  connectedCallback(): void {
    const lang = this.dataset.lang === 'en' ? 'en' : 'nl';
    const t = searchTranslator(lang);
    const form = this.querySelector('form');
    const field = (this.field = form?.querySelector('input') ?? null);
    const mount = this.querySelector<HTMLElement>('[data-search-results]');
    if (!form || !field || !mount) return;

    const hint = element('span', { id: `${field.id}-hint`, className: 'visually-hidden', textContent: t('searchInputHint') });
    form.append(hint);
    field.setAttribute('aria-describedby', hint.id);

    const view = document.createElement('search-view') as SearchView;
    view.setUp(field, lang);
    mount.append(view);
    // Search loads when the reader is about to type, or at once for a link to a search.
    field.addEventListener('focus', () => void loadEngine().catch(() => undefined), { once: true });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void view.search(field.value);
    });
    view.addEventListener('search-change', (event) => {
      history.replaceState(history.state, '', searchToUrl(location.pathname, (event as CustomEvent<SearchState>).detail));
    });

    const { term, filters } = searchFromUrl(location.search, knownFilterNames(lang));
    if (term || Object.keys(filters).length) void view.search(term, filters);
  }

  /** Ctrl+K or the header form on this page: search here, with what was typed in the header. */
  search(term: string): void {
    if (!this.field) return;
    if (term) {
      this.field.value = term;
      this.field.dispatchEvent(new Event('input', { bubbles: true }));
    }
    this.field.focus();
  }
}

customElements.define('search-page', SearchPage);
