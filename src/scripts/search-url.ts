/** A search as a URL of the search page, and back: /zoeken/?q=regie&soort=begrip. Pure, so links to a search work. */

export type FilterSelection = Record<string, string[]>;

export interface SearchState {
  term: string;
  filters: FilterSelection;
}

/** Reads ?q= and every other parameter as a filter (repeated for several values). */
export function searchFromUrl(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: FilterSelection = {};
  for (const [name, value] of params) {
    if (name === 'q' || !value) continue;
    (filters[name] ??= []).push(value);
  }
  return { term: (params.get('q') ?? '').trim(), filters };
}

/** The URL of the search page for a term and filters; empty filters are left out. */
export function searchToUrl(page: string, state: SearchState): string {
  const params = new URLSearchParams();
  if (state.term) params.set('q', state.term);
  for (const [name, values] of Object.entries(state.filters)) {
    for (const value of values) params.append(name, value);
  }
  const query = params.toString();
  return query ? `${page}?${query}` : page;
}
