/** Read access to the checked content collections, shared by routes and components. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang, Source } from './schemas.ts';
import { siteVersion } from './site-version.ts';
import { recordAsOf } from './as-of.ts';

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

/** The site's version date (src/model/site-version.ts), from the current pages and the change log. */
export async function currentSiteVersion(): Promise<string> {
  const [pages, changes] = await Promise.all([getCollection('pages'), getCollection('changes')]);
  return siteVersion(
    pages.map((page) => page.data),
    changes.map((change) => change.data),
  );
}

/** The date a record's description holds for (src/model/as-of.ts): its own `as_of`, else its newest dated source. */
export async function asOfReader(sources?: ReadonlyMap<string, Source>): Promise<(record: { as_of?: string; sources: readonly string[] }) => string | undefined> {
  sources ??= await byId('sources');
  return (record) => recordAsOf(record, (id) => sources.get(id)?.date).asOf;
}
