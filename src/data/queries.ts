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

export async function byId<C extends 'actors' | 'terms' | 'sources' | 'events' | 'relations' | 'figures'>(collection: C) {
  const entries = await getCollection(collection);
  return new Map(entries.map((entry) => [entry.id, entry.data]));
}
