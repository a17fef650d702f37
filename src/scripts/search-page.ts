/**
 * <search-page>: the search on /zoeken/ (/en/search/). The page's own form field becomes the search field: results
 * appear below it as the reader types, and the address follows the search (?q=, filters), so it is a link to that
 * search; a link with ?q= opens with its results. Nothing is shown before the first search, so the page does not
 * move while Pagefind loads.
 */
import { t } from '../lib/i18n.ts';
import { loadSearchUi, searchParts } from './search-ui.ts';
import { searchFromUrl, searchToUrl } from './search-url.ts';

const TYPING_PAUSE_MS = 300;

class SearchPage extends HTMLElement {
  private field: HTMLInputElement | null = null;

  async connectedCallback(): Promise<void> {
    const lang = this.dataset.lang === 'en' ? 'en' : 'nl';
    const form = this.querySelector('form');
    const field = (this.field = form?.querySelector('input') ?? null);
    const mount = this.querySelector<HTMLElement>('[data-search-results]');
    if (!form || !field || !mount) return;
    // When search cannot load, the form keeps sending ?q= to this page.
    const instance = await loadSearchUi(lang).catch(() => undefined);
    if (!instance) return;

    const hint = Object.assign(document.createElement('span'), { id: `${field.id}-hint`, className: 'visually-hidden', textContent: t(lang, 'searchInputHint') });
    form.append(hint);
    field.setAttribute('aria-describedby', hint.id);
    // The form stands in for Pagefind's field component (which is a box around its <input>), so arrow keys move
    // between the field and the results, and typing on a result goes back to the field.
    Object.assign(form, { inputEl: field, focus: () => field.focus() });
    instance.registerInput(form, { keyboardNavigation: true });

    const parts = searchParts(lang, instance);
    const shownOnSearch = [parts.status[0], parts.filters];
    shownOnSearch.forEach((part) => (part.hidden = true));
    mount.append(...parts.status, parts.filters, parts.results);

    let pause: number | undefined;
    const search = () => {
      window.clearTimeout(pause);
      instance.triggerSearch(field.value.trim());
    };
    field.addEventListener('focus', () => void instance.triggerLoad());
    field.addEventListener('input', () => {
      window.clearTimeout(pause);
      pause = window.setTimeout(search, TYPING_PAUSE_MS);
    });
    field.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' && instance.focusNextResults(field)) event.preventDefault();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      search();
    });
    instance.on('search', (term, filters) => {
      shownOnSearch.forEach((part) => (part.hidden = !term && Object.keys(filters).length === 0));
      if (document.activeElement !== field) field.value = term;
      history.replaceState(history.state, '', searchToUrl(location.pathname, { term, filters }));
    }, this);

    const { term, filters } = searchFromUrl(location.search);
    if (term || Object.keys(filters).length) instance.triggerSearchWithFilters(term, filters);
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
