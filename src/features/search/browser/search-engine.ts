/**
 * Pagefind's search API (/pagefind/pagefind.js), loaded once when search is first used. Pagefind picks the index
 * of the page's language from <html lang>, so a Dutch page loads only the Dutch index and stemmer.
 * It runs on the page, not in Pagefind's web worker: the worker is a second copy of the same engine, 12 KB more before
 * the first result. The cost is measured by `npm run bench`: no long task on this site's index; on a synthetic site of
 * 5,000 pages the longest task while searching is about 0.1 s.
 */
import type { SubResult } from '../display.ts';
import type { FilterSelection } from '../url.ts';

/** Per filter, each value with its number of results. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}

export interface RawResult {
  id: string;
  data(): Promise<ResultData>;
}

export interface SearchResponse {
  results: RawResult[];
  /** Counts for the results of this search; `totalFilters`: for the term without the chosen filters. */
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface SearchEngine {
  search(term: string, options: { filters: FilterSelection }): Promise<SearchResponse>;
  preload(term: string, options: { filters: FilterSelection }): Promise<void>;
  filters(): Promise<FilterCounts>;
}

interface PagefindModule extends SearchEngine {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

const BUNDLE = '/pagefind/pagefind.js';

let loading: Promise<SearchEngine> | undefined;

export function loadEngine(): Promise<SearchEngine> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ BUNDLE)) as PagefindModule;
    await pagefind.options({ noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}
