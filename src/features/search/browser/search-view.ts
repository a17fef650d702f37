/**
 * <search-view>: the results of site search below a search field, in the dialog (search-dialog.ts) and on the
 * search page (search-page.ts). It searches as the reader types and shows ten results at a time, with a button for
 * ten more; the count says how many there are and how many are shown, and is spoken from a live region inside the
 * view (so also inside the open dialog).
 * Keyboard: ↓ in the field goes to the first result, ↑ ↓ move between the links, ↑ on the first goes back to the
 * field; typing on a result goes back to the field and types there. "More results" moves focus to the first new one.
 */
import type { Lang } from '../../../model/schemas.ts';
import { searchTranslator } from '../../../i18n/search.ts';
import { navHref, AZ_INDEX } from '../../../routes/navigation.ts';
import { sectionUrl } from '../../../routes/routes.ts';
import { filterNames } from '../records.ts';
import { displaySections, filtersLabel, PAGE_SIZE, resultMeta, searchingText, summaryText } from '../display.ts';
import { emptySelection, knownSelection, selectedCount, type FilterSelection, type SearchState } from '../url.ts';
import { loadEngine, type FilterCounts, type RawResult, type ResultData, type SearchResponse } from './search-engine.ts';
import type { FilterPane } from './search-filters.ts';

const TYPING_PAUSE_MS = 150;

/** A new element with the given properties (the search interface is built in code, it has no HTML of its own). */
export function element<K extends keyof HTMLElementTagNameMap>(name: K, properties: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(name), properties);
}

/** Pagefind's excerpts are escaped text with <mark> around the matches: only those two survive. */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstChild!;
  return [...parsed.childNodes].map((node) => {
    const text = node.textContent ?? '';
    return node.nodeName === 'MARK' ? element('mark', { textContent: text }) : document.createTextNode(text);
  });
}

