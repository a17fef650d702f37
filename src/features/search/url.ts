/**
 * A search as a URL of the search page, and back: /zoeken/?q=regie&soort=begrip. Pure, so links to a search work.
 * Only the site's own filter names are read: a link that passed a newsletter or a social site (utm_source=…,
 * fbclid=…) or was edited by hand (__proto__=…) searches as if those parameters were not there.
 */

/** Chosen values per filter name, in a map without a prototype (no "constructor" or "toString" in it). */
export type FilterSelection = Record<string, string[]>;

export interface SearchState {
  term: string;
  filters: FilterSelection;
}

export function emptySelection(): FilterSelection {
  return Object.create(null) as FilterSelection;
}

/** Reads ?q= and the parameters named in `filterNames` as filters (repeated for several values). */
export function searchFromUrl(search: string, filterNames: readonly string[]): SearchState {
  const params = new URLSearchParams(search);
  const filters = emptySelection();
  for (const [name, raw] of params) {
    const value = raw.trim();
    if (!filterNames.includes(name) || !value) continue;
    const values = (filters[name] ??= []);
    if (!values.includes(value)) values.push(value);
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

/** The chosen values that the index knows (`known`: every filter value with its count), in the index's order. */
export function knownSelection(selection: FilterSelection, known: Record<string, Record<string, number>>): FilterSelection {
  const kept = emptySelection();
  for (const [name, values] of Object.entries(selection)) {
    const available = Object.hasOwn(known, name) ? Object.keys(known[name]) : [];
    const chosen = available.filter((value) => values.includes(value));
    if (chosen.length) kept[name] = chosen;
  }
  return kept;
}

/** How many values are chosen, over all filters. */
export function selectedCount(selection: FilterSelection): number {
  return Object.values(selection).reduce((sum, values) => sum + values.length, 0);
}
