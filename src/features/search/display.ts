/**
 * What the search interface says and shows about results (src/features/search/browser/search-view.ts), pure so it is tested
 * without a browser: the result count (also spoken), the line under a result's title, and which matching sections
 * of a page to list under it.
 */
import type { Lang } from '../../model/schemas.ts';
import { searchTranslator } from '../../i18n/search.ts';

/** Results are shown ten at a time: a search with thousands of results shows its first ten at once. */
export const PAGE_SIZE = 10;

/** At most this many matching sections under a result. */
export const MAX_SECTIONS = 3;

/** "2.512 resultaten voor regie, 10 getoond", or "3 resultaten voor regie" when all are shown. */
export function summaryText(lang: Lang, term: string, total: number, shown: number): string {
  const t = searchTranslator(lang);
  const found = t('searchFound', { count: total, term });
  return shown < total ? `${found}, ${t('searchShown', { count: shown })}` : found;
}

export function searchingText(lang: Lang, term: string): string {
  return searchTranslator(lang)('searching', { term });
}

/** "Verfijnen" with the number of chosen filter values: "Verfijnen (1 gekozen)". */
export function filtersLabel(lang: Lang, chosen: number): string {
  const t = searchTranslator(lang);
  return chosen ? `${t('searchFilters')} (${t('searchSelected', { count: chosen })})` : t('searchFilters');
}

/** The line under a result's title: what it is (or, for a section, the page it is part of) and its date. */
export function resultMeta(meta: Record<string, string | undefined>): string {
  return [meta.page ?? meta.kind, meta.date].filter(Boolean).join(' · ');
}

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

/**
 * The sections to list under a result: not the result itself (the text before the first heading), and of the rest
 * the `limit` with most matches, in the order of the page.
 */
export function displaySections(url: string, subResults: readonly SubResult[], limit = MAX_SECTIONS): SubResult[] {
  const sections = subResults.filter((sub) => sub.url !== url);
  if (sections.length <= limit) return sections;
  const best = new Set([...sections].sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0)).slice(0, limit));
  return sections.filter((sub) => best.has(sub));
}
