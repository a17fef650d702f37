/**
 * Loads Pagefind's Component UI (only when a reader opens search, or on the search page) and builds the parts of
 * our search interface from its elements: field, result count, zero-result help, filters and results.
 * The dialog (search-dialog.ts) and the search page (search-page.ts) share these parts.
 */
import type { Lang } from '../lib/schemas.ts';
import { t } from '../lib/i18n.ts';
import { navHref, AZ_INDEX } from '../lib/navigation.ts';
import { sectionUrl } from '../lib/routes.ts';
import type { FilterSelection } from './search-url.ts';
import './search-suggestions.ts';

const BUNDLE = '/pagefind/';

/** The part of Pagefind's component instance we use (window.PagefindComponents, see Pagefind's docs). */
export interface SearchInstance {
  searchTerm: string;
  searchFilters: FilterSelection;
  on(event: 'search', callback: (term: string, filters: FilterSelection) => void, owner?: Element): void;
  on(event: 'results', callback: (result: { results: unknown[] }) => void, owner?: Element): void;
  on(event: 'error', callback: (error: unknown) => void, owner?: Element): void;
  setLanguage(lang: string): void;
  setTranslations(strings: Record<string, string>): void;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: FilterSelection): void;
  triggerLoad(): Promise<void>;
  registerInput(field: HTMLElement, capabilities: { keyboardNavigation?: boolean }): void;
  focusNextResults(from: Element): boolean;
}

interface PagefindComponents {
  getInstanceManager(): { getInstance(name: string): SearchInstance };
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

/** Pagefind's interface texts, from our own strings in src/lib/i18n.ts. */
export function pagefindStrings(lang: Lang): Record<string, string> {
  return {
    placeholder: t(lang, 'searchPlaceholder'),
    clear_search: t(lang, 'searchClear'),
    load_more: t(lang, 'searchLoadMore'),
    search_label: t(lang, 'searchLabel'),
    filters_label: t(lang, 'searchFilters'),
    zero_results: t(lang, 'searchZeroResults'),
    many_results: t(lang, 'searchManyResults'),
    one_result: t(lang, 'searchOneResult'),
    total_zero_results: t(lang, 'searchTotalZero'),
    total_one_result: t(lang, 'searchTotalOne'),
    total_many_results: t(lang, 'searchTotalMany'),
    searching: t(lang, 'searching'),
    results_label: t(lang, 'searchResults'),
    keyboard_navigate: t(lang, 'searchKeyNavigate'),
    keyboard_select: t(lang, 'searchKeySelect'),
    keyboard_clear: t(lang, 'searchKeyClear'),
    keyboard_close: t(lang, 'searchKeyClose'),
    keyboard_search: t(lang, 'searchKeySearch'),
    error_search: t(lang, 'searchFailed'),
    filter_selected_one: t(lang, 'searchSelected'),
    filter_selected_many: t(lang, 'searchSelected'),
    input_hint: t(lang, 'searchInputHint'),
  };
}

function loadFile<T extends HTMLLinkElement | HTMLScriptElement>(element: T): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener('load', () => resolve(), { once: true });
    element.addEventListener('error', () => reject(new Error(`Could not load ${'src' in element ? element.src : element.href}`)), { once: true });
    document.head.append(element);
  });
}

let loaded: Promise<SearchInstance> | undefined;

/** Loads Pagefind's UI script and stylesheet once, and sets its language and texts before any part exists. */
export function loadSearchUi(lang: Lang): Promise<SearchInstance> {
  loaded ??= (async () => {
    const style = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${BUNDLE}pagefind-component-ui.css` });
    const script = Object.assign(document.createElement('script'), { src: `${BUNDLE}pagefind-component-ui.js` });
    await Promise.all([loadFile(style), loadFile(script)]);
    const instance = window.PagefindComponents!.getInstanceManager().getInstance('default');
    instance.setLanguage(lang);
    instance.setTranslations(pagefindStrings(lang));
    return instance;
  })();
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

/** One result: title, kind and date, the excerpt with the match marked, and matching sections of the page. */
const RESULT_TEMPLATE = `<li class="pf-result">
  <div class="pf-result-card"><div class="pf-result-content">
    <p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a></p>
    {{#if meta.kind}}<p class="search-result-meta">{{ meta.kind }}{{#if meta.date}} · {{ meta.date }}{{/if}}</p>{{/if}}
    {{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
  </div></div>
  {{#if sub_results}}<ul class="pf-heading-chips">{{#each sub_results as sub}}<li class="pf-heading-chip">
    <a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a>
    <p class="pf-heading-excerpt">{{+ sub.excerpt +}}</p>
  </li>{{/each}}</ul>{{/if}}
</li>`;

/**
 * What stands in for a result until its data arrives: one still element. Pagefind's own has three shimmering
 * parts, and a search with thousands of results would start thousands of endless animations (npm run bench).
 */
const PLACEHOLDER_TEMPLATE = '<li class="pf-result search-result-placeholder" aria-hidden="true"></li>';

function element(name: string, attributes: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

export interface SearchParts {
  input: HTMLElement;
  status: HTMLElement[];
  filters: HTMLElement;
  results: HTMLElement;
}

/** The elements of one search interface; Pagefind's elements come alive when they are added to the page. */
export function searchParts(lang: Lang, instance: SearchInstance): SearchParts {
  const results = element('pagefind-results', { 'max-sub-results': '3' });
  const template = element('script', { type: 'text/pagefind-template' });
  template.textContent = RESULT_TEMPLATE;
  const placeholder = element('script', { type: 'text/pagefind-template', 'data-template': 'placeholder' });
  placeholder.textContent = PLACEHOLDER_TEMPLATE;
  results.append(template, placeholder);
  // Filters stay folded away until asked for, so results come first; inside, every group is shown open.
  const filters = element('details', { class: 'search-filters' });
  const summary = element('summary');
  summary.textContent = t(lang, 'searchFilters');
  filters.append(summary, element('pagefind-filter-pane', { expanded: '' }));
  // Chosen filters (also from a link to a search) show on the folded summary, and unfold it.
  instance.on('search', (_term, selected) => {
    const count = Object.values(selected ?? {}).reduce((sum, values) => sum + values.length, 0);
    summary.textContent = count ? `${t(lang, 'searchFilters')} (${t(lang, 'searchSelected').replace('[COUNT]', String(count))})` : t(lang, 'searchFilters');
    if (count) (filters as HTMLDetailsElement).open = true;
  }, filters);
  return {
    input: element('pagefind-input'),
    status: [
      element('pagefind-summary', { class: 'search-summary' }),
      element('search-suggestions', {
        'data-text': t(lang, 'searchNothingFound'),
        'data-or': t(lang, 'searchOr'),
        'data-index': navHref(AZ_INDEX, lang),
        'data-index-label': t(lang, 'azIndexLink'),
        'data-glossary': sectionUrl(lang, 'glossary'),
        'data-glossary-label': t(lang, 'azGlossaryLink'),
      }),
    ],
    filters,
    results,
  };
}
