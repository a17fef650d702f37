/** Read access to the checked content collections, shared by routes and components. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../lib/schemas.ts';

export type PageEntry = CollectionEntry<'pages'>;

export async function pagesIn(lang: Lang): Promise<PageEntry[]> {
  return getCollection('pages', (page) => page.id.startsWith(`${lang}/`));
}

export async function pageByKey(lang: Lang, key: string): Promise<PageEntry | undefined> {
  return (await pagesIn(lang)).find((page) => page.data.key === key);
}

type DataName = 'actors' | 'terms' | 'sources' | 'events' | 'relations' | 'figures';

/** Records of a data collection by id. */
export async function byId<C extends DataName>(collection: C): Promise<Map<string, CollectionEntry<C>['data']>> {
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return new Map(entries.map((entry) => [entry.id, entry.data]));
}