function resultItem(data: ResultData): HTMLLIElement {
  const item = element('li', { className: 'search-result' });
  const title = element('p', { className: 'search-result__title' });
  title.append(element('a', { className: 'search-result__link', href: data.url, textContent: data.meta.title ?? data.url }));
  item.append(title);
  const meta = resultMeta(data.meta);
  if (meta) item.append(element('p', { className: 'search-result__meta', textContent: meta }));
  // With matching sections listed, each brings its own excerpt; one for the whole would repeat them.
  const sections = displaySections(data.url, data.sub_results);
  if (data.excerpt && !sections.length) {
    const excerpt = element('p', { className: 'search-result__excerpt' });
    excerpt.append(...excerptNodes(data.excerpt));
    item.append(excerpt);
  }
  if (sections.length) {
    const list = element('ul', { className: 'search-result__sections' });
    for (const section of sections) {
      const entry = element('li');
      const excerpt = element('p', { className: 'search-result__section-excerpt' });
      excerpt.append(...excerptNodes(section.excerpt));
      entry.append(element('a', { className: 'search-result__section-link', href: section.url, textContent: section.title }), excerpt);
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

export class SearchView extends HTMLElement {
  lang: Lang = 'nl';
  private field!: HTMLInputElement;
  private summary = element('p', { className: 'search-summary', hidden: true });
  private announcer = element('div', { className: 'visually-hidden' });
  private help = element('p', { className: 'search-help', hidden: true });
  private filters = element('details', { className: 'search-filters', hidden: true });
  private filtersSummary = element('summary');
  private list = element('ol', { className: 'search-results' });
  private more = element('button', { type: 'button', className: 'button search-more', hidden: true });
  private pane: Promise<FilterPane> | undefined;
  private known: Promise<FilterCounts> | undefined;
  private loadingMore = false;

  private term = '';
  private selection = emptySelection();
  private results: RawResult[] = [];
  private response: SearchResponse | undefined;
  private shown = 0;
  private searchId = 0;
  private pause: number | undefined;

  /** Connects the view to its field; call once, before it is added to the page. */
  setUp(field: HTMLInputElement, lang: Lang): void {
    this.field = field;
    this.lang = lang;
    this.announcer.setAttribute('aria-live', 'polite');
    this.list.setAttribute('aria-label', searchTranslator(lang)('searchResults'));
    this.more.textContent = searchTranslator(lang)('searchLoadMore');
    this.filtersSummary.textContent = searchTranslator(lang)('searchFilters');
    this.filters.append(this.filtersSummary);
    this.renderHelp();
    this.append(this.summary, this.announcer, this.help, this.filters, this.list, this.more);

    field.addEventListener('input', () => this.typed());
    field.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' && this.links()[0]) {
        event.preventDefault();
        this.links()[0].focus();
      }
    });
    this.list.addEventListener('keydown', (event) => this.keyOnResult(event));
    this.more.addEventListener('click', () => {
      if (!this.loadingMore) void this.showMore(true);
    });
    this.more.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowUp') {
        event.preventDefault();
        this.links().at(-1)?.focus();
      }
    });
    this.filters.addEventListener('toggle', () => {
      if (this.filters.open) void this.filterPane();
    });
  }

  /** Searches for `term` with `filters` now (a link to a search, Enter, a chosen filter). */
  async search(term: string, filters: FilterSelection = this.selection): Promise<void> {
    try {
      await this.run(term, filters);
    } catch {
      // Pagefind could not load or answer (offline, a broken deploy): say so; the page's own help stays.
      this.list.removeAttribute('aria-busy');
      this.summary.hidden = false;
      this.summary.textContent = this.announcer.textContent = searchTranslator(this.lang)('searchFailed');
    }
  }

  private async run(term: string, filters: FilterSelection): Promise<void> {
    window.clearTimeout(this.pause);
    const id = ++this.searchId;
    this.term = term.trim();
    if (document.activeElement !== this.field) this.field.value = this.term;
    const engine = await loadEngine();
    const known = await this.knownFilters();
    if (id !== this.searchId) return;
    this.selection = knownSelection(filters, known);
    this.changed();
    if (!this.term) return this.clear();

    this.summary.hidden = false;
    this.summary.textContent = searchingText(this.lang, this.term);
    this.list.setAttribute('aria-busy', 'true');
    const response = await engine.search(this.term, { filters: this.selection });
    if (id !== this.searchId) return;
    this.response = response;
    this.results = response.results;
    this.shown = 0;
    this.list.replaceChildren();
    this.help.hidden = this.results.length > 0;
    // Nothing found leaves nothing to refine, unless a chosen filter is what left nothing.
    this.filters.hidden = this.results.length === 0 && selectedCount(this.selection) === 0;
    await this.showMore(false);
    this.list.removeAttribute('aria-busy');
    void this.pane?.then((pane) => pane.update(this.counts(known), this.selection));
  }

  /** Every value of every filter in the index, with its number of results (loaded once). */
  private knownFilters(): Promise<FilterCounts> {
    this.known ??= loadEngine().then((engine) => engine.filters());
    this.known.catch(() => (this.known = undefined));
    return this.known;
  }

  /** The values each filter offers, with counts for this search: chosen ones with their count before choosing. */
  private counts(known: FilterCounts): { available: FilterCounts; total: FilterCounts } {
    return this.response ? { available: this.response.filters, total: this.response.totalFilters } : { available: known, total: known };
  }

  private typed(): void {
    window.clearTimeout(this.pause);
    const term = this.field.value.trim();
    // Fetching the index chunks for the word while the reader pauses makes the search itself nearly instant.
    if (term) void loadEngine().then((engine) => engine.preload(term, { filters: this.selection })).catch(() => undefined);
    this.pause = window.setTimeout(() => void this.search(this.field.value), TYPING_PAUSE_MS);
  }

  /** Shows the next page of results; with `focus`, moves focus to the first of them. */
  private async showMore(focus: boolean): Promise<void> {
    const id = this.searchId;
    const next = this.results.slice(this.shown, this.shown + PAGE_SIZE);
    this.loadingMore = true;
    this.more.setAttribute('aria-disabled', 'true');
    const data = await Promise.all(next.map((result) => result.data())).finally(() => (this.loadingMore = false));
    if (id !== this.searchId) return;
    const items = data.map(resultItem);
    this.list.append(...items);
    this.shown += items.length;
    this.more.removeAttribute('aria-disabled');
    this.more.hidden = this.shown >= this.results.length;
    const text = summaryText(this.lang, this.term, this.results.length, this.shown);
    this.summary.textContent = text;
    this.announcer.textContent = text;
    if (focus && items[0]) {
      // The new ten begin at the top of the view, so the reader reads on from the first of them.
      items[0].querySelector('a')?.focus({ preventScroll: true });
      items[0].scrollIntoView({ block: 'start' });
    }
  }

  private clear(): void {
    this.response = undefined;
    this.results = [];
    this.list.replaceChildren();
    this.list.removeAttribute('aria-busy');
    this.summary.hidden = this.help.hidden = this.more.hidden = true;
    this.announcer.textContent = '';
  }

  /** Tells the host the search changed (the page puts it in its address) and shows the number of chosen filters. */
  private changed(): void {
    const chosen = selectedCount(this.selection);
    this.filtersSummary.textContent = filtersLabel(this.lang, chosen);
    this.filters.hidden = !this.term && !chosen;
    if (chosen && !this.filters.open) this.filters.open = true;
    this.dispatchEvent(new CustomEvent<SearchState>('search-change', { detail: { term: this.term, filters: this.selection } }));
  }

  private filterPane(): Promise<FilterPane> {
    this.pane ??= Promise.all([import('./search-filters.ts'), this.knownFilters()]).then(([{ FilterPane }, known]) => {
      const pane = new FilterPane(this.lang, knownFilterNames(this.lang), (selection) => void this.search(this.term, selection));
      this.filters.append(pane.element);
      pane.update(this.counts(known), this.selection);
      return pane;
    });
    return this.pane;
  }

  private links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll('a')];
  }

  private keyOnResult(event: KeyboardEvent): void {
    const link = (event.target as Element).closest('a');
    if (!link || event.ctrlKey || event.metaKey || event.altKey) return;
    const links = this.links();
    const at = links.indexOf(link);
    if (event.key === 'ArrowDown') {
      (links[at + 1] ?? (this.more.hidden ? undefined : this.more))?.focus();
    } else if (event.key === 'ArrowUp') {
      (links[at - 1] ?? this.field).focus();
    } else if (event.key === 'Backspace' || event.key === '/' || event.key.length === 1) {
      this.field.focus();
      if (event.key === 'Backspace') this.field.value = this.field.value.slice(0, -1);
      else if (event.key !== '/') this.field.value += event.key;
      if (event.key !== '/') this.field.dispatchEvent(new Event('input', { bubbles: true }));
    } else return;
    event.preventDefault();
  }

  private renderHelp(): void {
    const link = (href: string, text: string) => element('a', { href, textContent: text });
    this.help.append(
      `${searchTranslator(this.lang)('searchNothingFound')} `,
      link(navHref(AZ_INDEX, this.lang), searchTranslator(this.lang)('azIndexLink')),
      ` ${searchTranslator(this.lang)('searchOr')} `,
      link(sectionUrl(this.lang, 'glossary'), searchTranslator(this.lang)('azGlossaryLink')),
      '.',
    );
  }
}

if (!customElements.get('search-view')) customElements.define('search-view', SearchView);

/** The filter names of the language, for reading a search from an address. */
export const knownFilterNames = (lang: Lang): string[] => Object.values(filterNames(lang));
